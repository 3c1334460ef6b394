"""The urllib package: only urllib.parse is provided (no request, error
or robotparser)."""
