#!/usr/bin/env python3
"""Builds src/main/resources/registry/countries.tsv from shared/data/mledoze_countries (ODbL).

One row per ISO 3166-1 country: alpha-2, alpha-3, numeric, common name, official name, region, subregion,
capital, lat, lon, and the common name in other languages as JSON (ISO 639-3 keys). Run from the repository:
    python3 tools/make_countries.py ../shared/data/mledoze_countries/countries.json
"""
import json, sys

src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/mledoze_countries/countries.json"
rows = []
for c in json.load(open(src, encoding="utf-8")):
    if not c.get("cca2"):
        continue
    names = {lang: t["common"] for lang, t in sorted(c.get("translations", {}).items())}
    for lang, t in sorted(c["name"].get("native", {}).items()):
        names.setdefault(lang, t["common"])
    lat, lon = (c.get("latlng") or [None, None])[:2]
    clean = lambda s: (s or "").replace("\t", " ").replace("\n", " ")
    rows.append("\t".join([c["cca2"], c.get("cca3", ""), c.get("ccn3", ""), clean(c["name"]["common"]),
                           clean(c["name"]["official"]), clean(c.get("region")), clean(c.get("subregion")),
                           clean((c.get("capital") or [""])[0]), "" if lat is None else str(lat),
                           "" if lon is None else str(lon), json.dumps(names, ensure_ascii=False)]))
rows.sort()
with open("src/main/resources/registry/countries.tsv", "w", encoding="utf-8") as out:
    out.write("# ISO 3166-1 countries from mledoze/countries (ODbL 1.0). Regenerate: tools/make_countries.py\n")
    out.write("\t".join(["code", "alpha3", "numeric", "name", "official", "region", "subregion", "capital", "lat",
                         "lon", "names"]) + "\n")
    out.write("\n".join(rows) + "\n")
print(len(rows), "countries")
