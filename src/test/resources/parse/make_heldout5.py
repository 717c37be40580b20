#!/usr/bin/env python3
"""Writes the held-out fixtures of round 5 (heldout5/) and their gold (heldout5-gold.json). Text invented, written
before the parser was read. The .txt files imitate text extracted from published PDFs: lines wrapped at the typeset
column width, words hyphenated at line ends (Liang's algorithm with Debian's hyph_nl_NL.dic), running headers and
footers with page numbers between pages (form feeds or runs of blank lines), footnotes at the page bottom, and for
Word-made PDFs the broken ligature glyphs (Ư Ɵ Ʃ Ō) and trailing spaces. The DOCX is written by hand (document.xml
with a w:tbl), the PDF by LibreOffice from HTML. Needs soffice (libreoffice-writer). Run: python3 make_heldout5.py"""
import json, os, re, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout5")
GOLD = []

# --- hyphenation (Liang) ---------------------------------------------------------------------------------------
PATTERNS = {}
with open("/usr/share/hyphen/hyph_nl_NL.dic", encoding="iso-8859-1") as f:
    for line in f.read().splitlines()[1:]:
        line = line.strip()
        if not line or line[0].isupper() or line.startswith("%"):
            continue
        letters = re.sub(r"\d", "", line)
        points = [0] * (len(letters) + 1)
        i = 0
        for ch in line:
            if ch.isdigit():
                points[i] = int(ch)
            else:
                i += 1
        PATTERNS[letters] = points


def hyphen_points(word):
    """Offsets inside word where a hyphen may go (2 letters left, 3 right at least)."""
    w = "." + word.lower() + "."
    points = [0] * (len(w) + 1)
    for i in range(len(w)):
        for j in range(i + 1, len(w) + 1):
            p = PATTERNS.get(w[i:j])
            if p:
                for k, v in enumerate(p):
                    points[i + k] = max(points[i + k], v)
    return [i - 1 for i in range(2, len(w) - 1) if points[i] % 2 == 1 and 2 <= i - 1 <= len(word) - 3]


# --- typesetting -----------------------------------------------------------------------------------------------
def split_word(word, room):
    """The longest head of word (with its hyphen) that fits in room, and the rest; None when none fits."""
    m = re.match(r"^([a-zà-ÿ]+)([.,;:?!)]*)$", word)
    options = []
    for i, ch in enumerate(word[:-2]):
        if ch == "-" and i >= 1:
            options.append((word[: i + 1], word[i + 1:]))  # a compound's own hyphen: no extra hyphen
    if m and len(m.group(1)) >= 7:
        core, tail = m.group(1), m.group(2)
        for p in hyphen_points(core):
            options.append((core[:p] + "-", core[p:] + tail))
    fitting = [o for o in options if len(o[0]) <= room]
    return max(fitting, key=lambda o: len(o[0])) if fitting else None


def wrap(text, width, hyphenate=True):
    lines, cur = [], ""
    for word in text.split():
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            room = width - len(cur) - 1
            cut = split_word(word, room) if hyphenate and room >= 4 else None
            if cut:
                lines.append(cur + " " + cut[0])
                cur = cut[1]
            else:
                lines.append(cur)
                cur = word
    if cur:
        lines.append(cur)
    return lines


LIGATURES = [("ff", "\u01af"), ("ft", "\u014c"), ("tt", "\u01a9"), ("ti", "\u019f")]


def ligatures(line):
    for a, b in LIGATURES:
        line = line.replace(a, b)
    return line


MARK = re.compile(r"\{(\d+)\}")


def clean(text):
    return MARK.sub("", text)


class Typeset:
    """Lays out blocks in pages: ("p", text) a wrapped paragraph followed by a blank line, ("l", text) one line as
    is, ("b",) a blank line, ("w", text, width) a paragraph wrapped at another width without a blank line after.
    Footnote markers {n} in text print as n; their texts (notes[n]) go to the bottom of the page that prints them."""

    def __init__(self, width, page_lines, header, footer, breaker="\f", lig=False, trail="", notes=None, hyph=True):
        self.width, self.page_lines, self.header, self.footer = width, page_lines, header, footer
        self.breaker, self.lig, self.trail, self.notes, self.hyph = breaker, lig, trail, notes or {}, hyph
        self.pages, self.body, self.pending = [], [], []

    def _line(self, text):
        if len(self.body) >= self.page_lines:
            self._flush()
        for n in MARK.findall(text):
            self.pending.append(n)
        self.body.append(MARK.sub(r"\1", text))

    def _flush(self):
        page = len(self.pages) + 1
        lines = list(self.header(page)) + self.body
        if self.pending:
            lines += ["", ""] + [n + " " + self.notes[n] for n in self.pending]
        lines += list(self.footer(page))
        self.pages.append(lines)
        self.body, self.pending = [], []

    def add(self, blocks):
        for b in blocks:
            if b[0] == "p":
                for ln in wrap(b[1], self.width, self.hyph):
                    self._line(ln)
                self._line("")
            elif b[0] == "w":
                for ln in wrap(b[1], b[2], self.hyph):
                    self._line(ln)
            elif b[0] == "l":
                self._line(b[1])
            elif b[0] == "b":
                self._line("")
            elif b[0] == "k":  # lines kept on one page (a table row)
                if self.body and len(self.body) + len(b[1]) > self.page_lines:
                    self._flush()
                for ln in b[1]:
                    self._line(ln)
        return self

    def text(self):
        if self.body or self.pending:
            self._flush()
        out = []
        for i, page in enumerate(self.pages):
            lines = [(ligatures(l) if self.lig else l) + (self.trail if l.strip() else (self.trail and " ")) for l in page]
            chunk = "\n".join(lines).replace("{TOTAL}", str(len(self.pages)))
            if i > 0:
                chunk = (self.breaker if self.breaker == "\f" else self.breaker + "\n") + chunk
            out.append(chunk)
        return "\n".join(out) + "\n"


def write(name, text, encoding="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=encoding) as f:
        f.write(text)


# --- gold ------------------------------------------------------------------------------------------------------
def words(text, n, last=False):
    w = text.split()
    return " ".join(w[-n:] if last else w[:n])


def joined(x):
    return "\n\n".join(clean(p) for p in x) if isinstance(x, list) else clean(x)


def gold(file, pairs, document=None, unanswered=None):
    entry = {"file": file}
    if document:
        entry["document"] = document
    entry["pairs"] = []
    for p in pairs:
        q, a = joined(p["q"]), joined(p["a"])
        g = {}
        if p.get("n") is not None:
            g["numbers"] = p["n"]
        if p.get("party"):
            g["party"] = p["party"]
        if p.get("members"):
            g["members"] = p["members"]
        if p.get("unknown"):  # asked by the Kamer, no member
            g["party"], g["members"] = None, []
        g["question_start"] = words(p.get("qs") or q, 8)
        if p.get("alt"):
            g["question_start_alt"] = words(p["alt"], 8)
        g["answer_start"] = words(a, 7)
        g["answer_end"] = words(a, 8, last=True)
        if not p.get("no_q_text"):
            g["question"] = q
        g["answer"] = a
        if p.get("notes"):
            g["footnotes"] = p["notes"]
        entry["pairs"].append(g)
    if unanswered is not None:
        entry["unanswered"] = [{"question_start": words(joined(u), 8), "question": joined(u)} for u in unanswered]
    GOLD.append(entry)


def paras(x):
    return x if isinstance(x, list) else [x]


def kamerstuk_footer(year, stuk):
    return lambda page: ["", f"Tweede Kamer, vergaderjaar {year}, {stuk} {page}"]


def kamerstuk_head(year, stuk_no, title_lines, nr_line, date_line):
    return [("l", "Tweede Kamer der Staten-Generaal 2"), ("l", f"Vergaderjaar {year}"), ("b",),
            ("l", f"{stuk_no} " + title_lines[0])] + [("l", t) for t in title_lines[1:]] + [
            ("b",), ("l", nr_line), ("l", date_line), ("b",)]


# ---------------------------------------------------------------------------------------------------------------
# 1. Lijst van vragen en antwoorden, typeset Kamerstuk: "Nr Vraag Blz. (van) t/m" on every page, page references
#    trailing the question, "Antwoord" on its own line (once missing), a footer with the page number
# ---------------------------------------------------------------------------------------------------------------
OCW = [
    {"n": [1], "q": "Hoeveel middelen zijn in 2025 beschikbaar voor de aanpak van het lerarentekort en hoe verhouden "
                    "deze zich tot de in 2024 gerealiseerde bedragen?", "pages": "12 13",
     "a": ["In 2025 is voor de aanpak van het lerarentekort in totaal € 412 miljoen beschikbaar. In 2024 is € 398 "
           "miljoen gerealiseerd. Het verschil wordt vooral verklaard door de loon- en prijsbijstelling en door de "
           "intensivering van de regeling zij-instroom.",
           "Een uitsplitsing naar maatregel is opgenomen in tabel 4 van de begroting."]},
    {"n": [2], "q": "Kunt u aangeven hoeveel zij-instromers in het schooljaar 2023/2024 een bekwaamheidsverklaring "
                    "hebben behaald?", "pages": "14",
     "a": "In het schooljaar 2023/2024 hebben 2.317 zij-instromers hun bekwaamheidsverklaring behaald. Dat is ruim 8 "
          "procent meer dan in het schooljaar daarvoor. Het aantal zij-instromers dat voortijdig stopt, ligt met 19 "
          "procent nog altijd hoger dan wenselijk."},
    {"n": [3], "q": "Welk deel van de middelen voor het Nationaal Programma Onderwijs is nog niet tot besteding "
                    "gekomen en wat gebeurt er met deze middelen na afloop van het programma?", "pages": "17 18",
     "a": ["Scholen hebben tot en met het schooljaar 2024/2025 de tijd om de middelen te besteden. Uit de laatste "
           "voortgangsrapportage blijkt dat eind 2023 circa 87 procent van de middelen was besteed of verplicht.",
           "Middelen die na afloop niet zijn besteed, blijven onderdeel van de reserves van de schoolbesturen. Het "
           "ministerie vordert deze middelen niet terug, maar vraagt besturen in het jaarverslag te verantwoorden "
           "waaraan zij alsnog worden uitgegeven."]},
    {"n": [4], "q": "Hoe groot is het aantal thuiszitters op dit moment, uitgesplitst naar primair en voortgezet "
                    "onderwijs?", "pages": "21",
     "a": "Volgens de meest recente cijfers van de leerplichtambtenaren waren er in het schooljaar 2023/2024 in totaal "
          "7.120 thuiszitters: 2.940 in het primair onderwijs en 4.180 in het voortgezet onderwijs. Het aantal is "
          "daarmee licht gestegen ten opzichte van het jaar ervoor.", "nolabel": True},
    {"n": [5], "q": "Waarom daalt het budget voor de regeling Onderwijsachterstandenbeleid tussen 2025 en 2027 en "
                    "welke gevolgen heeft dit voor gemeenten?", "pages": "23 24",
     "a": ["De daling is het gevolg van de taakstelling op specifieke uitkeringen uit het hoofdlijnenakkoord. "
           "Gemeenten ontvangen in 2027 circa € 38 miljoen minder dan in 2025.",
           "Met de VNG is afgesproken dat gemeenten eerst de voorschoolse educatie voor peuters met een indicatie "
           "blijven aanbieden. Wij monitoren de effecten en informeren uw Kamer daarover in het voorjaar van 2026."]},
    {"n": [6], "q": "Wat is de stand van zaken van de herziening van de bekostiging van het mbo?", "pages": "",
     "a": "Het wetsvoorstel voor de vereenvoudiging van de bekostiging van het mbo is in voorbereiding. De internetconsultatie "
          "is in september 2024 afgerond. Het streven is het wetsvoorstel in het tweede kwartaal van 2025 bij uw Kamer "
          "in te dienen, zodat de nieuwe bekostiging per 1 januari 2027 kan ingaan."},
    {"n": [7], "q": "Hoeveel studenten maakten in 2024 gebruik van de tegemoetkoming voor de reiskosten van "
                    "mbo-studenten onder de 18 jaar en wat waren de kosten daarvan?", "pages": "31 32",
     "a": "In 2024 maakten gemiddeld 91.000 minderjarige mbo-studenten gebruik van het studentenreisproduct. De "
          "uitgaven bedroegen € 96,4 miljoen. Dit is iets lager dan geraamd, omdat minder studenten dan verwacht het "
          "product hebben aangevraagd."},
    {"n": [8], "q": "Kunt u een overzicht geven van de ontwikkeling van de uitgaven aan de basisbeurs sinds de "
                    "herinvoering in 2023?", "pages": "44 45",
     "a": ["De uitgaven aan de basisbeurs zijn als volgt ontwikkeld (bedragen x € 1 miljoen):",
           "De stijging in 2025 hangt samen met de verhoging van de basisbeurs voor uitwonende studenten."],
     "table": ["2023 2024 2025", "Basisbeurs 1.128 1.342 1.407", "Aanvullende beurs 652 671 688"]},
]


def make_ocw():
    head = kamerstuk_head("2024–2025", "36 600 VIII",
                          ["Vaststelling van de begrotingsstaten van het Ministerie van",
                           "Onderwijs, Cultuur en Wetenschap (VIII) voor het jaar 2025"],
                          "Nr. 12 LIJST VAN VRAGEN EN ANTWOORDEN", "Vastgesteld 1 november 2024")
    intro = [("p", "De vaste commissie voor Onderwijs, Cultuur en Wetenschap heeft een aantal vragen voorgelegd aan "
                   "de Minister van Onderwijs, Cultuur en Wetenschap over de Vaststelling van de begrotingsstaten van "
                   "het Ministerie van Onderwijs, Cultuur en Wetenschap (VIII) voor het jaar 2025 (Kamerstuk 36 600 "
                   "VIII, nr. 1)."),
             ("p", "De Minister heeft deze vragen beantwoord bij brief van 31 oktober 2024. Vragen en antwoorden zijn "
                   "hierna afgedrukt."),
             ("l", "De voorzitter van de commissie,"), ("l", "Bromet"), ("b",),
             ("l", "De adjunct-griffier van de commissie,"), ("l", "Bosnjakovic"), ("b",),
             ("l", "kst-36600-VIII-12"), ("l", "ISSN 0921 - 7371"), ("l", "’s-Gravenhage 2024"), ("b",)]
    body = [("l", "Nr Vraag Blz. (van) t/m")]
    for p in OCW:
        qlines = wrap(p["q"], 62)
        if p["pages"]:
            qlines[-1] += " " + p["pages"]
        qlines[0] = f"{p['n'][0]} " + qlines[0]
        body += [("l", l) for l in qlines]
        if not p.get("nolabel"):
            body.append(("l", "Antwoord"))
        answers = paras(p["a"])
        body.append(("p", answers[0]))
        for row in p.get("table", []):
            body.append(("l", row))
        if p.get("table"):
            body.append(("b",))
        for a in answers[1:]:
            body.append(("p", a))
    header = lambda page: [] if page == 1 else ["Nr Vraag Blz. (van) t/m"]
    t = Typeset(74, 46, header, kamerstuk_footer("2024–2025", "36 600 VIII, nr. 12")).add(head + intro + body)
    write("lijst-begroting-tabelkop-blz.txt", t.text())
    pairs = []
    for p in OCW:
        a = paras(p["a"])
        if p.get("table"):
            a = [a[0] + "\n" + "\n".join(p["table"])] + a[1:]
        pairs.append({"n": p["n"], "q": p["q"], "a": a})
    gold("lijst-begroting-tabelkop-blz.txt", pairs,
         {"kind": "lijst-van-vragen-en-antwoorden", "date": "2024-10-31",
          "committee": "vaste commissie voor Onderwijs, Cultuur en Wetenschap", "reference": "36600-VIII-12"})


def blank_run(n=22):
    return " \n" * n


# ---------------------------------------------------------------------------------------------------------------
# 2. Feitelijke vragen over jaarverslag en slotwet, ministry letter from Word as PDF: ligature glyphs, "Vraag N" /
#    "Antwoord N", two questions with one answer ("Antwoord 4 en 5"), a referral, flattened tables of numbers
# ---------------------------------------------------------------------------------------------------------------
JENV = [
    {"n": [1], "q": "Hoeveel zaken stonden op 31 december 2024 open bij de rechtspraak in de sector strafrecht en hoe "
                    "verhoudt dit aantal zich tot de streefwaarde?",
     "a": ["Op 31 december 2024 stonden in de sector strafrecht 41.300 zaken open. De streefwaarde uit de "
           "prestatieafspraken met de Raad voor de rechtspraak ligt op 35.000 zaken. De voorraad is ten opzichte van "
           "eind 2023 met ruim 2.000 zaken gedaald."]},
    {"n": [2], "q": "Kunt u toelichten waarom de uitgaven aan gesubsidieerde rechtsbijstand in 2024 hoger uitvielen "
                    "dan in de ontwerpbegroting was geraamd?",
     "a": ["De hogere uitgaven worden vooral verklaard door de indexering van de vergoedingen voor sociaal advocaten en "
           "door meer toevoegingen in het vreemdelingenrecht. Daarnaast is in 2024 een tijdelijke toeslag voor "
           "piketdiensten ingevoerd.",
           "Het aantal afgegeven toevoegingen ontwikkelde zich als volgt:"],
     "table": ["Rechtsgebied 2022 2023 2024", "Strafrecht 142.100 146.800 151.200",
               "Vreemdelingenrecht 38.400 44.900 52.300", "Overig 211.700 207.300 209.800"], "after": 1},
    {"n": [3], "q": "Wat is de reden dat de onderuitputting op artikel 33 (Veiligheid en Criminaliteitsbestrijding) "
                    "opnieuw groter is dan in voorgaande jaren?",
     "a": "De onderuitputting van € 46 miljoen op artikel 33 hangt vooral samen met vertraging in de "
          "aanbesteding van ICT-projecten bij het Openbaar Ministerie en met subsidies die later zijn aangevraagd dan "
          "voorzien. De niet bestede middelen zijn via de eindejaarsmarge beschikbaar gebleven voor 2025."},
    {"n": [4, 5], "q": ["Hoeveel vacatures stonden er eind 2024 open bij de Dienst Justitiële Inrichtingen (DJI)?",
                        "Welke maatregelen zijn in 2024 genomen om het personeelstekort bij DJI terug te dringen en wat "
                        "hebben deze maatregelen opgeleverd?"],
     "a": ["Eind 2024 stonden bij DJI 1.480 vacatures open, waarvan ruim 900 voor executieve functies. In 2024 zijn "
           "onder meer een landelijke wervingscampagne, een verkorte opleiding voor penitentiair inrichtingswerkers en "
           "een reiskostenregeling voor medewerkers van verder weg gelegen inrichtingen ingevoerd.",
           "Dankzij deze maatregelen zijn in 2024 per saldo 640 medewerkers ingestroomd. Het verloop blijft echter hoog, "
           "met name in het eerste jaar na indiensttreding."]},
    {"n": [6], "q": "Hoe vaak is in 2024 de capaciteit in het gevangeniswezen overschreden en hoeveel gedetineerden "
                    "zijn vervroegd heengezonden?",
     "a": "In 2024 is op 211 dagen gebruikgemaakt van noodcapaciteit. In totaal zijn 1.940 gedetineerden vervroegd "
          "heengezonden, tegenover 310 in 2023. Uw Kamer is hierover in de voortgangsbrieven capaciteit DJI "
          "geïnformeerd."},
    {"n": [7], "q": "Wat zijn de gemiddelde doorlooptijden van adviezen van de Raad voor de Kinderbescherming in 2024?",
     "a": ["De gemiddelde doorlooptijden waren in 2024 als volgt (in dagen):",
           "De doorlooptijden liggen nog boven de norm. De Raad heeft in 2024 extra medewerkers aangenomen om de "
           "wachtlijsten terug te dringen."],
     "table": ["Onderzoek Norm Realisatie", "Beschermingsonderzoek 70 104", "Gezag en omgang 120 163"], "after": 0},
    {"n": [8], "q": "Wat betekent het personeelstekort bij DJI voor de resocialisatie van gedetineerden?",
     "a": "Zie het antwoord op vraag 4 en 5."},
    {"n": [9], "q": "Waarom is de slotwet voor artikel 34 (Straffen en Beschermen) niet eerder aan de Kamer gemeld?",
     "a": "De mutaties op artikel 34 zijn het gevolg van boekingen in december 2024, na het indienen van de "
          "Najaarsnota. Conform de comptabele regels zijn zij daarom in de slotwet verwerkt."},
]


def make_jenv():
    head = [("b",), ("b",), ("l", "> Retouradres Postbus 20301 2500 EH Den Haag"), ("b",),
            ("l", "Aan de Voorzitter van de Tweede Kamer"), ("l", "der Staten-Generaal"), ("l", "Postbus 20018"),
            ("l", "2500 EA DEN HAAG"), ("b",), ("l", "Datum 12 juni 2025"),
            ("l", "Onderwerp Beantwoording feitelijke vragen over het jaarverslag en de slotwet 2024 van het "),
            ("l", "Ministerie van Justitie en Veiligheid"), ("b",),
            ("p", "Hierbij ontvangt u de antwoorden op de feitelijke vragen die de vaste commissie voor Justitie en "
                  "Veiligheid op 28 mei 2025 heeft gesteld over het jaarverslag en de slotwet 2024 van het Ministerie "
                  "van Justitie en Veiligheid (Kamerstukken 36 740 VI, nrs. 1 en 2)."),
            ("l", "De Minister van Justitie en Veiligheid,"), ("b",), ("b",), ("l", "D.M. van Weel"), ("b",)]
    body = []
    for p in JENV:
        qs = paras(p["q"])
        for n, q in zip(p["n"], qs):
            body += [("l", f"Vraag {n}"), ("p", q)]
        body.append(("l", "Antwoord " + " en ".join(str(n) for n in p["n"])))
        for i, a in enumerate(paras(p["a"])):
            body.append(("p", a))
            if p.get("table") and i == p["after"]:
                body += [("l", row) for row in p["table"]] + [("b",)]
    pages = lambda page: ["Directoraat-Generaal Straffen", "en Beschermen", "", "Datum", "12 juni 2025", "",
                          "Onze referentie", "6183920", "", f"Pagina {page} van {{TOTAL}}", "", ""] if page > 1 else []
    t = Typeset(84, 44, pages, lambda page: ["", ""], breaker=blank_run(), lig=True, trail=" ").add(head + body)
    write("feitelijke-vragen-jaarverslag-gecombineerd.txt", t.text())
    pairs = []
    for p in JENV:
        a = list(paras(p["a"]))
        if p.get("table"):
            a[p["after"]] += "\n" + "\n".join(p["table"])
        pairs.append({"n": p["n"], "q": p["q"], "a": a})
    gold("feitelijke-vragen-jaarverslag-gecombineerd.txt", pairs,
         {"kind": "lijst-van-vragen-en-antwoorden", "date": "2025-06-12",
          "responder": "minister van Justitie en Veiligheid"})


# ---------------------------------------------------------------------------------------------------------------
# 3. Budget-debate answer letter by theme: "Vraag van het lid X (P):" / "Antwoord:", "Vragen van de leden X (P) en
#    Y (P):", a question on the label's line, "De Kamer vroeg …" without a member; ligature glyphs, footnotes
# ---------------------------------------------------------------------------------------------------------------
SZW_NOTES = {"1": "CPB, Armoede en inkomensongelijkheid, september 2025", "2": "Kamerstuk 32 043, nr. 671",
             "3": "Kamerstuk 26 448, nr. 812"}
SZW = [
    ("Bestaanszekerheid", [
        {"label": "Vraag van het lid Van Kent (SP):", "party": "SP", "members": ["Van Kent"],
         "q": "Is de minister bereid de verlaging van de huurtoeslag voor huishoudens met een inkomen rond het "
              "sociaal minimum terug te draaien, nu het CPB verwacht dat de armoede in 2026 weer stijgt?",
         "a": ["Het kabinet deelt de zorg over de verwachte stijging van de armoede. Volgens de raming van het CPB{1} "
               "neemt het aandeel mensen in armoede in 2026 toe van 4,2 naar 4,6 procent. Het kabinet neemt bij "
               "Voorjaarsnota een besluit over het koopkrachtbeeld voor 2026 en betrekt daarbij ook de huurtoeslag.",
               "Een terugdraaiing van de verlaging kost structureel € 310 miljoen. Daarvoor is op dit moment geen "
               "dekking beschikbaar."], "notes": ["CPB, Armoede en inkomensongelijkheid, september 2025"]},
        {"label": "Vragen van de leden Patijn (GroenLinks-PvdA) en Vijlbrief (D66):", "members": ["Patijn", "Vijlbrief"],
         "q": "Hoe staat het met de uitvoering van de motie over het verhogen van de kinderbijslag voor gezinnen met "
              "een laag inkomen? Wanneer ontvangt de Kamer de uitwerking van de varianten?",
         "a": "De uitwerking van de varianten wordt op dit moment afgerond. Daarbij wordt samen met de Sociale "
              "Verzekeringsbank bezien welke varianten uitvoerbaar zijn vanaf 1 januari 2027. De minister stuurt uw "
              "Kamer de uitwerking voor het zomerreces."},
        {"label": "Vraag:", "unknown": True, "q": "De Kamer vroeg of het kabinet de vereenvoudiging van de toeslagen versneld kan "
                                 "invoeren, zodat minder mensen een terugvordering krijgen.",
         "a": "Het kabinet werkt aan het verminderen van terugvorderingen in het huidige stelsel en aan het voorbereiden "
              "van de afschaffing van de toeslagen op langere termijn. Versnelling is niet mogelijk zonder de "
              "uitvoering bij Dienst Toeslagen in gevaar te brengen. In de voortgangsbrief over het "
              "toeslagenstelsel{2} is dit nader toegelicht.", "notes": ["Kamerstuk 32 043, nr. 671"]},
    ]),
    ("Arbeidsmarkt", [
        {"label": "Vraag van het lid Aartsen (VVD):", "party": "VVD", "members": ["Aartsen"],
         "q": ["In de begroting staat dat de arbeidsparticipatie van mensen met een arbeidsbeperking achterblijft.",
               "Welke concrete afspraken maakt de minister met werkgevers om de banenafspraak alsnog te halen?"],
         "a": ["De minister voert in het voorjaar een bestuurlijk overleg met werkgevers, gemeenten en UWV over het "
               "vervolg van de banenafspraak. Daarin staat het vereenvoudigen van de regels voor werkgevers centraal. "
               "Ook wordt de quotumheffing definitief afgeschaft, zoals in de brief over de banenafspraak{3} is "
               "aangekondigd.",
               "Over de uitkomsten van dit overleg wordt uw Kamer voor de zomer geïnformeerd."],
         "notes": ["Kamerstuk 26 448, nr. 812"]},
        {"label": "Vraag van het lid Dassen (Volt):", "inline": True, "party": "Volt", "members": ["Dassen"],
         "q": "Kan de minister toezeggen dat de effecten van het verbod op payrolling voor jongeren apart worden "
              "gemonitord?",
         "a": "Ja. In de evaluatie van de Wet arbeidsmarkt in balans wordt de positie van jongeren afzonderlijk in "
              "beeld gebracht. Daarnaast worden de effecten meegenomen in de jaarlijkse rapportage flexibele arbeid."},
        {"label": "Vraag van het lid Flach (SGP):", "party": "SGP", "members": ["Flach"],
         "q": "Wil het kabinet het ziekteverzuim bij kleine werkgevers verlichten door de loondoorbetaling bij ziekte "
              "in het tweede jaar te beperken?",
         "a": "Het kabinet heeft in het coalitieakkoord afgesproken de loondoorbetaling bij ziekte voor kleine "
              "werkgevers te verlichten. Een wetsvoorstel daarover wordt in het najaar van 2026 in consultatie "
              "gebracht. Vooruitlopend daarop wordt de re-integratie in het tweede spoor vereenvoudigd."},
    ]),
    ("Pensioenen", [
        {"label": "Vraag van het lid Omtzigt (NSC):", "party": "NSC", "members": ["Omtzigt"],
         "q": "Hoeveel pensioenfondsen hebben inmiddels een transitieplan ingediend en hoeveel deelnemers gaan "
              "per 1 januari 2026 over naar het nieuwe stelsel?",
         "a": "Volgens De Nederlandsche Bank hebben 47 fondsen een implementatieplan ingediend. Per 1 januari 2026 "
              "gaan naar verwachting 22 fondsen met samen circa 3,1 miljoen deelnemers over naar het nieuwe stelsel."},
        {"label": "Vraag van het lid Kostić (PvdD):", "party": "PvdD", "members": ["Kostić"],
         "q": "Is het kabinet bereid pensioenfondsen te verplichten hun beleggingen in fossiele bedrijven openbaar "
              "te maken?",
         "a": "Pensioenfondsen zijn op grond van Europese regels al verplicht te rapporteren over de duurzaamheid van "
              "hun beleggingen. Een aanvullende nationale verplichting acht het kabinet niet nodig."},
    ]),
]


def make_szw():
    head = [("l", "> Retouradres Postbus 90801 2509 LV Den Haag"), ("b",),
            ("l", "De Voorzitter van de Tweede Kamer der Staten-Generaal"), ("l", "Postbus 20018"),
            ("l", "2500 EA DEN HAAG"), ("b",), ("l", "Datum 6 november 2025"),
            ("l", "Betreft Beantwoording vragen begrotingsbehandeling SZW 2026"), ("b",), ("b",),
            ("p", "Geachte voorzitter,"),
            ("p", "Hierbij ontvangt u de beantwoording van de vragen gesteld in de eerste termijn van de "
                  "begrotingsbehandeling van het Ministerie van Sociale Zaken en Werkgelegenheid op 5 november 2025, "
                  "voor zover deze niet mondeling zijn beantwoord. De vragen zijn geordend per thema."),
            ("l", "De minister van Sociale Zaken en Werkgelegenheid,"), ("b",), ("b",), ("l", "Y.J. van Hijum"),
            ("b",)]
    body = []
    pairs = []
    for theme, items in SZW:
        body += [("l", theme), ("b",)]
        for it in items:
            qs = paras(it["q"])
            if it.get("inline"):
                body.append(("p", it["label"] + " " + qs[0]))
            else:
                body.append(("l", it["label"]))
                body += [("p", q) for q in qs]
            body.append(("l", "Antwoord:"))
            body += [("p", a) for a in paras(it["a"])]
            pairs.append({"n": [], "party": it.get("party"), "members": it.get("members"), "q": it["q"],
                          "a": it["a"], "notes": it.get("notes"), "unknown": it.get("unknown")})
    header = lambda page: [] if page == 1 else ["Directie Arbeidsmarkt en Sociaal-Economische Aangelegenheden", "",
                                                 "Datum", "6 november 2025", ""]
    footer = lambda page: ["", f"Pagina {page} van {{TOTAL}}"]
    t = Typeset(86, 40, header, footer, breaker=blank_run(18), lig=True, trail=" ", notes=SZW_NOTES).add(head + body)
    write("debat-beantwoording-themas-kamer-vroeg.txt", t.text())
    gold("debat-beantwoording-themas-kamer-vroeg.txt", pairs,
         {"kind": "antwoorden-debat", "date": "2025-11-06",
          "responder": "minister van Sociale Zaken en Werkgelegenheid"})


# ---------------------------------------------------------------------------------------------------------------
# 4. Budget-debate answer table from PDF, columns Nr | Naam | Fractie | Vraag | Antwoord: every cell's text comes out
#    as its own lines in reading order, the header row repeated on each page, a row broken over a page
# ---------------------------------------------------------------------------------------------------------------
VWS = [
    {"n": [1], "name": "Van der Werf", "party": "D66", "members": ["Van der Werf"],
     "q": "Kan de minister toezeggen dat de eigen bijdrage voor de wijkverpleging niet wordt ingevoerd zolang de "
          "gevolgen voor chronisch zieken niet in kaart zijn gebracht?",
     "a": "Het kabinet heeft besloten geen eigen bijdrage voor de wijkverpleging in te voeren. Wel wordt onderzocht "
          "hoe de toegang tot wijkverpleging beter kan worden afgestemd op de zorgbehoefte. De uitkomsten van dat "
          "onderzoek worden in het voorjaar met uw Kamer gedeeld."},
    {"n": [2], "name": "El Abassi", "party": "DENK", "members": ["El Abassi"],
     "q": "Hoeveel huisartsenpraktijken in achterstandswijken hebben in 2025 een patiëntenstop ingesteld?",
     "a": "Er is geen landelijke registratie van patiëntenstops. Uit een peiling van de Landelijke Huisartsen "
          "Vereniging onder haar leden blijkt dat ongeveer 37 procent van de praktijken in 2025 tijdelijk geen "
          "nieuwe patiënten inschreef. In achterstandswijken ligt dat percentage hoger. De minister gaat met "
          "zorgverzekeraars in gesprek over extra ondersteuning van deze praktijken."},
    {"n": [3], "name": "Dijk, J.P.", "party": "SP", "members": ["Dijk"],
     "q": "Is de minister bereid het eigen risico in 2026 te bevriezen op het huidige niveau?",
     "a": "Ja, het eigen risico blijft in 2026 € 385. Vanaf 2027 wordt het eigen risico verlaagd naar € 165, zoals "
          "aangekondigd in de brief over de verlaging van het eigen risico."},
    {"n": [4], "name": "Bushoff", "party": "GroenLinks-PvdA", "members": ["Bushoff"],
     "q": "Wat doet de minister om de personeelstekorten in de ouderenzorg terug te dringen, nu het aantal "
          "openstaande vacatures opnieuw is gestegen?",
     "a": "De aanpak van de arbeidsmarkttekorten in zorg en welzijn richt zich op het behoud van medewerkers, "
          "het verminderen van de administratieve lasten en de inzet van technologie. In 2026 is hiervoor € 120 "
          "miljoen beschikbaar. De minister informeert uw Kamer in maart over de voortgang van het programma "
          "Toekomstbestendige Arbeidsmarkt Zorg en Welzijn en over de ontwikkeling van het aantal vacatures per "
          "sector. Daarbij wordt ook ingegaan op de regionale verschillen en op de rol van de "
          "arbeidsmarktregio's."},
    {"n": [5], "name": "Tielen", "party": "VVD", "members": ["Tielen"],
     "q": "Verzoek aan de minister om in beeld te brengen hoeveel zorgverleners zzp'er zijn en hoe dat aandeel zich "
          "sinds 2020 heeft ontwikkeld.",
     "a": "Volgens het CBS werkte in 2024 ongeveer 12 procent van de zorgverleners als zelfstandige. In 2020 was dat "
          "9 procent. De minister stuurt uw Kamer voor de zomer een uitsplitsing naar beroepsgroep."},
    {"n": [6], "name": "Krul", "party": "CDA", "members": ["Krul"],
     "q": "Hoe gaat de minister ervoor zorgen dat mantelzorgers die zelf ouder zijn niet overbelast raken?",
     "a": "Nee, een landelijke norm voor de belasting van mantelzorgers is er niet. Gemeenten zijn op grond van de "
          "Wmo verantwoordelijk voor de ondersteuning van mantelzorgers. De minister stimuleert hen respijtzorg "
          "beter beschikbaar te maken en trekt daarvoor in 2026 € 15 miljoen uit."},
    {"n": [7], "name": "Jansen", "party": "NSC", "members": ["Jansen"],
     "q": "Wanneer komt het wetsvoorstel over de beperking van de winstuitkering door zorgaanbieders naar de Kamer?",
     "a": "Het wetsvoorstel Integere bedrijfsvoering zorg- en jeugdhulpaanbieders ligt bij de Raad van State. Het "
          "kabinet verwacht het wetsvoorstel in het eerste kwartaal van 2026 bij uw Kamer in te dienen."},
    {"n": [8], "name": "Kostić", "party": "PvdD", "members": ["Kostić"],
     "q": "Is de minister bereid een verbod in te stellen op reclame voor ongezonde voeding gericht op kinderen?",
     "a": "Het kabinet zet eerst in op aanscherping van de zelfregulering door de Reclame Code Commissie. In 2026 "
          "wordt geëvalueerd of dit voldoende effect heeft. Als dat niet het geval is, wordt wettelijke regulering "
          "overwogen."},
    {"n": [9], "name": "Eerdmans", "party": "JA21", "members": ["Eerdmans"],
     "q": "Kan de minister aangeven hoeveel de kosten van de GGZ-wachtlijsten jaarlijks bedragen?",
     "a": "Een raming van de maatschappelijke kosten van wachtlijsten in de ggz is niet beschikbaar. Wel is bekend dat "
          "in september 2025 ongeveer 81.000 mensen langer dan de Treeknorm op behandeling wachtten."},
]


def make_vws():
    intro = [("l", "Antwoorden op vragen gesteld tijdens de eerste termijn van de begrotingsbehandeling van het"),
             ("l", "Ministerie van Volksgezondheid, Welzijn en Sport (36 800 XVI), 19 november 2025"), ("b",)]
    hdr = ["Nr. Naam Fractie Vraag Antwoord"]
    body = [("l", hdr[0])]
    for p in VWS:
        body.append(("k", [str(p["n"][0]), p["name"], p["party"]] + wrap(p["q"], 38, hyphenate=False)
                     + wrap(p["a"], 64, hyphenate=False)))
    header = lambda page: [] if page == 1 else hdr
    footer = lambda page: ["", str(page)]
    t = Typeset(120, 34, header, footer).add(intro + body)
    write("debat-antwoordtabel-cellen-per-regel.txt", t.text())
    gold("debat-antwoordtabel-cellen-per-regel.txt", VWS, {"kind": "antwoorden-debat"})


# ---------------------------------------------------------------------------------------------------------------
# 5. DOCX: a ministry's answers in a real Word table Nr | Vraag | Antwoord, one row per question, answers of several
#    paragraphs in one cell
# ---------------------------------------------------------------------------------------------------------------
KGG = [
    {"n": [1], "q": "Hoeveel subsidie is in 2025 verleend via de Stimuleringsregeling Duurzame Energieproductie en "
                    "Klimaattransitie (SDE++) en welk deel daarvan is daadwerkelijk tot uitbetaling gekomen?",
     "a": ["In de openstellingsronde 2025 is voor € 8,1 miljard aan subsidie beschikt. Omdat de SDE++ "
           "projecten gedurende maximaal vijftien jaar ondersteunt, komt slechts een klein deel daarvan in 2025 tot "
           "uitbetaling.",
           "De kasuitgaven aan de SDE++ en haar voorgangers bedroegen in 2025 € 2,9 miljard."]},
    {"n": [2], "q": "Waarom wordt het budget voor de Investeringssubsidie Duurzame Energie en Energiebesparing (ISDE) "
                    "met € 60 miljoen verlaagd?",
     "a": ["De verlaging is een kasschuif naar 2026. Het aantal aanvragen voor warmtepompen blijft achter bij de "
           "raming, doordat de verkoop van hybride warmtepompen in 2025 is teruggelopen. Het budget blijft over de "
           "gehele looptijd beschikbaar voor de regeling."]},
    {"n": [3], "q": "Welke gevolgen heeft de kasschuif bij de ISDE voor het halen van de doelstelling van een "
                    "miljoen warmtepompen in 2030?",
     "a": ["Zie het antwoord op vraag 2."]},
    {"n": [4], "q": "Kunt u toelichten waarom de uitgaven voor netcongestie in de suppletoire begroting hoger zijn "
                    "dan in de ontwerpbegroting?",
     "a": ["De hogere uitgaven hangen samen met de versnelling van het Landelijk Actieprogramma Netcongestie. Zo "
           "is € 25 miljoen extra beschikbaar gesteld voor het flexibel aansluiten van bedrijven op bedrijventerreinen.",
           "Daarnaast is € 11 miljoen overgeboekt van het Klimaatfonds voor het programma energiehubs."]},
    {"n": [5], "q": "Wat is de stand van zaken rond de aanbesteding van het windpark Nederwiek I?",
     "a": ["De tender voor Nederwiek I-A is in oktober 2025 opengesteld. Vanwege de gestegen kosten van windparken "
           "op zee wordt de tender met financiële ondersteuning uitgevoerd. Het kabinet verwacht de vergunning in het "
           "tweede kwartaal van 2026 te verlenen."]},
    {"n": [6], "q": "Hoeveel middelen uit het Klimaatfonds zijn in 2025 onbenut gebleven?",
     "a": ["Van de voor 2025 beschikbare middelen in het Klimaatfonds is € 1,4 miljard niet tot besteding gekomen. "
           "Deze middelen blijven via het fonds beschikbaar voor de komende jaren.",
           "Een overzicht per maatregel is opgenomen in de bijlage bij de suppletoire begroting."]},
]


def docx_par(text, bold=False, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def docx_cell(paragraphs, width, bold=False):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            + "".join(docx_par(p, bold) for p in paragraphs) + "</w:tc>")


def write_docx(name, body_xml):
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>{body_xml}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/_rels/document.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')
        z.writestr("word/document.xml", document)


def make_kgg():
    intro = [docx_par("Bijlage bij Kamerbrief DGKE / 25312044"),
             docx_par("Antwoorden op de feitelijke vragen over de Eerste suppletoire begroting 2025 van het "
                      "Ministerie van Klimaat en Groene Groei (36 725 XXIII, nr. 2)", bold=True),
             docx_par("De vaste commissie voor Klimaat en Groene Groei heeft op 4 juli 2025 vragen gesteld over de "
                      "Eerste suppletoire begroting 2025. Hieronder treft u de antwoorden aan."),
             docx_par("")]
    rows = ['<w:tr>' + docx_cell(["Nr."], 700, True) + docx_cell(["Vraag"], 3600, True)
            + docx_cell(["Antwoord"], 5000, True) + '</w:tr>']
    for p in KGG:
        rows.append('<w:tr>' + docx_cell([str(p["n"][0])], 700) + docx_cell(paras(p["q"]), 3600)
                    + docx_cell(paras(p["a"]), 5000) + '</w:tr>')
    table = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9300" w:type="dxa"/></w:tblPr>'
             '<w:tblGrid><w:gridCol w:w="700"/><w:gridCol w:w="3600"/><w:gridCol w:w="5000"/></w:tblGrid>'
             + "".join(rows) + "</w:tbl>")
    write_docx("lijst-word-tabel-nr-vraag-antwoord.docx", "".join(intro) + table + docx_par(""))
    gold("lijst-word-tabel-nr-vraag-antwoord.docx", KGG, {"kind": "lijst-van-vragen-en-antwoorden"})


# ---------------------------------------------------------------------------------------------------------------
# 6. Verslag van een schriftelijk overleg, typeset Kamerstuk: part I holds every faction's questions, part II the
#    answers faction by faction, each answer after a short repeat of its question. Gold: a pair is a part I question
#    (the members' full text, as a policy officer would quote it) with its part II answer; the repeat belongs to
#    neither (it only says which question is answered). A faction's preamble may be kept or left out.
# ---------------------------------------------------------------------------------------------------------------
MILIEU = [
    ("VVD", "De leden van de VVD-fractie hebben kennisgenomen van de geannoteerde agenda voor de Milieuraad van 21 "
            "oktober 2025. Zij hebben hierover nog enkele vragen.", [
        {"q": "De leden van de VVD-fractie lezen dat de Europese Commissie voorstelt het klimaatdoel voor 2040 vast te "
              "leggen op 90 procent reductie ten opzichte van 1990, waarbij een deel via internationale credits mag "
              "worden gerealiseerd. Kan de staatssecretaris aangeven welk aandeel internationale credits het kabinet "
              "aanvaardbaar acht en hoe de kwaliteit van deze credits wordt geborgd?",
         "r": "De leden van de VVD-fractie vragen welk aandeel internationale credits het kabinet aanvaardbaar acht.",
         "a": ["Het kabinet kan instemmen met een beperkte inzet van hoogwaardige internationale credits van maximaal "
               "3 procent van de uitstoot van 1990, vanaf 2036. Voorwaarde is dat de credits voldoen aan strenge "
               "criteria onder artikel 6 van de Overeenkomst van Parijs en dat dubbeltelling is uitgesloten.",
               "Het kabinet zet zich er in de Raad voor in dat deze criteria in de wettekst worden vastgelegd."]},
        {"q": "Voorts vragen deze leden hoe het kabinet voorkomt dat Nederlandse bedrijven door een strenger "
              "Europees doel een concurrentienadeel ondervinden ten opzichte van bedrijven buiten de EU.",
         "r": "Voorts vragen deze leden hoe het kabinet een concurrentienadeel voor Nederlandse bedrijven voorkomt.",
         "a": ["Het kabinet hecht aan een gelijk speelveld. Instrumenten als het CO2-grensheffingsmechanisme (CBAM) "
               "en de Clean Industrial Deal moeten weglekeffecten voorkomen. Het kabinet vraagt de Commissie om bij "
               "de uitwerking van het doel een analyse te maken van de gevolgen voor de concurrentiepositie van de "
               "energie-intensieve industrie."]},
    ]),
    ("GroenLinks-PvdA", "De leden van de GroenLinks-PvdA-fractie hebben met zorg kennisgenomen van de agenda. Zij "
                        "hebben nog enkele vragen en opmerkingen.", [
        {"q": "Deze leden zijn teleurgesteld dat het kabinet ruimte wil laten voor internationale credits. Erkent de "
              "staatssecretaris dat dit ten koste gaat van de binnenlandse verduurzaming? Is hij bereid zich in te "
              "zetten voor een doel van ten minste 90 procent binnenlandse reductie?",
         "r": "De leden van de GroenLinks-PvdA-fractie vragen of de staatssecretaris bereid is zich in te zetten "
              "voor een binnenlands doel van 90 procent.",
         "a": ["Het kabinet ziet de inzet van credits als aanvulling op en niet als vervanging van binnenlandse "
               "reductie. Het overgrote deel van de reductie moet binnen de EU worden gerealiseerd. Een doel van 90 "
               "procent binnenlandse reductie acht het kabinet niet haalbaar zonder grote economische schade."]},
        {"q": "Daarnaast vragen de leden van de GroenLinks-PvdA-fractie naar de stand van zaken van de onderhandelingen "
              "over de ontbossingsverordening. Klopt het dat de Commissie opnieuw uitstel voorstelt?",
         "r": "Daarnaast vragen deze leden naar de stand van zaken van de ontbossingsverordening.",
         "a": ["Ja. De Commissie heeft op 23 september voorgesteld de toepassing van de verordening met een jaar uit te "
               "stellen, omdat het informatiesysteem nog niet gereed is. Het kabinet kan dit voorstel steunen, mits "
               "het uitstel eenmalig is."]},
    ]),
    ("D66", "", [
        {"q": "De leden van de D66-fractie vragen de staatssecretaris welke positie Nederland inneemt ten aanzien van de "
              "herziening van de REACH-verordening. Deelt hij de zorg dat een vereenvoudiging ten koste gaat van de "
              "bescherming tegen PFAS?",
         "r": "De leden van de D66-fractie vragen naar de Nederlandse positie bij de herziening van REACH.",
         "a": ["Nederland steunt een vereenvoudiging van REACH, maar niet ten koste van het beschermingsniveau. Het "
               "kabinet blijft zich onverminderd inzetten voor een brede Europese restrictie op PFAS, zoals in de "
               "eerdere brieven over dit onderwerp is toegelicht."]},
    ]),
    ("BBB", "", [
        {"q": "De leden van de BBB-fractie maken zich zorgen over de uitvoerbaarheid van de Europese "
              "natuurherstelverordening voor boeren. Welke ruimte ziet de staatssecretaris om bij het opstellen van "
              "het nationale herstelplan rekening te houden met de gevolgen voor de landbouw?",
         "r": "De leden van de BBB-fractie vragen welke ruimte er is om rekening te houden met de gevolgen voor de "
              "landbouw.",
         "a": ["Lidstaten hebben bij het opstellen van het nationale herstelplan ruimte om eigen keuzes te maken. Het "
               "kabinet betrekt provincies, terreinbeheerders en agrarische organisaties bij het opstellen van het plan "
               "en weegt de sociaaleconomische gevolgen nadrukkelijk mee.",
               "Het ontwerpplan wordt in september 2026 bij de Europese Commissie ingediend."]},
        {"q": "Tot slot vragen deze leden of de staatssecretaris bereid is in de Raad te pleiten voor een uitzondering "
              "voor kleine agrarische bedrijven op de nieuwe rapportageverplichtingen.",
         "r": "Tot slot vragen deze leden naar een uitzondering voor kleine agrarische bedrijven.",
         "a": ["De rapportageverplichtingen gelden voor de lidstaten en niet voor individuele bedrijven. Een "
               "uitzondering is daarom niet aan de orde. Het kabinet zal er wel op toezien dat de gegevensuitvraag bij "
               "agrariërs beperkt blijft."]},
    ]),
]


def make_milieu():
    stuk = "21 501-08, nr. 1012"
    head = kamerstuk_head("2025–2026", "21 501-08", ["Milieuraad"], "Nr. 1012 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
                          "Vastgesteld 14 oktober 2025")
    intro = [("p", "De vaste commissie voor Infrastructuur en Waterstaat heeft een aantal vragen en opmerkingen "
                   "voorgelegd aan de Staatssecretaris van Infrastructuur en Waterstaat over de geannoteerde agenda "
                   "voor de Milieuraad van 21 oktober 2025 (Kamerstuk 21 501-08, nr. 1009)."),
             ("p", "De vragen en opmerkingen zijn op 2 oktober 2025 aan de Staatssecretaris van Infrastructuur en "
                   "Waterstaat voorgelegd. Bij brief van 10 oktober 2025 zijn de vragen beantwoord."),
             ("l", "De voorzitter van de commissie,"), ("l", "Van der Molen"), ("b",),
             ("l", "De griffier van de commissie,"), ("l", "Koerselman"), ("b",),
             ("l", "Inhoud blz."), ("b",), ("l", "I Vragen en opmerkingen vanuit de fracties 2"),
             ("l", "Vragen en opmerkingen van de leden van de VVD-fractie 2"),
             ("l", "Vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie 2"),
             ("l", "Vragen en opmerkingen van de leden van de D66-fractie 3"),
             ("l", "Vragen en opmerkingen van de leden van de BBB-fractie 3"),
             ("l", "II Reactie van de bewindspersoon 3"), ("b",)]
    part1 = [("l", "I Vragen en opmerkingen vanuit de fracties"), ("b",)]
    part2 = [("l", "II Reactie van de bewindspersoon"), ("b",)]
    pairs = []
    for party, preamble, items in MILIEU:
        part1 += [("l", f"Vragen en opmerkingen van de leden van de {party}-fractie"), ("b",)]
        if preamble:
            part1.append(("p", preamble))
        part2 += [("l", f"Reactie op de vragen en opmerkingen van de leden van de {party}-fractie"), ("b",)]
        for i, it in enumerate(items):
            part1.append(("p", it["q"]))
            part2.append(("p", it["r"]))
            part2 += [("p", a) for a in it["a"]]
            pair = {"n": [], "party": party, "q": it["q"], "a": it["a"]}
            if preamble and i == 0:  # the faction's preamble may be kept or left out (seeds' convention)
                pair.update({"qs": preamble, "alt": it["q"], "no_q_text": True})
            pairs.append(pair)
    header = lambda page: [] if page == 1 else [f"Tweede Kamer, vergaderjaar 2025–2026, {stuk} {page}", ""]
    t = Typeset(72, 48, header, lambda page: ["", "kst-21501-08-1012", "ISSN 0921 - 7371", "’s-Gravenhage 2025"]
                if page == 1 else []).add(head + intro + part1 + part2)
    write("so-verslag-deel-i-vragen-deel-ii-reactie.txt", t.text())
    gold("so-verslag-deel-i-vragen-deel-ii-reactie.txt", pairs,
         {"kind": "schriftelijk-overleg", "date": "2025-10-10",
          "committee": "vaste commissie voor Infrastructuur en Waterstaat", "reference": "21501-08-1012"})


# ---------------------------------------------------------------------------------------------------------------
# 7. PDF (LibreOffice from HTML): a minister's answers to a schriftelijk overleg, questions numbered through the
#    document across factions ("7. De leden van …"), "Antwoord" without a number
# ---------------------------------------------------------------------------------------------------------------
JBZ = [
    ("VVD", [
        {"q": "De leden van de VVD-fractie lezen dat tijdens de JBZ-Raad wordt gesproken over de uitvoering van het "
              "Migratiepact. Kan de minister aangeven welke onderdelen van het pact Nederland per juni 2026 niet tijdig "
              "zal kunnen uitvoeren?",
         "a": ["Nederland ligt op koers om de verplichtingen uit het pact per 12 juni 2026 uit te voeren. Voor de "
               "grensprocedure geldt dat de benodigde capaciteit gefaseerd wordt opgebouwd. Uw Kamer ontvangt in "
               "december het geactualiseerde nationale implementatieplan."]},
        {"q": "Deze leden vragen voorts welke lidstaten zich nog verzetten tegen de nieuwe terugkeerverordening.",
         "a": ["Over de terugkeerverordening wordt nog onderhandeld. Het is niet gebruikelijk om posities van "
               "individuele lidstaten openbaar te maken. Wel kan worden gemeld dat een ruime meerderheid van de "
               "lidstaten het voorstel in de kern steunt."]},
        {"q": "Is de minister bereid om in de Raad te pleiten voor terugkeerhubs buiten de EU?",
         "a": ["Ja. Nederland steunt de mogelijkheid om terugkeerhubs in derde landen in te richten, mits dit gebeurt "
               "binnen de kaders van het internationaal recht. Nederland verkent dit samen met andere lidstaten."]},
    ]),
    ("GroenLinks-PvdA", [
        {"q": "De leden van de GroenLinks-PvdA-fractie maken zich zorgen over de plannen voor terugkeerhubs. Hoe "
              "wordt gewaarborgd dat mensenrechten in deze hubs worden gerespecteerd, en wie houdt daar toezicht op?",
         "a": ["Zie het antwoord op vraag 3. Daarbij geldt dat toezicht door onafhankelijke organisaties een "
               "voorwaarde is voor Nederlandse deelname. Het kabinet zal daarover afspraken maken voordat tot "
               "deelname wordt besloten."]},
        {"q": "Ook vragen deze leden hoeveel asielzoekers in 2025 op grond van de Dublinverordening zijn "
              "overgedragen aan andere lidstaten.",
         "a": ["Tot en met september 2025 zijn 1.214 overdrachten op grond van de Dublinverordening gerealiseerd. "
               "Dat zijn er meer dan in dezelfde periode van 2024, toen 987 overdrachten plaatsvonden."]},
    ]),
    ("PVV", [
        {"q": "De leden van de PVV-fractie vragen of de minister bereid is de opt-out voor het asiel- en "
              "migratiebeleid alsnog aan te vragen bij een verdragswijziging.",
         "a": ["Het kabinet heeft de Europese Commissie in september 2024 laten weten een opt-out te willen bij een "
               "toekomstige verdragswijziging. Dat standpunt is ongewijzigd. Op dit moment is er geen "
               "verdragswijziging aan de orde."]},
    ]),
    ("CDA", [
        {"q": "De leden van de CDA-fractie lezen dat de Raad ook spreekt over de aanpak van georganiseerde "
              "criminaliteit. Hoe draagt Nederland bij aan de Europese havenalliantie?",
         "a": ["Nederland is een van de initiatiefnemers van de Europese havenalliantie. De douane, politie en het "
               "Openbaar Ministerie werken via de alliantie samen met andere Europese havens aan betere "
               "containercontroles en aan het weren van criminele insiders."]},
        {"q": "Kan de minister toezeggen dat de Kamer na de Raad wordt geïnformeerd over de afspraken over de "
              "bestrijding van drugssmokkel?",
         "a": ["Ja. Het verslag van de JBZ-Raad gaat ook in op de afspraken over de bestrijding van drugssmokkel."]},
    ]),
    ("SP", [
        {"q": "De leden van de SP-fractie vragen hoe de minister de rechten van kinderen in de grensprocedure "
              "waarborgt. Worden gezinnen met kinderen uitgezonderd van detentie?",
         "a": ["Kinderen worden in de grensprocedure niet in detentie geplaatst. Gezinnen met kinderen verblijven in "
               "een gezinslocatie met voorzieningen voor onderwijs en zorg.",
               "Het belang van het kind is bij iedere beslissing een eerste overweging, zoals het pact ook "
               "voorschrijft."]},
    ]),
]


def make_jbz():
    html = ['<html><head><meta charset="utf-8"><style>body{font-family:"Liberation Sans";font-size:10.5pt}</style>'
            '</head><body>',
            "<p>&gt; Retouradres Postbus 20301 2500 EH Den Haag</p>",
            "<p>Aan de Voorzitter van de Tweede Kamer<br>der Staten-Generaal<br>Postbus 20018<br>2500 EA DEN HAAG</p>",
            "<p>Datum 7 november 2025<br>Onderwerp Beantwoording schriftelijk overleg JBZ-Raad 13 en 14 november "
            "2025</p>",
            "<p>Hierbij ontvangt u de antwoorden op de vragen die de vaste commissie voor Asiel en Migratie en de vaste "
            "commissie voor Justitie en Veiligheid hebben gesteld over de geannoteerde agenda van de JBZ-Raad van 13 en "
            "14 november 2025.</p>",
            "<p>De Minister van Asiel en Migratie,</p><p><br>D.M. van der Burg</p>"]
    pairs, n = [], 0
    for party, items in JBZ:
        html.append(f"<p><b>Vragen en opmerkingen van de leden van de {party}-fractie</b></p>")
        for it in items:
            n += 1
            html.append(f"<p>{n}. {escape(it['q'])}</p>")
            html.append("<p><b>Antwoord</b></p>")
            html += [f"<p>{escape(a)}</p>" for a in it["a"]]
            pairs.append({"n": [n], "party": party, "q": it["q"], "a": it["a"]})
    html.append("</body></html>")
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "so-jbz-doorlopend-genummerd.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join(html))
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-heldout5",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "so-jbz-doorlopend-genummerd.pdf"), os.path.join(OUT, "so-doorlopend-genummerd.pdf"))
    shutil.rmtree(tmp)
    gold("so-doorlopend-genummerd.pdf", pairs, {"date": "2025-11-07", "responder": "minister van Asiel en Migratie"})


# ---------------------------------------------------------------------------------------------------------------
# 8. Nota naar aanleiding van het verslag, typeset Kamerstuk: chapter headings, the members' paragraphs followed by
#    the government's answer paragraphs ("De regering …", "Het kabinet …") with no labels; a footnote
# ---------------------------------------------------------------------------------------------------------------
PUNTEN_NOTES = {"1": "Kamerstuk 29 398, nr. 1102."}
PUNTEN = [
    ("1. Algemeen", [
        {"party": "VVD", "preamble": True, "q": ["De leden van de VVD-fractie hebben kennisgenomen van het wetsvoorstel. Zij "
                               "onderschrijven het doel om de verkeersveiligheid te vergroten, maar hebben nog wel "
                               "enkele vragen.",
                               "Deze leden vragen de regering waarom is gekozen voor een puntenstelsel en niet voor "
                               "een verdere verhoging van de boetes voor ernstige verkeersovertredingen."],
         "a": ["De regering kiest voor een puntenrijbewijs omdat uit onderzoek blijkt dat hogere boetes alleen "
               "beperkt effect hebben op het gedrag van veelplegers. Een puntenstelsel maakt zichtbaar dat herhaald "
               "gevaarlijk rijgedrag gevolgen heeft voor de rijbevoegdheid.",
               "In de meeste lidstaten van de Europese Unie bestaat al een vorm van een puntenstelsel. De ervaringen "
               "in die landen laten zien dat het aantal recidivisten daalt."]},
        {"party": "GroenLinks-PvdA", "q": ["De leden van de GroenLinks-PvdA-fractie vragen hoeveel bestuurders naar "
                                           "verwachting jaarlijks hun rijbewijs kwijtraken als gevolg van het "
                                           "puntenstelsel."],
         "a": ["Het kabinet verwacht op basis van de huidige registraties dat jaarlijks tussen de 4.000 en 6.000 "
               "bestuurders het maximale aantal punten bereiken. Deze schatting is gebaseerd op gegevens van het "
               "Centraal Justitieel Incassobureau over de jaren 2022 tot en met 2024."]},
    ]),
    ("2. Doel en aanleiding", [
        {"party": "CDA", "q": ["De leden van de CDA-fractie lezen dat het wetsvoorstel mede een uitwerking is van het "
                               "Strategisch Plan Verkeersveiligheid 2030. Zij vragen in hoeverre het puntenrijbewijs "
                               "bijdraagt aan het doel van nul verkeersdoden in 2050.",
                               "Ook vragen zij of de regering een evaluatie na drie jaar overweegt."],
         "a": ["De regering verwacht dat het puntenrijbewijs bijdraagt aan een daling van het aantal ernstige "
               "verkeersongevallen, maar kan die bijdrage niet exact kwantificeren. Het puntenrijbewijs is een van de "
               "maatregelen uit het Strategisch Plan{1} en moet in samenhang met andere maatregelen worden bezien.",
               "Het wetsvoorstel bevat een evaluatiebepaling. De regering stelt voor de wet binnen vijf jaar na "
               "inwerkingtreding te evalueren, omdat de effecten op recidive pas na enkele jaren zichtbaar worden."],
         "notes": ["Kamerstuk 29 398, nr. 1102."]},
        {"party": "SP", "q": ["De leden van de SP-fractie vragen of het klopt dat beroepschauffeurs onder dit "
                              "wetsvoorstel sneller hun baan kunnen verliezen dan andere bestuurders. Is de regering "
                              "bereid een aparte regeling voor beroepschauffeurs te treffen?"],
         "a": ["Het kabinet ziet geen aanleiding voor een aparte regeling. Beroepschauffeurs zijn op dezelfde wijze "
               "verantwoordelijk voor de veiligheid op de weg als andere bestuurders. Wel geldt dat punten alleen "
               "worden toegekend voor ernstige overtredingen en niet voor lichte snelheidsovertredingen."]},
    ]),
    ("3. Uitvoering en handhaving", [
        {"party": "D66", "q": ["De leden van de D66-fractie vragen welke gevolgen het wetsvoorstel heeft voor de "
                               "uitvoeringsorganisaties, in het bijzonder voor de RDW en het CJIB. Zijn de benodigde "
                               "ICT-aanpassingen tijdig gereed?"],
         "a": ["De regering heeft de RDW en het CJIB gevraagd een uitvoeringstoets uit te voeren. Beide organisaties "
               "achten het wetsvoorstel uitvoerbaar, mits de inwerkingtreding niet eerder is dan 1 januari 2028.",
               "De benodigde aanpassingen van de registers worden in 2026 en 2027 uitgevoerd. De kosten daarvan "
               "bedragen eenmalig € 14 miljoen."]},
        {"party": "PVV", "q": ["De leden van de PVV-fractie vragen hoe wordt voorkomen dat automobilisten punten "
                               "krijgen voor overtredingen die zij niet zelf hebben begaan, bijvoorbeeld bij een "
                               "geleende auto."],
         "a": ["Het kabinet hecht eraan dat punten alleen worden toegekend aan de bestuurder die de overtreding "
               "daadwerkelijk heeft begaan. Daarom worden punten alleen toegekend bij een staandehouding of na een "
               "onherroepelijke strafbeschikking, waarbij de identiteit van de bestuurder is vastgesteld."]},
    ]),
]


def make_punten():
    stuk = "36 820, nr. 6"
    head = kamerstuk_head("2025–2026", "36 820", ["Wijziging van de Wegenverkeerswet 1994 in verband met de",
                                                  "invoering van een puntenrijbewijs"],
                          "Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG", "Ontvangen 3 december 2025")
    intro = [("p", "Ik dank de leden van de fracties van de VVD, GroenLinks-PvdA, CDA, SP, D66 en PVV voor hun inbreng "
                   "bij het wetsvoorstel. Hieronder ga ik in op de gestelde vragen, waarbij de volgorde van het verslag "
                   "zoveel mogelijk wordt aangehouden.")]
    body, pairs = [], []
    for chapter, items in PUNTEN:
        body += [("l", chapter), ("b",)]
        for it in items:
            body += [("p", q) for q in it["q"]] + [("p", a) for a in it["a"]]
            pair = {"n": [], "party": it["party"], "q": it["q"], "a": it["a"], "notes": it.get("notes")}
            if it.get("preamble"):  # the faction's preamble may be kept or left out
                pair.update({"qs": it["q"][0], "alt": it["q"][1], "no_q_text": True})
            pairs.append(pair)
    closing = [("l", "De Minister van Infrastructuur en Waterstaat,"), ("l", "R. Tieman")]
    t = Typeset(70, 50, lambda page: [] if page == 1 else [f"Tweede Kamer, vergaderjaar 2025–2026, {stuk} {page}", ""],
                lambda page: [], notes=PUNTEN_NOTES).add(head + intro + body + closing)
    write("nota-nav-hoofdstukken-zonder-labels.txt", t.text())
    gold("nota-nav-hoofdstukken-zonder-labels.txt", pairs,
         {"date": "2025-12-03", "reference": "36820-6", "responder": "minister van Infrastructuur en Waterstaat"})


# ---------------------------------------------------------------------------------------------------------------
# 9. Inbreng: a committee's list of questions, typeset Kamerstuk with "Nr Vraag Blz. (van) t/m", no answers
# ---------------------------------------------------------------------------------------------------------------
DEFENSIE_Q = [
    ("Hoeveel vacatures stonden er op 1 september 2025 open bij Defensie, uitgesplitst naar krijgsmachtdeel?", "9"),
    ("Kunt u toelichten waarom de uitgaven aan infrastructuur in 2026 lager zijn dan in 2025 geraamd was?", "14 15"),
    ("Wat is de actuele stand van de voorraden munitie ten opzichte van de NAVO-normen?", "17"),
    ("Hoeveel middelen zijn beschikbaar voor de verwerving van luchtverdedigingssystemen en hoe verhoudt dit zich "
     "tot de afspraken die in NAVO-verband zijn gemaakt over de capaciteitsdoelstellingen?", "21 22"),
    ("Welke gevolgen heeft de stijging van de materieelprijzen voor de in de Defensienota 2024 aangekondigde "
     "investeringen?", "25"),
    ("Kunt u een overzicht geven van de uitgaven aan internationale missies in 2024 en 2025?", "31"),
    ("Hoeveel reservisten zijn er op dit moment en wat is de streefwaarde voor 2030?", "33 34"),
    ("Waarom is de bijdrage aan het Europees Defensiefonds in de begroting niet afzonderlijk zichtbaar?", ""),
]


def make_defensie_inbreng():
    head = kamerstuk_head("2025–2026", "36 800 X", ["Vaststelling van de begrotingsstaten van het Ministerie van",
                                                     "Defensie (X) voor het jaar 2026"],
                          "Nr. 5 LIJST VAN VRAGEN", "Vastgesteld 9 oktober 2025")
    intro = [("p", "De vaste commissie voor Defensie heeft een aantal vragen voorgelegd aan de Minister en de "
                   "Staatssecretaris van Defensie over de Vaststelling van de begrotingsstaten van het Ministerie van "
                   "Defensie (X) voor het jaar 2026 (Kamerstuk 36 800 X, nr. 2)."),
             ("l", "De voorzitter van de commissie,"), ("l", "Kahraman"), ("b",),
             ("l", "De adjunct-griffier van de commissie,"), ("l", "Manten"), ("b",)]
    body = [("l", "Nr Vraag Blz. (van) t/m")]
    for i, (q, pages) in enumerate(DEFENSIE_Q, 1):
        lines = wrap(q, 64)
        lines[0] = f"{i} " + lines[0]
        if pages:
            lines[-1] += " " + pages
        body += [("l", l) for l in lines]
    t = Typeset(74, 30, lambda page: [] if page == 1 else ["Nr Vraag Blz. (van) t/m"],
                kamerstuk_footer("2025–2026", "36 800 X, nr. 5")).add(head + intro + body)
    write("inbreng-lijst-van-vragen-tabelkop.txt", t.text())
    gold("inbreng-lijst-van-vragen-tabelkop.txt", [],
         {"kind": "inbreng", "date": "2025-10-09", "committee": "vaste commissie voor Defensie",
          "reference": "36800-X-5"}, unanswered=[q for q, _ in DEFENSIE_Q])


if __name__ == "__main__":
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for make in (make_ocw, make_jenv, make_szw, make_vws, make_kgg, make_milieu, make_jbz, make_punten,
                 make_defensie_inbreng):
        make()
    with open(os.path.join(HERE, "heldout5-gold.json"), "w", encoding="utf-8") as f:
        json.dump(GOLD, f, ensure_ascii=False, indent=1)
        f.write("\n")
