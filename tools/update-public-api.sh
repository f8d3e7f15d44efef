#!/usr/bin/env bash
# Rewrites src/MigDev.Core/PublicAPI.Unshipped.txt from the code (nothing has shipped yet: PublicAPI.Shipped.txt is
# empty), sorted, so that `git diff` of the file shows every change to the public API. Run it after changing the API.
set -euo pipefail
cd "$(dirname "$0")/.."
api=src/MigDev.Core/PublicAPI.Unshipped.txt
printf '#nullable enable\n' > "$api"
dotnet format analyzers src/MigDev.Core/MigDev.Core.csproj --diagnostics RS0016 --severity info >/dev/null || true
{ printf '#nullable enable\n'; grep -v '^#nullable enable$' "$api" | LC_ALL=C sort -u; } > "$api.tmp"
mv "$api.tmp" "$api"
echo "$(($(wc -l < "$api") - 1)) public API lines in $api"
