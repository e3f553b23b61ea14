#!/usr/bin/env python3
"""Build data/kb/countries.tsv and data/kb/places.tsv.

Sources: Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json) for the
ISO codes and official names; everything else is in geo_countries.py and
geo_places_*.py beside this script, written by hand from public facts.

Usage: python3 scripts/kb/build_geo_kb.py [--out DIR] [--capital-aliases]
  --out DIR            where to write (default data/kb)
  --capital-aliases    write other spellings of capitals into the capital column
                       ("Kyiv|Kiev"); off by default, the documented format has one.

Places DSL (geo_places_*.py, variable PLACES):
  == ISO3 kind [suffix=Oblast,region]   header: country code ('-' allowed) and kind
  Name|Alias|Alias ; Extra|Extra         one place; after ';' extra aliases
  With a suffix list, the line 'Kharkiv|Kharkov' gives the place
  'Kharkiv Oblast' with aliases 'Kharkiv region', 'Kharkov Oblast', ...;
  a leading '+' also adds the bare names as aliases.
"""
import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
KINDS = {"city", "region", "district", "island", "sea", "river", "mountain", "site", "base"}


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def dedupe(values, exclude=()):
    seen = {v.casefold() for v in exclude}
    out = []
    for v in values:
        v = v.strip()
        if v and v != "-" and v.casefold() not in seen:
            seen.add(v.casefold())
            out.append(v)
    return out


def field(values):
    return "|".join(values) if values else "-"


def build_countries(capital_aliases=False):
    data = load("geo_countries")
    iso = {e["alpha_3"]: e for e in json.load(open(ISO, encoding="utf-8"))["3166-1"]}
    iso["XKX"] = {"alpha_3": "XKX", "alpha_2": "XK", "name": "Kosovo"}
    # ISO forms that must not be added as aliases (they name something else here).
    skip_iso = {"COG": {"Congo"}, "AFG": {"Islamic Republic of Afghanistan"}}
    rows = []
    for line in data.COUNTRIES.strip().splitlines():
        parts = [p.strip() for p in line.split(" ; ")]
        assert len(parts) == 7, line
        iso3, name, aliases, adjs, capital, metonyms, former = parts
        e = iso.pop(iso3)
        extra = []
        for k in ("name", "common_name", "official_name"):
            v = e.get(k, "")
            if v.startswith("the "):
                v = v[4:]
            if v and "," not in v and "(" not in v and v not in skip_iso.get(iso3, ()):
                extra.append(v)
        former_l = former.split("|") if former != "-" else []
        if iso3 == "AFG":
            former_l.append("Islamic Republic of Afghanistan")
        al = dedupe((aliases.split("|") if aliases != "-" else []) + extra, exclude=[name])
        if iso3 in data.NON_MEMBERS:
            status = data.NON_MEMBERS[iso3]
        elif iso3 in data.TERRITORIES:
            status = "territory"
        else:
            status = "member"
        variants = data.CAPITAL_VARIANTS.get(iso3, "-")
        if capital_aliases and capital != "-" and variants != "-":
            capital = field(dedupe([capital] + variants.split("|")))
        rows.append([iso3, e["alpha_2"], name, field(al),
                     field(dedupe(adjs.split("|"))), capital,
                     field(dedupe(metonyms.split("|"))), field(dedupe(former_l)), status])
    assert not iso, "missing ISO entries: %s" % sorted(iso)
    members = sum(1 for r in rows if r[8] == "member")
    assert members == 193, members
    return rows


def build_places():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "geo_places_*.py"))):
        mod = load(os.path.splitext(os.path.basename(path))[0])
        country = kind = None
        suffixes = []
        for n, raw in enumerate(mod.PLACES.splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("=="):
                head = line[2:].split()
                country, kind = head[0], head[1]
                assert kind in KINDS, (path, n, line)
                suffixes = []
                for h in head[2:]:
                    assert h.startswith("suffix="), (path, n, line)
                    suffixes = h[len("suffix="):].replace("_", " ").split(",")
                continue
            assert country, (path, n, line)
            bare = line.startswith("+")
            if bare:
                line = line[1:]
            names, _, extras = line.partition(";")
            names = [x.strip() for x in names.split("|") if x.strip()]
            extras = [x.strip() for x in extras.split("|") if x.strip()]
            if suffixes:
                forms = [f"{nm} {s}" for nm in names for s in suffixes]
                name = forms[0]
                al = forms[1:] + (names if bare else []) + extras
            else:
                name, al = names[0], names[1:] + extras
            rows.append([name, field(dedupe(al, exclude=[name])), country, kind])
    return rows


def main():
    out = os.path.join(ROOT, "data", "kb")
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    os.makedirs(out, exist_ok=True)
    countries = build_countries("--capital-aliases" in sys.argv)
    with open(os.path.join(out, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# iso3\tiso2\tname\taliases\tadjectives\tcapital\tmetonyms\tformer\tstatus\n")
        f.write("# Generated by scripts/kb/build_geo_kb.py from iso-codes and scripts/kb/geo_countries.py.\n")
        for r in countries:
            f.write("\t".join(r) + "\n")
    places = build_places()
    with open(os.path.join(out, "places.tsv"), "w", encoding="utf-8") as f:
        f.write("# name\taliases\tcountry\tkind\n")
        f.write("# Generated by scripts/kb/build_geo_kb.py from scripts/kb/geo_places_*.py.\n")
        for r in places:
            f.write("\t".join(r) + "\n")
    print(f"{len(countries)} countries, {len(places)} places -> {out}")


if __name__ == "__main__":
    main()
