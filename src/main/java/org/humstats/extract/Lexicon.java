package org.humstats.extract;

import java.util.Map;
import java.util.Set;

/** The English words the extractor reads figures by. Kept together so that what it understands is in one place. */
final class Lexicon {

    private Lexicon() {
    }

    /** A word list; a word listed twice is harmless. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Nouns that count people; a number followed by one of them is a head count. */
    static final Set<String> PEOPLE = words("people", "persons", "person", "individuals", "individual", "civilians",
            "civilian", "children", "child", "kids", "minors", "infants", "babies", "women", "woman", "men", "man", "girls",
            "boys", "adults", "elderly", "residents", "inhabitants", "villagers", "idps", "idp", "refugees", "refugee",
            "migrants", "migrant", "asylum-seekers", "returnees", "returnee", "evacuees", "survivors", "victims", "dead",
            "deaths", "fatalities", "bodies", "injured", "wounded", "fighters", "fighter", "militants", "militant",
            "combatants", "insurgents", "rebels", "jihadists", "soldiers", "troops", "servicemen", "policemen", "police",
            "officers", "gunmen", "members", "workers", "staff", "volunteers", "farmers", "herders", "pastoralists",
            "fishermen", "students", "pupils", "patients", "detainees", "prisoners", "hostages", "nationals", "citizens",
            "displacements", "evacuations", "returns", "arrivals", "newcomers", "pilgrims", "protesters", "demonstrators",
            "inmates", "journalists", "miners", "labourers", "laborers", "passengers", "orphans", "youths", "teenagers",
            "others", "displaced", "dependents", "dependants", "population", "individuals", "lives", "casualties",
            "injuries", "killed", "missing", "homeless", "persons", "populations");

    /** Nouns that count families: a figure in households, not people. */
    static final Set<String> HOUSEHOLDS = words("families", "family", "households", "household", "familis");

    /** Dwellings count households when they are evacuated or their people displaced; destroyed houses are not people. */
    static final Set<String> DWELLINGS = words("homes", "home", "houses", "house", "dwellings", "homesteads");

    /** Units and things: a number followed by one of these counts no one. */
    static final Set<String> NOT_PEOPLE = words("km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles",
            "mile", "metres", "meters", "metre", "meter", "cm", "mm", "millimetres", "millimeters", "hectares", "ha", "acres",
            "sq", "square", "tonnes", "tons", "tonne", "ton", "kg", "kilograms", "litres", "liters", "gallons", "degrees",
            "percent", "pc", "pct", "per", "dollars", "usd", "euros", "eur", "pounds", "francs", "rupees", "yuan", "dinars",
            "trucks", "truck", "lorries", "vehicles", "buses", "bus", "cars", "convoys", "aircraft", "planes", "flights",
            "boats", "ships", "tanks", "tents", "kits", "meals", "rations", "bags", "sacks", "doses", "vaccines", "beds",
            "hospitals", "schools", "classrooms", "clinics", "villages", "towns", "cities", "districts", "provinces", "states",
            "counties", "governorates", "regions", "municipalities", "countries", "communes", "localities", "sites", "camps",
            "centres", "centers", "shelters", "settlements", "locations", "points", "areas", "buildings", "structures", "shops",
            "wells", "latrines", "boreholes", "bridges", "roads", "animals", "livestock", "cattle", "goats", "sheep", "camels",
            "hours", "hour", "hrs", "days", "day", "weeks", "week", "months", "month", "years", "year", "yrs", "decades",
            "minutes", "min", "mins", "seconds", "nights", "times", "attacks", "airstrikes", "strikes", "raids", "incidents",
            "clashes", "explosions", "bombs", "shells", "rockets", "missiles", "mortars", "aftershocks", "cases", "tests",
            "samples", "organisations", "organizations", "agencies", "partners", "ngos", "projects", "programmes", "programs",
            "operations", "phases", "rounds", "votes", "seats", "pages", "articles", "storeys", "floors", "am", "pm", "gmt",
            "utc", "st", "nd", "rd", "th", "magnitude", "kilo", "gigawatts", "megawatts", "mw", "kwh", "tonnes", "bales",
            "surveys", "assessments", "interviews", "questionnaires", "respondents", "crossings", "checkpoints", "positions",
            "outposts", "posts", "villages", "monasteries", "churches", "mosques", "bases", "facilities", "units", "sectors",
            "zones", "lines", "fronts", "cells", "groups", "factions", "brigades", "battalions", "divisions", "companies",
            "pieces", "items", "parcels", "packages", "vouchers", "transfers", "cartons", "boxes", "litres", "barrels",
            "rounds", "shots", "feet", "ft", "inches", "storms", "floods", "earthquakes", "fires", "wildfires", "epicentre",
            "percentage", "points", "out", "mph", "kph", "knots", "kmh", "h", "s", "km/h", "mw", "gw", "x");

    /** Words right before a number that make it a label, a code, an amount or a rank, not a head count. */
    static final Set<String> LABEL_BEFORE = words("resolution", "resolutions", "article", "paragraph", "no", "number",
            "phase", "category", "level", "magnitude", "grade", "flight", "route", "highway", "road", "page", "chapter",
            "section", "annex", "unit", "tel", "phone", "room", "gate", "point", "hill", "kilometre", "kilometer", "km",
            "zone", "sector", "block", "building", "lot", "platform", "terminal", "channel", "station", "district", "ward",
            "precinct", "camp", "sector", "brigade", "battalion", "division", "regiment", "squadron", "batch", "round",
            "aged", "age", "ages", "us$", "usd", "eur", "gbp", "£", "$", "€", "rs", "inr", "version", "day", "week", "month",
            "year", "years", "part", "item", "case", "file", "code", "grid", "plot", "mile", "storey", "floor", "type", "size",
            "cost", "costs", "worth", "budget", "appeal", "funding", "value", "scale", "score", "rank", "ranked", "top",
            "model", "calibre", "caliber", "covid", "mh", "apartment", "house", "street", "avenue", "every", "per");

    /** Currency signs written before an amount. */
    static final Set<String> CURRENCY_SIGNS = words("$", "€", "£", "¥", "₹");

    static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("february", 2),
            Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    static final Map<String, Integer> WEEKDAYS = Map.of("monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4,
            "friday", 5, "saturday", 6, "sunday", 7);

    static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fourty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L);

    /** Multipliers written after digits: "1.5 million", "13.1M", "5k", "2 lakh". */
    static final Map<String, Long> MULTIPLIERS = Map.ofEntries(Map.entry("million", 1_000_000L),
            Map.entry("millions", 1_000_000L), Map.entry("mn", 1_000_000L), Map.entry("mln", 1_000_000L),
            Map.entry("m", 1_000_000L), Map.entry("billion", 1_000_000_000L), Map.entry("bn", 1_000_000_000L),
            Map.entry("thousand", 1_000L), Map.entry("k", 1_000L), Map.entry("lakh", 100_000L), Map.entry("lakhs", 100_000L),
            Map.entry("crore", 10_000_000L), Map.entry("hundred", 100L));

    /** Verbs that report what someone said or counted; they tie a source or a speaker to the sentence. */
    static final Set<String> SPEECH_VERBS = words("said", "says", "say", "told", "tells", "stated", "states", "reported",
            "reports", "estimated", "estimates", "announced", "announces", "confirmed", "confirms", "added", "adds", "noted",
            "notes", "indicated", "indicates", "warned", "warns", "explained", "claimed", "claims", "recorded", "records",
            "documented", "documents", "counted", "counts", "showed", "shows", "put", "puts", "registered", "tallied",
            "revealed", "stressed", "according");

    /** Words that show a name is an organisation rather than a person. */
    static final Set<String> ORGANISATION_WORDS = words("office", "agency", "council", "ministry", "department",
            "organization", "organisation", "committee", "commission", "programme", "program", "fund", "cross", "crescent",
            "society", "forces", "army", "coalition", "nations", "union", "authority", "authorities", "government", "mission",
            "observatory", "network", "institute", "centre", "center", "group", "watch", "federation", "service", "police",
            "unit", "cluster", "bureau", "administration", "directorate", "secretariat", "board", "foundation", "association",
            "media", "news", "times", "post", "press", "radio", "tv", "television", "agency", "reuters", "church", "corps",
            "initiative", "partners", "alliance", "command", "militia", "movement", "front", "party", "monitor", "monitors");

    /** People who speak for a body, when the report names the role instead of (or beside) the person. */
    static final Set<String> ROLES = words("spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister",
            "governor", "mayor", "director", "head", "chief", "commander", "representative", "coordinator", "officer",
            "president", "secretary", "envoy", "ambassador", "adviser", "advisor", "analyst", "researcher", "chairman",
            "leader", "general", "colonel", "statement", "source", "sources", "witness", "witnesses", "resident", "doctor",
            "physician", "medic", "activist", "activists", "worker", "administrator", "deputy", "lieutenant", "brigadier",
            "major", "captain", "senator", "councillor", "councilor", "elder", "authorities");

    /** Armed groups a figure may count or concern, by the names reports use. */
    static final Map<String, String> ARMED_GROUPS = Map.ofEntries(Map.entry("is", "islamic-state"),
            Map.entry("isis", "islamic-state"), Map.entry("isil", "islamic-state"), Map.entry("daesh", "islamic-state"),
            Map.entry("islamic state", "islamic-state"), Map.entry("boko haram", "boko-haram"),
            Map.entry("al-shabaab", "al-shabaab"), Map.entry("al shabaab", "al-shabaab"), Map.entry("shabaab", "al-shabaab"),
            Map.entry("taliban", "taliban"), Map.entry("hezbollah", "hezbollah"), Map.entry("hizballah", "hezbollah"),
            Map.entry("hizbollah", "hezbollah"), Map.entry("houthis", "houthis"), Map.entry("houthi", "houthis"));

    /** Who is counted, from the noun of the figure. */
    static final Map<String, String> SUBJECTS = Map.ofEntries(Map.entry("civilians", "civilians"),
            Map.entry("civilian", "civilians"), Map.entry("children", "children"), Map.entry("child", "children"),
            Map.entry("minors", "children"), Map.entry("kids", "children"), Map.entry("infants", "children"),
            Map.entry("babies", "children"), Map.entry("orphans", "children"), Map.entry("women", "women"),
            Map.entry("woman", "women"), Map.entry("girls", "girls"), Map.entry("boys", "boys"), Map.entry("men", "men"),
            Map.entry("soldiers", "soldiers"), Map.entry("troops", "soldiers"), Map.entry("servicemen", "soldiers"),
            Map.entry("policemen", "police"), Map.entry("police", "police"), Map.entry("rebels", "rebels"),
            Map.entry("migrants", "migrants"), Map.entry("students", "students"), Map.entry("journalists", "journalists"));

    static final Set<String> DISASTER_WORDS = words("flood", "floods", "flooding", "flash", "earthquake", "earthquakes",
            "quake", "cyclone", "typhoon", "hurricane", "storm", "storms", "tropical", "drought", "landslide", "landslides",
            "mudslides", "wildfire", "wildfires", "fire", "fires", "rain", "rains", "rainfall", "monsoon", "tsunami",
            "volcano", "volcanic", "eruption", "avalanche", "avalanches", "erosion", "disaster", "disasters", "snow", "heatwave",
            "dzud", "winds", "tornado", "surge");

    static final Set<String> CONFLICT_WORDS = words("conflict", "fighting", "violence", "clashes", "clash", "attack",
            "attacks", "offensive", "airstrikes", "airstrike", "shelling", "bombardment", "war", "insurgency", "hostilities",
            "military", "militants", "insecurity", "battle", "siege", "armed", "raids", "raid", "massacre", "bombing",
            "bombings", "gunmen", "shootings", "operations", "rebels");

    /** Words that end the noun phrase of a number: verbs, auxiliaries, prepositions, conjunctions. */
    static final Set<String> PHRASE_ENDS = Lexicon.words("were", "was", "are", "is", "have", "has", "had", "been", "be",
            "being", "will", "would", "could", "may", "might", "should", "can", "shall", "who", "that", "which", "whom",
            "whose", "from", "in", "on", "at", "to", "into", "across", "within", "near", "around", "of", "and", "or", "but",
            "as", "than", "including", "while", "after", "before", "during", "since", "between", "by", "with", "without",
            "for", "this", "these", "those", "reportedly", "also", "still", "already", "now", "only", "each", "remain",
            "remained", "remains", "remaining", "towards", "toward", "inside", "outside", "per", "out", "through", "over",
            "under", "among", "amid", "following", "due", "because", "when", "where", "there", "they", "it", "the", "a",
            "an", "had", "currently", "having", "allegedly", "mostly", "mainly", "its", "their", "his", "her", "more",
            "less", "altogether", "so", "too", "all", "both", "either", "about", "like", "until", "up");

    /** Verbs about people that say nothing this service counts: the number belongs to them, not to a later verb. */
    static final Set<String> OTHER_VERBS = Lexicon.words("trapped", "besieged", "affected", "stranded", "missing",
            "rescued", "arrested", "detained", "abducted", "kidnapped", "vaccinated", "treated", "reached", "assisted",
            "received", "helped", "benefited", "attended", "enrolled", "employed", "participated", "voted", "protested",
            "gathered", "rallied", "trained", "recruited", "released", "freed", "deployed", "hired", "fed", "served",
            "supported", "screened", "tested", "infected", "sickened", "hospitalised", "hospitalized", "damaged",
            "destroyed", "collapsed", "flooded", "burnt", "burned", "buried");
}
