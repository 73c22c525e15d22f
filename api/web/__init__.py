"""The web app at ``/``: a page and its scripts shipped in this package (no build step, no
CDN), the two aggregated reads it needs, and ``/docs`` with Swagger UI served from an
installed package so that it works offline too."""

from api.web.app import install

__all__ = ["install"]
