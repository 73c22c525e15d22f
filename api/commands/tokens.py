"""``parley tokens add|list|revoke``: named writers and their roles."""

from __future__ import annotations

import argparse

from api.console import fail, open_app, print_table
from application import tokens
from domain.token import ROLES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "tokens",
        help="API tokens: a name and a role each (reader, analyst, admin), kept hashed",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="issue a token; prints it alone on the last line")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, required=True)
    actions.add_parser("list", help="tokens issued (names, roles; never the secrets)")
    revoke = actions.add_parser("revoke", help="revoke every token of a name")
    revoke.add_argument("name")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        if args.action == "add":
            try:
                token = tokens.issue(app, args.name, args.role)
            except tokens.InvalidToken as e:
                fail(str(e))
            print(f"token for {args.name} ({args.role}); it is shown once, keep it:")
            print(token)
        elif args.action == "list":
            print_table(
                "tokens",
                ("name", "role", "issued", "revoked", "hash"),
                (
                    (t["name"], t["role"], t["issued"][:19], (t["revoked"] or "")[:19], t["hash"])
                    for t in tokens.listed(app)
                ),
            )
        else:
            count = tokens.revoke(app, args.name)
            if not count:
                fail(f"no live token named {args.name!r}", 1)
            print(f"revoked {count} token(s) of {args.name}")
    finally:
        app.close()
    return 0
