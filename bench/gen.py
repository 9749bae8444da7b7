#!/usr/bin/env python3
"""Deterministic synthetic dataset for the GeoTimeline benchmark (standard library only).

Writes into --out:
  actors.json        list of POST /api/v1/actors bodies
  locations.json     list of POST /api/v1/locations bodies, parents first
  events/NNNN.json   JSON arrays of events for POST /api/v1/events:import (--chunk per file)
  db.json            {"events":[...]} with flattened fields for json-server (only with --jsonserver)
  meta.json          counts and the query parameters chosen for the benchmark

~5,000 actors with Zipf (s=1.1) activity, ~2,000 locations in 4 levels
(50 countries -> regions -> cities -> sites), dates 1990..today with 70% day,
20% month and 10% year precision, 1-4 actors and 1-2 locations per event.
"""
import argparse
import bisect
import datetime as dt
import itertools
import json
import os
import random
import re

COUNTRIES = [  # ISO code, name, lat, lon
    ("SY", "Syria", 35.0, 38.5), ("RU", "Russia", 61.5, 105.3), ("TR", "Turkey", 39.0, 35.2),
    ("IR", "Iran", 32.4, 53.7), ("IQ", "Iraq", 33.2, 43.7), ("IL", "Israel", 31.0, 34.9),
    ("LB", "Lebanon", 33.9, 35.9), ("JO", "Jordan", 30.6, 36.2), ("SA", "Saudi Arabia", 23.9, 45.1),
    ("EG", "Egypt", 26.8, 30.8), ("US", "United States", 37.1, -95.7), ("GB", "United Kingdom", 55.4, -3.4),
    ("FR", "France", 46.2, 2.2), ("DE", "Germany", 51.2, 10.4), ("UA", "Ukraine", 48.4, 31.2),
    ("CN", "China", 35.9, 104.2), ("IN", "India", 20.6, 79.0), ("PK", "Pakistan", 30.4, 69.3),
    ("AF", "Afghanistan", 33.9, 67.7), ("YE", "Yemen", 15.6, 48.5), ("LY", "Libya", 26.3, 17.2),
    ("SD", "Sudan", 12.9, 30.2), ("ET", "Ethiopia", 9.1, 40.5), ("SO", "Somalia", 5.2, 46.2),
    ("ML", "Mali", 17.6, -4.0), ("NG", "Nigeria", 9.1, 8.7), ("DZ", "Algeria", 28.0, 1.7),
    ("MA", "Morocco", 31.8, -7.1), ("TN", "Tunisia", 33.9, 9.5), ("QA", "Qatar", 25.4, 51.2),
    ("AE", "United Arab Emirates", 23.4, 53.8), ("KW", "Kuwait", 29.3, 47.5), ("OM", "Oman", 21.5, 55.9),
    ("AM", "Armenia", 40.1, 45.0), ("AZ", "Azerbaijan", 40.1, 47.6), ("GE", "Georgia", 42.3, 43.4),
    ("BY", "Belarus", 53.7, 28.0), ("PL", "Poland", 51.9, 19.1), ("IT", "Italy", 41.9, 12.6),
    ("ES", "Spain", 40.5, -3.7), ("GR", "Greece", 39.1, 21.8), ("CY", "Cyprus", 35.1, 33.4),
    ("KZ", "Kazakhstan", 48.0, 66.9), ("JP", "Japan", 36.2, 138.3), ("KR", "South Korea", 35.9, 127.8),
    ("KP", "North Korea", 40.3, 127.5), ("VE", "Venezuela", 6.4, -66.6), ("BR", "Brazil", -14.2, -51.9),
    ("MX", "Mexico", 23.6, -102.6), ("ZA", "South Africa", -30.6, 22.9),
]

SYLLABLES = ("ba da ka ma na ra sa ta za ha fa ja la wa ya bi di ki mi ni ri si ti zi hi fi ji li wi "
             "bo do ko mo no ro so to zo ho fo jo lo wo yo bu du ku mu nu ru su tu zu hu fu ju lu "
             "kar mar tan sel dor vin gor bek han tor mir zan kal dun sar bar rah mus").split()

ORG_SUFFIX = {
    "STATE": [], "GOVERNMENT": ["Government", "Cabinet", "Transitional Council"],
    "ORGANIZATION": ["Foundation", "Institute", "Association", "Union", "Committee"],
    "INTERNATIONAL_ORGANIZATION": ["Alliance", "Commission", "Council", "Agency", "Forum"],
    "ARMED_GROUP": ["Front", "Brigade", "Brigades", "Movement", "Army", "Battalion"],
    "COMPANY": ["Petroleum", "Holdings", "Shipping", "Energy", "Arms", "Telecom"],
    "OTHER": ["Network", "Initiative", "Group"],
}
KIND_WEIGHTS = [("PERSON", 55), ("GOVERNMENT", 6), ("ORGANIZATION", 10), ("INTERNATIONAL_ORGANIZATION", 3),
                ("ARMED_GROUP", 12), ("COMPANY", 9), ("OTHER", 5)]
REGION_SUFFIX = ["Governorate", "Province", "District", "Region"]
SITE_KIND = [("MILITARY_BASE", "Air Base"), ("NAVAL_BASE", "Naval Base"), ("PORT", "Port"), ("SITE", "Crossing"),
             ("SITE", "Dam"), ("SITE", "Oil Field"), ("OTHER", "Camp")]

TYPES = [("CONSULT", 22), ("AGREE", 8), ("SUPPORT", 7), ("CONCEDE", 2), ("COOPERATE", 8), ("AID", 5),
         ("RETREAT", 2), ("REQUEST", 6), ("ACCUSE", 8), ("REJECT", 5), ("THREATEN", 6), ("PROTEST", 5),
         ("SANCTION", 4), ("MOBILIZE", 3), ("COERCE", 3), ("ASSAULT", 6)]
VERBS = {
    "CONSULT": ["holds talks with", "meets", "phones", "receives a delegation from"],
    "AGREE": ["signs an agreement with", "reaches a deal with", "agrees terms with"],
    "SUPPORT": ["backs", "voices support for", "endorses"],
    "CONCEDE": ["makes concessions to", "releases prisoners held by", "eases restrictions on"],
    "COOPERATE": ["cooperates with", "launches a joint mission with", "shares intelligence with"],
    "AID": ["sends aid to", "delivers supplies to", "funds reconstruction for"],
    "RETREAT": ["withdraws forces facing", "pulls back from positions held by"],
    "REQUEST": ["asks", "appeals to", "requests assistance from"],
    "ACCUSE": ["accuses", "blames", "condemns"],
    "REJECT": ["rejects a proposal from", "refuses demands of", "vetoes a plan by"],
    "THREATEN": ["threatens", "warns", "issues an ultimatum to"],
    "PROTEST": ["protests against", "demonstrates against", "boycotts"],
    "SANCTION": ["imposes sanctions on", "freezes assets of", "expels diplomats of"],
    "MOBILIZE": ["mobilises troops against", "deploys forces near", "raises alert over"],
    "COERCE": ["blockades", "detains members of", "seizes property of"],
    "ASSAULT": ["strikes", "shells positions of", "attacks a convoy of"],
}
TOPICS = ["ceasefire", "sanctions", "pipeline", "refugees", "reconstruction", "elections", "prisoners",
          "border", "grain", "airspace", "nuclear", "oil", "humanitarian", "constitution", "militias",
          "detainees", "water", "trade", "aid", "corridor", "drones", "talks", "embassy", "shipping",
          "debt", "gas", "arms", "amnesty", "checkpoint", "minefield"]
SENTENCES = [
    "Officials described the {topic} discussions as constructive.",
    "The move follows weeks of tension over {topic} in the area.",
    "Observers said the {topic} issue remains unresolved.",
    "Both sides issued statements on {topic} afterwards.",
    "Local media reported casualties and damage near {place}.",
    "Diplomats in {place} expect further {topic} negotiations.",
    "The statement did not mention {topic} directly.",
]
PUBLISHERS = ["Daily Observer", "Levant Wire", "Global Desk", "Continental Post", "Frontline Report",
              "Capital Times", "Regional Monitor", "Evening Herald", "World Dispatch", "Gazette Online",
              "North Star News", "Harbor Chronicle", "Atlas Press", "Meridian Agency", "Pulse Bulletin"]


def key(name):
    """Same idea as dev.geotimeline.text.NameKeys.key for the ASCII names generated here."""
    tokens = [t for t in re.split(r"[^a-z0-9]+", name.lower()) if t and t not in ("al", "el")]
    return " ".join(tokens)


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


class Names:
    def __init__(self, rnd):
        self.rnd = rnd
        self.used = set()

    def word(self, syl=None):
        n = syl or self.rnd.choice((2, 2, 3))
        return "".join(self.rnd.choice(SYLLABLES) for _ in range(n)).capitalize()

    def claim(self, name):
        k = key(name)
        if not k or k in self.used:
            return False
        self.used.add(k)
        return True

    def unique(self, make):
        for _ in range(200):
            name = make()
            if self.claim(name):
                return name
        raise RuntimeError("could not find a unique name")


def zipf_cum(n, s):
    cum, total = [], 0.0
    for k in range(1, n + 1):
        total += 1.0 / k ** s
        cum.append(total)
    return cum


def pick(rnd, cum):
    return bisect.bisect_left(cum, rnd.random() * cum[-1])


def weighted(rnd, pairs):
    return rnd.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def make_locations(rnd, names, target):
    locs = []  # dicts with internal fields _level, _children
    countries = []
    for code, name, lat, lon in COUNTRIES:
        names.claim(name)
        c = {"name": name, "slug": slug(name), "kind": "COUNTRY", "latitude": lat, "longitude": lon,
             "countryCode": code, "aliases": [], "_children": []}
        countries.append(c)
        locs.append(c)
    per_country = (target - len(COUNTRIES)) / len(COUNTRIES)  # ~39: 4 regions, 16 cities, ~19 sites
    for c in countries:
        for r in range(4):
            rname = names.unique(lambda: names.word() + " " + rnd.choice(REGION_SUFFIX))
            reg = {"name": rname, "slug": slug(rname), "kind": "REGION", "parent": c["slug"],
                   "latitude": round(c["latitude"] + rnd.uniform(-3, 3), 4),
                   "longitude": round(c["longitude"] + rnd.uniform(-3, 3), 4),
                   "countryCode": c["countryCode"], "aliases": [], "_children": []}
            locs.append(reg)
            c["_children"].append(reg)
            for _ in range(4):
                cname = names.unique(lambda: names.word(rnd.choice((2, 3))))
                city = {"name": cname, "slug": slug(cname), "kind": "CITY", "parent": reg["slug"],
                        "latitude": round(reg["latitude"] + rnd.uniform(-1, 1), 4),
                        "longitude": round(reg["longitude"] + rnd.uniform(-1, 1), 4),
                        "countryCode": c["countryCode"], "aliases": [], "_children": []}
                alias = cname.replace("ou", "u").replace("k", "q") if rnd.random() < 0.5 else None
                if alias and alias != cname and names.claim(alias):
                    city["aliases"].append(alias)
                locs.append(city)
                reg["_children"].append(city)
        sites_needed = round(per_country) - 20
        cities = [x for r in c["_children"] for x in r["_children"]]
        for i in range(max(0, sites_needed)):
            city = cities[i % len(cities)]
            kind, suffix = rnd.choice(SITE_KIND)
            sname = names.unique(lambda: names.word() + " " + suffix)
            site = {"name": sname, "slug": slug(sname), "kind": kind, "parent": city["slug"],
                    "latitude": round(city["latitude"] + rnd.uniform(-0.2, 0.2), 4),
                    "longitude": round(city["longitude"] + rnd.uniform(-0.2, 0.2), 4),
                    "countryCode": c["countryCode"], "aliases": [], "_children": []}
            locs.append(site)
            city["_children"].append(site)
    return countries, locs


def make_actors(rnd, names, n, countries):
    actors = []
    for c in countries:  # each country is also a STATE actor (names prefixed so they differ from locations)
        name = "State of " + c["name"]
        names.claim(name)
        actors.append({"name": name, "slug": slug(name), "kind": "STATE", "countryCode": c["countryCode"],
                       "aliases": []})
    while len(actors) < n:
        kind = weighted(rnd, KIND_WEIGHTS)
        c = rnd.choice(countries)
        if kind == "PERSON":
            name = names.unique(lambda: names.word() + " " + names.word())
            aliases = []
            first, last = name.split(" ")
            for alias in (first[0] + ". " + last, last + " " + first, name.replace("a", "e", 1)):
                if len(aliases) < 2 and rnd.random() < 0.6 and names.claim(alias):
                    aliases.append(alias)
        else:
            suffix = rnd.choice(ORG_SUFFIX[kind])
            name = names.unique(lambda: names.word() + " " + names.word() + " " + suffix)
            aliases = []
            acro = "".join(w[0] for w in name.split()) + str(rnd.randint(1, 99))
            if rnd.random() < 0.7 and names.claim(acro):
                aliases.append(acro)
        actors.append({"name": name, "slug": slug(name), "kind": kind, "countryCode": c["countryCode"],
                       "aliases": aliases})
    return actors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--actors", type=int, default=5_000)
    ap.add_argument("--locations", type=int, default=2_000)
    ap.add_argument("--chunk", type=int, default=2_000)
    ap.add_argument("--seed", type=int, default=20240611)
    ap.add_argument("--out", required=True)
    ap.add_argument("--jsonserver", action="store_true", help="also write db.json for json-server")
    ap.add_argument("--today", default="2025-06-01", help="last possible event date (fixed for determinism)")
    a = ap.parse_args()

    rnd = random.Random(a.seed)
    names = Names(rnd)
    countries, locs = make_locations(rnd, names, a.locations)
    actors = make_actors(rnd, names, a.actors, countries)
    # Zipf activity: rank = position after a seeded shuffle, so popular actors are of every kind
    ranked = actors[:]
    rnd.shuffle(ranked)
    actor_cum = zipf_cum(len(ranked), 1.1)
    country_cum = zipf_cum(len(countries), 1.0)
    ranked_countries = countries[:]
    rnd.shuffle(ranked_countries)
    topic_cum = zipf_cum(len(TOPICS), 0.8)
    type_names = [t for t, _ in TYPES]
    type_cum = list(itertools.accumulate(w for _, w in TYPES))

    os.makedirs(os.path.join(a.out, "events"), exist_ok=True)
    start = dt.date(1990, 1, 1).toordinal()
    end = dt.date.fromisoformat(a.today).toordinal()
    pair_counts = {}
    actor_counts = [0] * len(ranked)
    country_counts = {}
    word_counts = {}
    flat = [] if a.jsonserver else None
    chunk, chunk_no = [], 0

    def flush():
        nonlocal chunk, chunk_no
        if chunk:
            with open(os.path.join(a.out, "events", "%05d.json" % chunk_no), "w") as f:
                json.dump(chunk, f, separators=(",", ":"))
            chunk_no += 1
            chunk = []

    for i in range(a.events):
        k = rnd.choices((1, 2, 3, 4), weights=(15, 50, 25, 10))[0]
        idx = set()
        while len(idx) < k:
            idx.add(pick(rnd, actor_cum))
        idx = sorted(idx, key=lambda _: rnd.random())
        for x in idx:
            actor_counts[x] += 1
        top = sorted(x for x in idx if x < 30)
        for p in itertools.combinations(top, 2):
            pair_counts[p] = pair_counts.get(p, 0) + 1
        ev_actors = [ranked[x] for x in idx]
        roles = ["INITIATOR", "TARGET"] + ["PARTICIPANT"] * 2
        country = ranked_countries[pick(rnd, country_cum)]
        country_counts[country["slug"]] = country_counts.get(country["slug"], 0) + 1
        places = []
        for _ in range(rnd.choice((1, 1, 1, 2))):
            node = country
            for _level in range(rnd.choice((0, 1, 2, 2, 3, 3))):
                if not node["_children"]:
                    break
                node = rnd.choice(node["_children"])
            if node["slug"] not in places:
                places.append(node["slug"])
        etype = type_names[bisect.bisect_left(type_cum, rnd.random() * type_cum[-1])]
        topic = TOPICS[pick(rnd, topic_cum)]
        word_counts[topic] = word_counts.get(topic, 0) + 1
        target = ev_actors[1]["name"] if k > 1 else country["name"]
        title = "%s %s %s over %s" % (ev_actors[0]["name"], rnd.choice(VERBS[etype]), target, topic)
        summary = " ".join(rnd.choice(SENTENCES).format(topic=rnd.choice((topic, TOPICS[pick(rnd, topic_cum)])),
                                                        place=country["name"]) for _ in range(rnd.choice((1, 2))))
        day = dt.date.fromordinal(rnd.randint(start, end))
        r = rnd.random()
        if r < 0.7:
            date, period_end = day.isoformat(), day
        elif r < 0.9:
            date = day.strftime("%Y-%m")
            nm = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
            period_end = nm - dt.timedelta(days=1)
        else:
            date, period_end = str(day.year), dt.date(day.year, 12, 31)
        published = min(period_end + dt.timedelta(days=rnd.randint(0, 3)), dt.date.fromordinal(end))
        tags = sorted({topic} | {TOPICS[pick(rnd, topic_cum)] for _ in range(rnd.randint(0, 2))})
        event = {
            "title": title, "summary": summary, "type": etype, "date": date,
            "actors": [{"actor": act["slug"], "role": roles[j]} for j, act in enumerate(ev_actors)],
            "locations": places,
            "sources": [{"url": "https://news.example.org/%d/%08d" % (day.year, i),
                         "publisher": rnd.choice(PUBLISHERS), "publishedOn": published.isoformat()}],
            "tags": tags,
            "externalKey": {"source": "bench", "id": str(i)},
        }
        chunk.append(event)
        if len(chunk) >= a.chunk:
            flush()
        if flat is not None:
            flat.append({"id": i + 1, "title": title, "summary": summary, "type": etype, "date": date,
                         "primaryActor": ev_actors[0]["slug"], "actorSlugs": [x["slug"] for x in ev_actors],
                         "locations": places, "tags": tags, "source": event["sources"][0]["url"]})
    flush()

    def clean(d):
        return {k: v for k, v in d.items() if not k.startswith("_")}

    with open(os.path.join(a.out, "actors.json"), "w") as f:
        json.dump([clean(x) for x in actors], f)
    with open(os.path.join(a.out, "locations.json"), "w") as f:
        json.dump([clean(x) for x in locs], f)
    if flat is not None:
        with open(os.path.join(a.out, "db.json"), "w") as f:
            json.dump({"events": flat}, f, separators=(",", ":"))

    top_actor = max(range(len(ranked)), key=lambda x: actor_counts[x])
    pair = max(pair_counts, key=pair_counts.get) if pair_counts else (0, 1)
    top_country = max(country_counts, key=country_counts.get)
    meta = {
        "events": a.events, "actors": len(actors), "locations": len(locs), "chunks": chunk_no, "seed": a.seed,
        "topActor": ranked[top_actor]["slug"], "topActorEvents": actor_counts[top_actor],
        "pair": [ranked[pair[0]]["slug"], ranked[pair[1]]["slug"]], "pairEvents": pair_counts.get(pair, 0),
        "topCountry": top_country, "topCountryEvents": country_counts[top_country],
        "word": "ceasefire", "wordEvents": word_counts.get("ceasefire", 0),
        "locationLevels": {kind: sum(1 for l in locs if l["kind"] == kind) for kind in
                           sorted({l["kind"] for l in locs})},
    }
    with open(os.path.join(a.out, "meta.json"), "w") as f:
        json.dump(meta, f, indent=1)
    print(json.dumps(meta))


if __name__ == "__main__":
    main()
