#!/usr/bin/env bash
# Rewrites PublicAPI.Unshipped.txt of each package (src/MigDev.Core, src/MigDev.Core.EntityFrameworkCore) from the code
# (nothing has shipped yet: PublicAPI.Shipped.txt is empty), sorted, so that `git diff` of the files shows every change
# to the public API. Run it after changing the API; `tools/update-public-api.sh MigDev.Core` does one package.
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
[ ${#projects[@]} -eq 0 ] && projects=(MigDev.Core MigDev.Core.EntityFrameworkCore)
for project in "${projects[@]}"; do
  api=src/$project/PublicAPI.Unshipped.txt
  printf '#nullable enable\n' > "$api"
  dotnet format analyzers "src/$project/$project.csproj" --diagnostics RS0016 --severity info >/dev/null || true
  { printf '#nullable enable\n'; grep -v '^#nullable enable$' "$api" | LC_ALL=C sort -u; } > "$api.tmp"
  mv "$api.tmp" "$api"
  echo "$(($(wc -l < "$api") - 1)) public API lines in $api"
done
