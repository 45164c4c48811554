#!/usr/bin/env bash
# Writes a new migration for both providers from the change in the schema files:
#   scripts/new-migration.sh add_something
# It diffs the committed schema (HEAD) against the working copy, offline.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/new-migration.sh <name>}
stamp=$(date -u +%Y%m%d%H%M%S)
for provider in sqlite postgresql; do
  old=$(mktemp --suffix=.prisma)
  git show "HEAD:prisma/$provider/schema.prisma" > "$old"
  dir="prisma/$provider/migrations/${stamp}_${name}"
  mkdir -p "$dir"
  if [ "$provider" = sqlite ]; then url="file:/tmp/nhacviec-diff.db"; else url="postgresql://postgres@127.0.0.1:5432/postgres"; fi
  PRISMA_PROVIDER=$provider PRISMA_DATASOURCE_URL=$url npx prisma migrate diff \
    --from-schema-datamodel "$old" --to-schema-datamodel "prisma/$provider/schema.prisma" --script > "$dir/migration.sql"
  rm -f "$old"
  echo "wrote $dir/migration.sql"
done
