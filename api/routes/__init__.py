"""HTTP routes, one APIRouter per module; ``api.http.ROUTERS`` includes them."""
