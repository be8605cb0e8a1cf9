"""Serves a directory on 127.0.0.1 for the demo: `python3 scripts/serve.py DIR PORT`.

http.server guesses types from the system's tables; WebAssembly must come as
application/wasm for streaming compilation, and ES modules as JavaScript, so both are
set here whatever the machine's tables say.
"""

import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".css": "text/css",
        ".html": "text/html",
        ".json": "application/json",
    }


def main() -> None:
    directory, port = sys.argv[1], int(sys.argv[2])
    handler = functools.partial(Handler, directory=directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"Spotcheck demo: http://127.0.0.1:{server.server_address[1]}/  (Ctrl-C stops it)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
