#!/usr/bin/env python3
"""Writes the held-out fixtures of round 4 (heldout4/) and their gold (heldout4-gold.json). Text invented, written
before the parser was read. The .txt files imitate text extracted from typeset PDFs: lines wrapped at the column
width, words split at line ends ("|" in the source marks where a word may be split), running headers and footers
between pages (form feeds), footnote texts at the page bottom ("{fnN}" marks the marker), broken ligature glyphs
(RO Sans: ti, ft, ff) and "{PB}" where a page breaks inside a paragraph. The DOCX and ODT are made by LibreOffice
from HTML. Needs soffice (libreoffice-writer). Run: python3 make_heldout4.py"""
import json, os, re, shutil, subprocess, tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout4")
GOLD = []


# ------------------------------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------------------------------
def clean(text, notes=None):
    """The text as the gold wants it: split points, page breaks and footnote markers gone (the footnote's text goes
    to the pair's footnotes)."""
    text = text.replace("{NL} ", "").replace(" {NL}", "")
    text = text.replace("|", "").replace("{PB} ", "").replace(" {PB}", "").replace("{PB}", "")
    return re.sub(r"\{fn(\d+)\}", "", text)


def paras(x):
    return x if isinstance(x, list) else [x]


def words(text, n, last=False):
    w = text.split()
    return " ".join(w[-n:] if last else w[:n])


def gold(file, pairs, document=None, unanswered=()):
    entry = {"file": file}
    if document:
        entry["document"] = document
    entry["pairs"] = []
    for p in pairs:
        q = "\n\n".join(clean(x) for x in paras(p["q"]))
        a = "\n\n".join(clean(x) for x in paras(p["a"]))
        g = {}
        if p.get("n") is not None:
            g["numbers"] = p["n"]
        if p.get("party"):
            g["party"] = p["party"]
        if p.get("members"):
            g["members"] = p["members"]
        g["question_start"] = words(q, 8)
        g["answer_start"] = words(a, 7)
        g["answer_end"] = words(a, 8, last=True)
        g["question"] = q
        g["answer"] = a
        if p.get("notes"):
            g["footnotes"] = p["notes"]
        entry["pairs"].append(g)
    if unanswered:
        entry["unanswered"] = []
        for u in unanswered:
            q = "\n\n".join(clean(x) for x in paras(u["q"]))
            g = {}
            if u.get("party"):
                g["party"] = u["party"]
            g["question_start"] = words(q, 8)
            g["question"] = q
            entry["unanswered"].append(g)
    GOLD.append(entry)


# ------------------------------------------------------------------------------------------------------------------
# a typeset page, as pdftotext prints it
# ------------------------------------------------------------------------------------------------------------------
LIGATURES = [("ti", "\u019f"), ("ft", "\u014c"), ("ff", "\u01af")]


def ligatures(line):
    for plain, glyph in LIGATURES:
        line = line.replace(plain, glyph)
    return line


def wrap(text, width):
    """Lines of at most width characters; a word with "|" split points may be split with a hyphen; "{PB}" ends the
    line it is on with a page break (returned as the string "\f" after that line)."""
    out, line, brk = [], "", False
    for word in text.split(" "):
        if word == "{PB}":
            brk = True
            continue
        if word == "{NL}":
            out.append(line)
            line = ""
            continue
        plain = word.replace("|", "")
        if not line:
            line = plain
        elif len(line) + 1 + len(plain) <= width:
            line += " " + plain
        else:
            done = False
            parts = word.split("|")
            for i in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:i]) + ("" if parts[i - 1].endswith("-") else "-")
                if len(line) + 1 + len(head) <= width:
                    out.append(line + " " + head)
                    line = "".join(parts[i:])
                    done = True
                    break
            if not done and "-" in plain[:-1] and "|" not in word:
                head, tail = plain.split("-", 1)
                if len(line) + 2 + len(head) <= width:
                    out.append(line + " " + head + "-")
                    line = tail
                    done = True
            if not done:
                out.append(line)
                line = plain
            if brk:
                out.append("\f")
                brk = False
    out.append(line)
    if brk:
        out.append("\f")
    return out


class Pages:
    """Body lines with page furniture: header(page) before and footer(page) after every page, footnote texts at the
    bottom of the page whose text carries their marker, a form feed between pages."""

    def __init__(self, width, header, footer, notes=None, glyphs=False, trailing=" "):
        self.width, self.header, self.footer = width, header, footer
        self.notes = notes or {}
        self.glyphs = glyphs
        self.trailing = trailing
        self.page = 1
        self.pending = []
        self.out = list(header(1))

    def line(self, text):
        if text == "\f":
            self.newpage()
            return
        for n in re.findall(r"\{fn(\d+)\}", text):
            self.pending.append(n)
        text = re.sub(r"\{fn(\d+)\}", r"\1", text)
        if self.glyphs:
            text = ligatures(text)
        self.out.append(text + (self.trailing if text else ""))

    def para(self, text, indent=""):
        for ln in wrap(text, self.width - len(indent)):
            self.line(ln if ln == "\f" else indent + ln)

    def blank(self):
        self.out.append("")

    def raw(self, text):
        self.out.append(text)

    def flush_notes(self):
        if self.pending:
            self.out.append("")
            for n in self.pending:
                for i, ln in enumerate(wrap(n + " " + self.notes[n], self.width)):
                    self.out.append(ln if i == 0 else ln)
            self.pending = []

    def newpage(self):
        self.flush_notes()
        self.out += list(self.footer(self.page))
        self.page += 1
        self.out.append("\f")
        self.out += list(self.header(self.page))

    def text(self):
        self.flush_notes()
        self.out += list(self.footer(self.page))
        return "\n".join(self.out).replace("\n\f\n", "\n\f") + "\n"


def write(name, text, encoding="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=encoding, newline="") as f:
        f.write(text)


def soffice(src, fmt, outdir, infilter=None):
    cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-heldout4"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def from_html(name, html, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.splitext(name)[0]
        src = os.path.join(tmp, base + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html)
        soffice(src, fmt, tmp, infilter="HTML (StarWriter)")
        shutil.copy(os.path.join(tmp, name), os.path.join(OUT, name))


# ------------------------------------------------------------------------------------------------------------------
# 1. Aanhangsel van de Handelingen from its typeset PDF: "Vraag 1" / "Antwoord 1", footnotes at the page bottom,
#    the ah-tk footer and "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel N" on every page
# ------------------------------------------------------------------------------------------------------------------
BOX3_ASKERS = {"members": ["Van der Linde", "Hoekstra-Mulder"]}
BOX3_NOTES = {
    "1": "De Telegraaf, 1 juli 2024, «Spaarders wachten nog altijd op hun geld van de Belastingdienst».",
    "2": "Kamerstuk 32 140, nr. 215.",
    "3": "Aanhangsel Handelingen II 2023/24, nr. 2187.",
}
BOX3 = [
    {"n": [1], "q": "Bent u bekend met het bericht «Spaarders wachten nog altijd op hun geld van de Belasting|dienst»?{fn1}",
     "a": "Ja.", "notes": [BOX3_NOTES["1"]]},
    {"n": [2], "q": "Hoeveel belastingplichtigen hebben inmiddels een tegemoetkoming ontvangen op grond van de Wet "
                    "rechtsherstel box 3, en hoeveel belastingplichtigen wachten hier nog op? Kunt u dit uitsplitsen "
                    "naar de belastingjaren 2017 tot en met 2022?",
     "a": ["Op 1 augustus 2024 hadden circa 2,1 miljoen belastingplichtigen een herstel|bericht of een aangepaste "
           "aanslag ontvangen. Voor ongeveer 265.000 belastingplichtigen loopt de berekening nog. Het gaat vooral "
           "om aangiften over de jaren 2021 en 2022 waarin ook een verzoek om toepassing van de tegenbewijsregeling "
           "is gedaan.",
           "Een uitsplitsing naar belastingjaar kan de Belastingdienst op dit moment niet betrouwbaar maken, omdat "
           "een belasting|plichtige voor meerdere jaren tegelijk in behandeling kan zijn. Ik zal uw Kamer in de "
           "eerstvolgende voortgangs|rapportage over deze uitsplitsing informeren."]},
    {"n": [3], "q": "In het bericht wordt gesteld dat belastingplichtigen die na de massaal|bezwaar|procedure "
                    "individueel bezwaar hebben gemaakt «achteraan in de rij» terechtkomen. Klopt dit? Zo nee, in "
                    "welke volgorde worden de bezwaren afgehandeld?",
     "a": ["Nee, dat klopt niet. De Belastingdienst behandelt de bezwaren in de volgorde waarin de benodigde "
           "gegevens compleet zijn. Belastingplichtigen die een individueel bezwaar hebben ingediend, worden niet "
           "later geholpen dan belastingplichtigen die onder de massaalbezwaar|procedure vallen.",
           "Wel is het zo dat een bezwaar waarin de tegenbewijs|regeling wordt ingeroepen meer tijd vergt. Zoals "
           "ik in de zevende voortgangs|rapportage heb gemeld,{fn2} moet de Belastingdienst in die gevallen het "
           "werkelijke rendement per vermogens|bestanddeel vaststellen."], "notes": [BOX3_NOTES["2"]]},
    {"n": [4, 5], "q": ["Hoe lang duurt het gemiddeld voordat een belastingplichtige na het indienen van een "
                        "verzoek om tegenbewijs een beslissing ontvangt?",
                        "Wat is de reden dat de wettelijke beslistermijn in een groot deel van de gevallen wordt "
                        "overschreden?"],
     "a": ["De gemiddelde doorlooptijd bedroeg in het eerste halfjaar van 2024 ruim zeven maanden. De wettelijke "
           "beslistermijn van zes weken, die met zes weken kan worden verlengd, wordt daarmee in de meeste "
           "gevallen overschreden.",
           "Dat komt doordat de Belastingdienst de verzoeken grotendeels handmatig moet beoordelen en de "
           "benodigde ICT-voorzieningen pas in de loop van 2025 beschikbaar komen. Daarnaast is het aantal "
           "verzoeken aanzienlijk hoger dan bij de totstandkoming van de wet werd verwacht."]},
    {"n": [6], "q": "Bent u bereid belastingplichtigen die langer dan een jaar op hun geld wachten een "
                    "vergoeding toe te kennen, bijvoorbeeld in de vorm van een verhoogde invorderingsrente?",
     "a": ["Over het terug te geven bedrag wordt invorderings|rente vergoed volgens de gebruikelijke regels. Een "
           "aanvullende vergoeding bovenop de invorderingsrente acht ik niet passend, omdat de vertraging niet "
           "het gevolg is van een onrechtmatige handeling van de Belastingdienst. Ik begrijp {PB} dat het lange "
           "wachten voor belastingplichtigen vervelend is. Daarom heeft de Belastingdienst extra medewerkers "
           "ingezet op de afhandeling van de verzoeken om tegenbewijs."]},
    {"n": [7], "q": "Kunt u deze vragen afzonderlijk en binnen drie weken beantwoorden?",
     "a": "De beantwoording heeft meer tijd gevergd dan gebruikelijk, omdat voor de beantwoording van de vragen 2 "
          "en 4 informatie van de Belastingdienst nodig was. Ik heb uw Kamer hierover op 24 juli 2024 "
          "geïnformeerd.{fn3}", "notes": [BOX3_NOTES["3"]]},
]


def make_aanhangsel():
    def header(page):
        if page == 1:
            return ["Aanhangsel van de Handelingen", "Vragen gesteld door de leden der Kamer, met de daarop door de "
                    "regering gegeven antwoorden", "", "Tweede Kamer der Staten-Generaal", "Vergaderjaar 2023–2024",
                    "", "2301", ""]
        return [""]

    def footer(page):
        return ["", "ah-tk-20232024-2301", "ISSN 0921-7398", "’s-Gravenhage 2024",
                f"Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel {page}", ""]

    pg = Pages(92, header, footer, BOX3_NOTES, trailing="")
    pg.para("2024Z11876")
    pg.blank()
    pg.para("Vragen van de leden Van der Linde (GroenLinks-PvdA) en Hoekstra-Mulder (NSC) aan de Staatssecretaris "
            "van Financiën over de trage terugbetaling van te veel betaalde box 3-heffing (ingezonden 3 juli 2024).")
    pg.blank()
    pg.para("Antwoord van Staatssecretaris Van Oosterwijk (Financiën) (ontvangen 26 augustus 2024). Zie ook "
            "Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 2187.")
    for p in BOX3:
        for i, (n, q) in enumerate(zip(p["n"], paras(p["q"]))):
            pg.blank()
            pg.line(f"Vraag {n}")
            pg.para(q)
        pg.blank()
        pg.line("Antwoord " + " en ".join(str(n) for n in p["n"]))
        for i, a in enumerate(paras(p["a"])):
            if i:
                pg.blank()
            pg.para(a)
        if p["n"] == [3]:
            pg.newpage()
    write("aanhangsel-pdf-voetnoten.txt", pg.text())
    gold("aanhangsel-pdf-voetnoten.txt", [dict(p, **BOX3_ASKERS) for p in BOX3],
         {"kind": "kamervragen", "responder": "staatssecretaris van Financiën"})


# ------------------------------------------------------------------------------------------------------------------
# 2. Ministry letter from its PDF (Rijkshuisstijl): the letterhead's right column in the text flow on page 1,
#    "Datum / Kenmerk / Pagina N van 5" on every later page, broken ligature glyphs, "Vraag 1" / "Antwoord 1"
# ------------------------------------------------------------------------------------------------------------------
BIJEN_ASKER = {"party": "PvdD", "members": ["Kuipers-Brand"]}
BIJEN = [
    {"n": [1], "q": "Bent u bekend met het onderzoek van de Universiteit Wageningen waaruit blijkt dat in de "
                    "bollenstreek in het voorjaar van 2024 op meerdere locaties massale sterfte van wilde bijen is "
                    "vastgesteld?",
     "a": "Ja, ik heb kennisgenomen van het onderzoek."},
    {"n": [2], "q": "De onderzoekers troffen in de dode bijen resten aan van middelen die in de Europese Unie niet "
                    "meer buiten kassen mogen worden gebruikt. Hoe is het mogelijk dat deze middelen nog in de "
                    "open teelt terechtkomen?",
     "a": ["Het onderzoek laat niet zien langs welke weg de aangetroffen stoffen in de bijen terecht zijn gekomen. "
           "Mogelijke verklaringen zijn het gebruik van restvoorraden, het gebruik van middelen die buiten "
           "Nederland zijn gekocht, of de uitspoeling van stoffen die in eerdere jaren zijn toegepast en lang in "
           "de bodem achterblijven.",
           "De Nederlandse Voedsel- en Warenautoriteit (NVWA) houdt toezicht op het gebruik van gewasbeschermings"
           "|middelen. Ik heb de NVWA gevraagd de bevindingen van de onderzoekers te betrekken bij de inspecties "
           "in het komende teeltseizoen. {PB} Daarnaast laat ik onderzoeken hoe lang de betrokken stoffen in de "
           "bodem van de bollenstreek aantoonbaar blijven."]},
    {"n": [3], "q": "Klopt het dat de NVWA in 2024 slechts veertien inspecties heeft uitgevoerd op het gebruik van "
                    "gewasbeschermings|middelen in de bollenteelt? Zo ja, acht u dit voldoende?",
     "a": ["In 2024 heeft de NVWA in de bollenteelt veertien inspecties uitgevoerd die specifiek gericht waren op "
           "het gebruik van gewasbeschermings|middelen. Daarnaast is tijdens andere inspecties, onder meer op het "
           "gebied van de etikettering en opslag, in 37 gevallen gekeken naar de aanwezige middelen.",
           "De NVWA bepaalt haar inzet risicogericht. Ik zie in het onderzoek aanleiding om de NVWA te vragen de "
           "bollenteelt in 2025 een hogere prioriteit te geven. Daarbij gaat het om:",
           "– controle van de voorraden bij telers en loonwerkers;",
           "– bemonstering van oppervlaktewater in de directe omgeving van percelen;",
           "– gerichte controles op de herkomst van middelen die via internet zijn gekocht."]},
    {"n": [4], "q": "Welke stappen gaat u zetten om het effect van gewasbeschermingsmiddelen op wilde bijen beter "
                    "in beeld te brengen, ook in de toelatingsprocedure?",
     "a": "Het Ctgb beoordeelt bij de toelating van een middel ook de risico's voor bijen. Sinds 2023 wordt daarbij "
          "de herziene Europese richtsnoer voor bijen toegepast, die naast de honingbij ook hommels en solitaire "
          "bijen betreft. Ik zal in Europees verband blijven pleiten voor een snelle en volledige toepassing van "
          "deze richtsnoer door alle lidstaten."},
    {"n": [5], "q": "Bent u bereid de Kamer te informeren over de uitkomsten van de inspecties van de NVWA in het "
                    "teeltseizoen 2025?",
     "a": "Ja. Ik zal uw Kamer in het eerste kwartaal van 2026 informeren over de uitkomsten van de inspecties en "
          "het onderzoek naar de bodem."},
]


def make_letter():
    def header(page):
        if page == 1:
            return []
        return ["Directoraat-generaal Agro", "", "Datum", "4 maart 2025", "Kenmerk", "DGA-PAV / 2025-0000123456",
                "", f"Pagina {page} van 4", "", ""]

    def footer(page):
        return [f"Pagina {page} van 4", ""] if page == 1 else [""]

    pg = Pages(82, header, footer, glyphs=True)
    for ln in ["> Retouradres Postbus 20401 2500 EK Den Haag", "", "De Voorzitter van de Tweede Kamer",
               "der Staten-Generaal", "Prinses Irenestraat 6", "2595 BD  DEN HAAG", "", "Ministerie van Landbouw,",
               "Visserij, Voedselzekerheid", "en Natuur", "", "Bezoekadres", "Bezuidenhoutseweg 73", "2594 AC Den Haag",
               "", "Postbus 20401", "2500 EK Den Haag", "www.rijksoverheid.nl/lvvn", "", "Ons kenmerk",
               "DGA-PAV / 2025-0000123456", "Uw kenmerk", "2025Z01876", "", "Bijlage(n)", "1", ""]:
        pg.raw(ln)
    pg.raw("Datum 4 maart 2025")
    pg.raw("Betreft Antwoorden Kamervragen over sterfte van wilde bijen in de bollenstreek")
    pg.blank()
    pg.blank()
    pg.line("Geachte voorzitter,")
    pg.blank()
    pg.para("Hierbij bied ik u, mede namens de staatssecretaris van Infrastructuur en Waterstaat, de antwoorden aan "
            "op de vragen van het lid Kuipers-Brand (PvdD) over de sterfte van wilde bijen door het gebruik van "
            "gewasbeschermings|middelen in de bollenstreek (kenmerk 2025Z01876, ingezonden 5 februari 2025).")
    pg.blank()
    pg.blank()
    pg.line("De minister van Landbouw, Visserij,")
    pg.line("Voedselzekerheid en Natuur,")
    pg.blank()
    pg.blank()
    pg.blank()
    pg.line("J.C. van Rossum-Bakker")
    pg.newpage()
    pg.para("Antwoorden van de minister van Landbouw, Visserij, Voedselzekerheid en Natuur op vragen van het lid "
            "Kuipers-Brand (PvdD) over de sterfte van wilde bijen in de bollenstreek (ingezonden 5 februari 2025, "
            "2025Z01876)")
    for p in BIJEN:
        pg.blank()
        pg.line(f"Vraag {p['n'][0]}")
        pg.para(p["q"])
        pg.blank()
        pg.line(f"Antwoord {p['n'][0]}")
        for i, a in enumerate(paras(p["a"])):
            if i and not a.startswith("–"):
                pg.blank()
            pg.para(a, "" if not a.startswith("–") else "")
        if p["n"] == [3]:
            pg.newpage()
    write("kamervragen-brief-briefhoofd-pdf.txt", pg.text())
    gold("kamervragen-brief-briefhoofd-pdf.txt", [dict(p, **BIJEN_ASKER) for p in BIJEN],
         {"kind": "kamervragen", "date": "2025-03-04",
          "responder": "minister van Landbouw, Visserij, Voedselzekerheid en Natuur"})


# ------------------------------------------------------------------------------------------------------------------
# 3. Kamervragen answered with no label at all: the number on its own line, the question, then the answer's
#    paragraphs; a wrapped answer line that starts with the next question's number ("{NL}" forces the line end)
# ------------------------------------------------------------------------------------------------------------------
HUUR_ASKER = {"party": "GroenLinks-PvdA", "members": ["El Amrani"]}
HUUR = [
    {"n": [1], "q": "Bent u bekend met het artikel «Studenten in Groningen betalen honderden euro’s te veel huur» "
                    "in het Dagblad van het Noorden van 12 maart 2025?",
     "a": "Ja."},
    {"n": [2], "q": "In het artikel staat dat bij ruim een derde van de onderzochte kamers de huur hoger is dan "
                    "het wettelijk maximum op grond van het woningwaarderings|stelsel. Herkent u dit beeld?",
     "a": ["Ik heb geen eigen gegevens over de huurprijzen van de kamers die in het artikel zijn onderzocht. Het "
           "beeld sluit wel aan bij de Monitor Kamers van 2024, waaruit blijkt dat bij ongeveer 30 procent van de "
           "onzelfstandige woonruimten de gevraagde huur boven de maximale huurprijs ligt.",
           "Dat is een hardnekkig probleem. Met de Wet goed verhuurderschap hebben gemeenten sinds 1 juli 2023 "
           "meer mogelijkheden gekregen om hiertegen op te treden."]},
    {"n": [3], "q": "Hoeveel procedures over de huurprijs van onzelfstandige woonruimte zijn in 2024 bij de "
                    "Huurcommissie gestart? Hoe lang duurde zo’n procedure gemiddeld?",
     "a": "In 2024 zijn bij de Huurcommissie 6.480 procedures over onzelfstandige woonruimte gestart. De "
          "gemiddelde doorlooptijd bedroeg ruim {NL} 4 maanden. De Huurcommissie streeft ernaar de doorlooptijd "
          "in 2025 terug te brengen tot drie maanden."},
    {"n": [4], "q": "Wat vindt u ervan dat verhuurders de huur verhogen zonder de huurder een puntentelling te "
                    "overleggen?",
     "a": ["Dat vind ik onwenselijk. Een huurder moet kunnen nagaan of de gevraagde huur redelijk is.",
           "Een verhuurder is niet verplicht bij iedere huurverhoging een puntentelling te overleggen. Wel moet de "
           "verhuurder bij het aangaan van de huurovereenkomst de maximale huurprijs vermelden. Ik onderzoek of "
           "deze verplichting kan worden uitgebreid tot de jaarlijkse huurverhoging."]},
    {"n": [5], "q": "Welke mogelijkheden hebben gemeenten om op te treden tegen verhuurders die structureel te "
                    "veel huur vragen? Maken gemeenten voldoende gebruik van die mogelijkheden?",
     "a": ["Gemeenten kunnen op grond van de Wet goed verhuurderschap een waarschuwing geven, een bestuurlijke "
           "boete opleggen en in het uiterste geval het beheer van de woonruimte overnemen. Sinds 1 januari 2025 "
           "kunnen zij ook optreden wanneer een verhuurder een hogere huur vraagt dan de maximale huurprijs.",
           "Uit de eerste evaluatie van de wet blijkt dat gemeenten de nieuwe bevoegdheden nog beperkt gebruiken. "
           "Veel gemeenten zijn nog bezig met het opzetten van een meldpunt en het werven van toezichthouders. "
           "{PB} Ik ondersteun gemeenten daarbij met een handreiking en met het expertteam goed verhuurderschap.",
           "Ik verwacht dat het aantal handhavingsverzoeken in 2025 verder toeneemt."]},
    {"n": [6], "q": "Bent u bereid met de Landelijke Studentenvakbond en de gemeenten met de grootste "
                    "studentenpopulatie in gesprek te gaan over een gezamenlijke aanpak?",
     "a": "Ja. Ik zal de Landelijke Studentenvakbond en de betrokken gemeenten dit voorjaar uitnodigen voor een "
          "gesprek. Over de uitkomst daarvan informeer ik uw Kamer voor de zomer."},
]


def make_unlabeled():
    def header(page):
        return [] if page == 1 else ["", "Kenmerk 2025-0000456789", ""]

    def footer(page):
        return ["", f"Pagina {page} van 3", ""]

    pg = Pages(80, header, footer)
    pg.para("Antwoorden van de minister van Volkshuisvesting en Ruimtelijke Ordening op vragen van het lid "
            "El Amrani (GroenLinks-PvdA) over te hoge huren voor studentenkamers (ingezonden 14 maart 2025, "
            "2025Z04512)")
    for p in HUUR:
        pg.blank()
        pg.blank()
        pg.line(str(p["n"][0]))
        pg.para(p["q"])
        for a in paras(p["a"]):
            pg.blank()
            pg.para(a)
        if p["n"] == [3]:
            pg.newpage()
    write("kamervragen-zonder-antwoordlabel.txt", pg.text())
    gold("kamervragen-zonder-antwoordlabel.txt", [dict(p, **HUUR_ASKER) for p in HUUR],
         {"kind": "kamervragen", "responder": "minister van Volkshuisvesting en Ruimtelijke Ordening"})


# ------------------------------------------------------------------------------------------------------------------
# 5. Combined questions: "Vraag 2" "Vraag 3" / "Antwoord op vraag 2 en 3", "Vraag 4 t/m 6" / "Antwoord op de
#    vragen 4 tot en met 6", "Vragen 7, 8 en 9" / "Antwoord op de vragen 7, 8 en 9"
# ------------------------------------------------------------------------------------------------------------------
RECL_ASKER = {"party": "VVD", "members": ["Schuurman", "De Kort"]}
RECL = [
    {"n": [1], "label": "Vraag 1", "alabel": "Antwoord op vraag 1",
     "q": "Bent u bekend met het bericht «Reclassering kan toezicht op enkelbanddragers niet meer aan»?",
     "a": "Ja."},
    {"n": [2, 3], "label": None, "alabel": "Antwoord op vraag 2 en 3",
     "q": ["Hoeveel justitiabelen met een enkelband stonden op 1 maart 2025 onder toezicht van de reclassering? "
           "Hoeveel toezichthouders waren daarvoor beschikbaar?",
           "Klopt het dat een toezichthouder gemiddeld meer dan veertig cliënten onder zijn hoede heeft, terwijl "
           "de norm op dertig ligt?"],
     "a": ["Op 1 maart 2025 droegen 1.142 justitiabelen een enkelband. Het toezicht op hen werd uitgevoerd door "
           "ongeveer 310 toezichthouders van de drie reclasserings|organisaties, die daarnaast ook justitiabelen "
           "zonder enkelband begeleiden.",
           "De caseload verschilt sterk per regio. Gemiddeld had een toezichthouder in het eerste kwartaal van "
           "2025 een caseload van 38 cliënten. In de regio’s Rotterdam en Amsterdam lag dat aantal hoger dan "
           "veertig. Ik vind dat te hoog."]},
    {"n": [4, 5, 6], "label": "Vraag 4 t/m 6", "alabel": "Antwoord op de vragen 4 tot en met 6",
     "q": ["Welke gevolgen heeft de hoge werkdruk voor de kwaliteit van het toezicht?",
           "Hoe vaak is in 2024 een melding van de enkelband niet of te laat opgevolgd?",
           "Zijn er in 2024 incidenten geweest waarbij een justitiabele een nieuw delict heeft gepleegd terwijl "
           "een melding niet was opgevolgd?"],
     "a": ["De reclassering geeft aan dat de hoge werkdruk ertoe leidt dat toezichthouders minder tijd hebben "
           "voor persoonlijk contact met hun cliënten. De opvolging van meldingen van de enkelband heeft daarbij "
           "wel altijd voorrang.",
           "In 2024 zijn 27.400 meldingen van enkelbanden binnengekomen. In 312 gevallen is een melding later "
           "opgevolgd dan de afgesproken termijn. Er is mij geen geval bekend waarin een melding in het geheel "
           "niet is opgevolgd.",
           "De reclassering registreert niet systematisch of een nieuw delict samenhangt met een te laat "
           "opgevolgde melding. Ik heb de reclassering gevraagd dit voortaan wel bij te houden."]},
    {"n": [7, 8, 9], "label": "Vragen 7, 8 en 9", "alabel": "Antwoord op de vragen 7, 8 en 9",
     "q": ["Welke maatregelen neemt u om het aantal toezichthouders op korte termijn te vergroten?",
           "Hoeveel vacatures staan er op dit moment open bij de reclasserings|organisaties?",
           "Bent u bereid te onderzoeken of het elektronisch toezicht deels kan worden uitgevoerd door "
           "medewerkers die geen reclasserings|werker zijn?"],
     "a": ["Op dit moment staan bij de drie reclasseringsorganisaties samen ongeveer 140 vacatures open. Om meer "
           "toezichthouders te werven heb ik voor 2025 en 2026 jaarlijks 12 miljoen euro extra beschikbaar "
           "gesteld. Daarnaast wordt de opleiding tot reclasserings|werker verkort voor zij-instromers met een "
           "relevante achtergrond.",
           "Het monitoren van de signalen van de enkelband gebeurt al door medewerkers van het Landelijk "
           "Monitoringcentrum, die geen reclasseringswerker zijn. De beoordeling van wat een signaal betekent en "
           "welke actie nodig is, blijft naar mijn oordeel een taak van de toezichthouder."]},
    {"n": [10], "label": "Vraag 10", "alabel": "Antwoord op vraag 10",
     "q": "Kunt u deze vragen beantwoorden voor het commissiedebat gevangeniswezen en tbs?",
     "a": "Ja."},
]


def make_ranges():
    def header(page):
        return [] if page == 1 else ["Directoraat-Generaal Straffen", "en Beschermen", "", "Datum", "17 april 2025",
                                     "", "Onze referentie", "6123456", "", ""]

    def footer(page):
        return ["", f"Pagina {page} van 4", ""]

    pg = Pages(84, header, footer)
    pg.para("Antwoorden op Kamervragen van de leden Schuurman en De Kort (beiden VVD) over het toezicht op "
            "enkelbanddragers door de reclassering (2025Z05117, ingezonden 20 maart 2025)")
    qn = 0
    for p in RECL:
        qs = paras(p["q"])
        if p["label"] is None:
            for n, q in zip(p["n"], qs):
                pg.blank()
                pg.line(f"Vraag {n}")
                pg.para(q)
        else:
            pg.blank()
            pg.line(p["label"])
            for i, q in enumerate(qs):
                if i:
                    pg.blank()
                pg.para(q)
        pg.blank()
        pg.line(p["alabel"])
        for i, a in enumerate(paras(p["a"])):
            if i:
                pg.blank()
            pg.para(a)
        if p["n"] in ([2, 3], [7, 8, 9]):
            pg.newpage()
    write("kamervragen-vragen-reeksen.txt", pg.text())
    gold("kamervragen-vragen-reeksen.txt",
         [dict({k: v for k, v in p.items() if k not in ("label", "alabel")}, **RECL_ASKER) for p in RECL],
         {"kind": "kamervragen"})


# ------------------------------------------------------------------------------------------------------------------
# 6. All questions first as the members sent them, then "Antwoorden": each answer repeats its question (italic in
#    the PDF, plain in the extraction) and the answer follows without a label
# ------------------------------------------------------------------------------------------------------------------
OV_ASKER = {"party": "CDA", "members": ["Veldhuis"]}
OV = [
    {"n": [1], "q": "Kent u het bericht «Buurtbus in Achterhoek rijdt niet meer door gebrek aan vrijwilligers»?",
     "a": "Ja."},
    {"n": [2], "q": "Hoeveel buurtbuslijnen zijn sinds 2020 opgeheven of ingekort wegens een tekort aan "
                    "vrijwillige chauffeurs?",
     "a": "Ik beschik niet over een landelijk overzicht. De vervoerregio’s en provincies zijn verantwoordelijk voor "
          "de buurtbus. Navraag bij het Interprovinciaal Overleg leert dat sinds 2020 ten minste 23 buurtbuslijnen "
          "zijn opgeheven en 41 lijnen minder vaak rijden."},
    {"n": [3], "q": "Deelt u de mening dat ook inwoners van kleine kernen een basisvoorziening van openbaar "
                    "vervoer verdienen?",
     "a": ["Ja. Bereikbaarheid is een voorwaarde om mee te kunnen doen in de samenleving, ook voor wie in een "
           "kleine kern woont en niet zelf kan rijden.",
           "Met de provincies werk ik daarom aan een basiskwaliteitsnet voor het openbaar vervoer. Daarin wordt "
           "vastgelegd welk voorzieningenniveau iedere inwoner mag verwachten."]},
    {"n": [4], "q": "Welke rol ziet u voor het Rijk bij het in stand houden van de buurtbus?",
     "a": "De buurtbus is onderdeel van de concessies die de provincies verlenen. Het Rijk draagt via de brede "
          "doeluitkering en het provinciefonds bij aan de financiering van het regionale openbaar vervoer. Een "
          "rechtstreekse rol bij de buurtbus heeft het Rijk niet."},
    {"n": [5], "q": "Bent u bereid de vrijwilligersvergoeding voor buurtbuschauffeurs fiscaal aantrekkelijker te "
                    "maken?",
     "a": ["De vrijwilligersvergoeding is tot een maximum van € 2.100 per jaar onbelast. Dit maximum geldt voor "
           "alle vrijwilligers en is per 1 januari 2025 verhoogd. Een afzonderlijke regeling voor buurtbus|"
           "chauffeurs ligt niet voor de hand, omdat daarmee onderscheid wordt gemaakt tussen groepen "
           "vrijwilligers.",
           "Ik ben wel met de staatssecretaris van Financiën in gesprek over de vraag of het maximum voor alle "
           "vrijwilligers verder omhoog kan."]},
    {"n": [6], "q": "Kunt u deze vragen beantwoorden voor het commissiedebat openbaar vervoer van 15 mei "
                    "aanstaande?",
     "a": "Helaas is dat niet gelukt."},
]


def make_repeated():
    def header(page):
        return ["", "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel", ""] if page > 1 else [
            "Aanhangsel van de Handelingen", "Vragen gesteld door de leden der Kamer, met de daarop door de regering "
            "gegeven antwoorden", "", "Tweede Kamer der Staten-Generaal", "Vergaderjaar 2024–2025", "", "2644", ""]

    def footer(page):
        return ["", f"ah-tk-20242025-2644 ISSN 0921-7398 ’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2024–2025, "
                    f"Aanhangsel {page}", ""]

    pg = Pages(90, header, footer, trailing="")
    pg.para("2025Z08812")
    pg.blank()
    pg.para("Vragen van het lid Veldhuis (CDA) aan de Minister van Infrastructuur en Waterstaat over het verdwijnen "
            "van buurtbussen in landelijk gebied (ingezonden 2 mei 2025).")
    for p in OV:
        pg.blank()
        pg.para(f"{p['n'][0]}. " + p["q"])
    pg.blank()
    pg.para("Antwoord van Minister Koerselman (Infrastructuur en Waterstaat) (ontvangen 4 juni 2025).")
    pg.blank()
    pg.line("Antwoorden")
    for p in OV:
        pg.blank()
        pg.para(f"{p['n'][0]}. " + p["q"])
        for a in paras(p["a"]):
            pg.blank()
            pg.para(a)
        if p["n"] == [3]:
            pg.newpage()
    write("aanhangsel-vragen-eerst-antwoorden-herhalen.txt", pg.text())
    gold("aanhangsel-vragen-eerst-antwoorden-herhalen.txt", [dict(p, **OV_ASKER) for p in OV],
         {"kind": "kamervragen", "responder": "minister van Infrastructuur en Waterstaat"})


# ------------------------------------------------------------------------------------------------------------------
# 7. A question with a numbered list and a quoted passage, "Antwoord vraag N" without "op", and an answer that is
#    only "Zie het antwoord op vraag 3."
# ------------------------------------------------------------------------------------------------------------------
ZORG_ASKER = {"party": "SP", "members": ["Hendriksen"]}
ZORG = [
    {"n": [1], "q": "Heeft u kennisgenomen van het rapport van de Nederlandse Zorgautoriteit (NZa) over de "
                    "wachttijden in de geestelijke gezondheidszorg voor jongeren?",
     "a": "Ja."},
    {"n": [2], "q": ["In het rapport schrijft de NZa:",
                     "“In vier van de tien regio’s wachten jongeren met een complexe zorgvraag langer dan "
                     "veertien weken op een intake. In deze regio’s is geen sprake van een sluitende aanpak tussen "
                     "gemeenten en zorgverzekeraars.”",
                     "Welke regio’s zijn dit, en wat is de gemiddelde wachttijd in elk van deze regio’s?"],
     "a": "Het gaat om de regio’s Noord-Holland Noord, Twente, Zuid-Limburg en Zeeland. De gemiddelde wachttijd "
          "tot de intake bedroeg daar in 2024 respectievelijk 15, 17, 19 en 22 weken."},
    {"n": [3], "q": ["Bent u bereid in deze regio’s in te grijpen? Wilt u daarbij in ieder geval ingaan op:",
                     "1. de mogelijkheid om jongeren op de wachtlijst te verwijzen naar een aanbieder in een andere "
                     "regio;",
                     "2. de rol van de zorgverzekeraars bij het inkopen van voldoende capaciteit;",
                     "3. de afspraken tussen gemeenten en zorgverzekeraars over jongeren die achttien worden?"],
     "a": ["Ja. De NZa heeft de zorgverzekeraars in de vier regio’s gevraagd voor 1 juli 2025 een plan van "
           "aanpak in te dienen. Daarin moeten zij in elk geval ingaan op de wachtlijstbemiddeling naar "
           "aanbieders in andere regio’s en op de inkoop van extra capaciteit.",
           "De afspraken over jongeren die achttien worden, maken deel uit van het programma dat ik samen met de "
           "VNG en Zorgverzekeraars Nederland uitvoer. Ik verwacht dat in de vier regio’s voor het einde van dit "
           "jaar sluitende afspraken zijn gemaakt."]},
    {"n": [4], "q": "Wat gaat u doen om te voorkomen dat jongeren die op een wachtlijst staan in een crisis "
                    "belanden?",
     "a": "Zie het antwoord op vraag 3."},
    {"n": [5], "q": "Kunt u aangeven wanneer de wachttijden in deze regio’s weer binnen de Treeknormen vallen?",
     "a": "Dat kan ik op dit moment niet aangeven. Ik zal uw Kamer in het najaar informeren over de voortgang van "
          "de plannen van aanpak."},
]


def make_quoted_list():
    def header(page):
        return [] if page == 1 else ["Kenmerk", "4087654-1081234-CZ", ""]

    def footer(page):
        return ["", f"Pagina {page} van 3", ""]

    pg = Pages(80, header, footer, glyphs=True)
    pg.para("Antwoorden op vragen van het lid Hendriksen (SP) over de wachttijden in de ggz voor jongeren "
            "(2025Z06234)")
    for p in ZORG:
        n = p["n"][0]
        pg.blank()
        pg.line(f"Vraag {n}")
        for i, q in enumerate(paras(p["q"])):
            if i and not q[:2] in ("1.", "2.", "3."):
                pg.blank()
            pg.para(q, "    " if q.startswith("“") else "")
        pg.blank()
        pg.line(f"Antwoord vraag {n}")
        for i, a in enumerate(paras(p["a"])):
            if i:
                pg.blank()
            pg.para(a)
        if n in (2, 4):
            pg.newpage()
    write("kamervragen-opsomming-citaat.txt", pg.text())
    gold("kamervragen-opsomming-citaat.txt", [dict(p, **ZORG_ASKER) for p in ZORG], {"kind": "kamervragen"})


# ------------------------------------------------------------------------------------------------------------------
# 8. Part of the questions answered, the others postponed ("Vraag 4" and "Vraag 5" printed with no answer),
#    "Beantwoording vraag N" labels
# ------------------------------------------------------------------------------------------------------------------
NET_ASKER = {"party": "JA21", "members": ["Brouwer"]}
NET = [
    {"n": [1], "q": "Bent u bekend met het bericht dat netbeheerder Liander in delen van Gelderland en Flevoland "
                    "geen nieuwe grootverbruik|aansluitingen meer toekent tot ten minste 2030?",
     "a": "Ja."},
    {"n": [2], "q": "Hoeveel bedrijven staan op dit moment op een wachtlijst voor een aansluiting of een "
                    "uitbreiding van hun transportcapaciteit?",
     "a": ["Volgens de gegevens van Netbeheer Nederland stonden op 1 mei 2025 ruim 11.900 aanvragen voor "
           "afname op de wachtlijst en ruim 8.300 aanvragen voor teruglevering. Een deel van deze aanvragen komt "
           "van dezelfde bedrijven.",
           "Het aantal aanvragen is in het afgelopen jaar met ongeveer 20 procent gestegen."]},
    {"n": [3], "q": "Welke gevolgen heeft de netcongestie voor de bouw van nieuwe woningen in de betrokken "
                    "provincies?",
     "a": "De netbeheerders geven voorrang aan aansluitingen voor woningen met een kleinverbruik|aansluiting. De "
          "bouw van woonwijken wordt daardoor in de meeste gevallen niet vertraagd. Wel kunnen voorzieningen in "
          "een nieuwe wijk, zoals een school of een supermarkt, hinder ondervinden."},
    {"n": [6], "q": "Kunt u deze vragen beantwoorden voor het commissiedebat Elektriciteitsnet?",
     "a": "Zoals hierboven aangegeven, is dat voor de vragen 4 en 5 niet gelukt."},
]
NET_OPEN = [
    {"party": "JA21", "q": "Klopt het dat netbeheerders capaciteit reserveren voor aanvragen die nooit worden "
                           "gebruikt? Om hoeveel capaciteit gaat het?"},
    {"party": "JA21", "q": "Bent u bereid netbeheerders te verplichten ongebruikte capaciteit na een jaar weer "
                           "beschikbaar te stellen?"},
]


def make_partial():
    def header(page):
        return [] if page == 1 else ["Datum", "12 juni 2025", "Kenmerk", "DGKE-E / 2025-0000771203", "", ""]

    def footer(page):
        return ["", f"Pagina {page} van 2", ""]

    pg = Pages(82, header, footer, glyphs=True)
    pg.para("Geachte voorzitter,")
    pg.blank()
    pg.para("Hierbij beantwoord ik de vragen 1 tot en met 3 en 6 van het lid Brouwer (JA21) over netcongestie in "
            "Gelderland en Flevoland (ingezonden 14 mei 2025, kenmerk 2025Z09102). Voor de beantwoording van de "
            "vragen 4 en 5 is nadere informatie van de netbeheerders nodig. Ik streef ernaar deze vragen voor 1 juli "
            "2025 te beantwoorden.")
    pg.blank()
    pg.line("Vragen van het lid Brouwer (JA21) over netcongestie in Gelderland en Flevoland")
    seq = [NET[0], NET[1], NET[2], ("open", 4, NET_OPEN[0]), ("open", 5, NET_OPEN[1]), NET[3]]
    for p in seq:
        if isinstance(p, tuple):
            pg.blank()
            pg.line(f"Vraag {p[1]}")
            pg.para(p[2]["q"])
            if p[1] == 4:
                pg.newpage()
            continue
        n = p["n"][0]
        pg.blank()
        pg.line(f"Vraag {n}")
        pg.para(p["q"])
        pg.blank()
        pg.line(f"Beantwoording vraag {n}")
        for i, a in enumerate(paras(p["a"])):
            if i:
                pg.blank()
            pg.para(a)
    pg.blank()
    pg.blank()
    pg.line("De minister van Klimaat en Groene Groei,")
    pg.blank()
    pg.line("S.T.M. Hermans-de Wit")
    write("kamervragen-deels-uitgesteld.txt", pg.text())
    gold("kamervragen-deels-uitgesteld.txt", [dict(p, **NET_ASKER) for p in NET], {"kind": "kamervragen"},
         unanswered=NET_OPEN)


# ------------------------------------------------------------------------------------------------------------------
# 10. An uitstelbericht: the questions are named but none is printed or answered
# ------------------------------------------------------------------------------------------------------------------
def make_postponed():
    pg = Pages(88, lambda page: [], lambda page: ["", "ah-tk-20242025-2712 ISSN 0921-7398 ’s-Gravenhage 2025",
                                                  f"Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel {page}", ""],
               trailing="")
    for ln in ["Aanhangsel van de Handelingen", "Vragen gesteld door de leden der Kamer, met de daarop door de "
               "regering gegeven antwoorden", "", "Tweede Kamer der Staten-Generaal", "Vergaderjaar 2024–2025", "",
               "2712", ""]:
        pg.raw(ln)
    pg.para("2025Z10044")
    pg.blank()
    pg.para("Mededeling van Staatssecretaris Tielen-Bos (Justitie en Veiligheid) (ontvangen 19 juni 2025)")
    pg.blank()
    pg.para("De vragen van de leden Ouali (D66) en Van Nispen-Smit (SP) over de wachttijden bij het "
            "Juridisch Loket (ingezonden 28 mei 2025) kunnen niet binnen de gebruikelijke termijn worden "
            "beantwoord. Voor de beantwoording van de vragen is informatie nodig van het Juridisch Loket en de "
            "Raad voor Rechtsbijstand. Ik stel alles in het werk om de vragen zo spoedig mogelijk te "
            "beantwoorden.")
    write("aanhangsel-mededeling-uitstel.txt", pg.text())
    gold("aanhangsel-mededeling-uitstel.txt", [])


# ------------------------------------------------------------------------------------------------------------------
# 9. DOCX: "Vraag N" a bold heading paragraph, the question a paragraph, the answer in a shaded 1x1 table with no
#    label
# ------------------------------------------------------------------------------------------------------------------
ONDERWIJS_ASKER = {"party": "NSC", "members": ["Van Leeuwen-Kramer"]}
ONDERWIJS = [
    {"n": [1], "q": "Bent u bekend met de oproep van de PO-Raad om de extra middelen voor het terugdringen van het "
                    "lerarentekort ook na 2025 beschikbaar te stellen?",
     "a": "Ja."},
    {"n": [2], "q": "Hoeveel fte aan vacatures voor leraren stond er aan het begin van het schooljaar 2024–2025 "
                    "open in het primair onderwijs? Hoe is dit verdeeld over de vijf grote steden?",
     "a": ["Aan het begin van het schooljaar 2024–2025 bedroeg het tekort in het primair onderwijs naar schatting "
           "9.100 fte. Daarvan is ruim de helft geconcentreerd in de vijf grote steden.",
           "Amsterdam kende met 1.450 fte het grootste tekort, gevolgd door Rotterdam (1.120 fte), Den Haag "
           "(930 fte), Utrecht (480 fte) en Almere (390 fte)."]},
    {"n": [3], "q": "Wat zijn de gevolgen als de extra middelen per 1 januari 2026 wegvallen?",
     "a": "Scholen in de vijf grote steden hebben de middelen vooral ingezet voor zij-instromers en voor het "
          "begeleiden van startende leraren. Als de middelen wegvallen, verwachten de besturen dat zij minder "
          "zij-instromers kunnen aannemen. Ik neem dit mee in de besluitvorming over de voorjaarsnota."},
    {"n": [4], "q": "Bent u bereid de Kamer voor de voorjaarsnota te informeren over de effecten van de inzet van "
                    "de middelen?",
     "a": "Ja. De evaluatie van de aanpak in de vijf grote steden wordt in maart afgerond. Ik stuur deze vóór de "
          "voorjaarsnota aan uw Kamer."},
]


def make_docx_table():
    body = ["<p>Vragen van het lid Van Leeuwen-Kramer (NSC) aan de minister van Onderwijs, Cultuur en Wetenschap "
            "over het lerarentekort in de grote steden (ingezonden 9 januari 2025, 2025Z00321)</p>"]
    for p in ONDERWIJS:
        body.append(f"<p><b>Vraag {p['n'][0]}</b></p>")
        body += [f"<p>{escape(q)}</p>" for q in paras(p["q"])]
        cell = "".join(f"<p>{escape(a)}</p>" for a in paras(p["a"]))
        body.append('<table width="100%" border="1" cellpadding="6"><tr><td bgcolor="#dce6f2">' + cell
                    + "</td></tr></table><p></p>")
    html = ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Antwoorden Kamervragen</title></head>'
            "<body>" + "\n".join(body) + "</body></html>")
    from_html("kamervragen-antwoord-in-kader.docx", html, "docx:MS Word 2007 XML")
    gold("kamervragen-antwoord-in-kader.docx", [dict(p, **ONDERWIJS_ASKER) for p in ONDERWIJS],
         {"kind": "kamervragen"})


# ------------------------------------------------------------------------------------------------------------------
# 4. ODT: the questions listed first, then the answers "Ad 1", "Ad 2 en 5" (out of order), "Ad vraag 3"
# ------------------------------------------------------------------------------------------------------------------
HAVEN_ASKER = {"party": "ChristenUnie", "members": ["De Jong-Smit"]}
HAVEN_Q = {
    1: "Heeft u kennisgenomen van het rapport van de Inspectie Leefomgeving en Transport over de veiligheid van "
       "de opslag van gevaarlijke stoffen in de haven van Moerdijk?",
    2: "Hoeveel van de gecontroleerde opslagbedrijven voldeden niet aan de eisen van het Besluit risico’s zware "
       "ongevallen?",
    3: "Waarom heeft het zes jaar geduurd voordat de Inspectie een vervolgonderzoek heeft ingesteld?",
    4: "Welke rol hebben de omgevingsdienst en de veiligheidsregio bij het toezicht op deze bedrijven?",
    5: "Zijn bij een of meer van deze bedrijven sancties opgelegd? Zo ja, welke?",
    6: "Bent u bereid de Kamer te informeren over de uitkomsten van de hercontroles?",
}
HAVEN = [
    {"n": [1], "label": "Ad 1", "a": "Ja."},
    {"n": [2, 5], "label": "Ad 2 en 5",
     "a": ["Van de achttien gecontroleerde bedrijven voldeden er zeven op een of meer onderdelen niet aan de eisen. "
           "Het ging vooral om het ontbreken van een actueel veiligheidsrapport en om gebreken in de "
           "brandbeveiliging.",
           "Het bevoegd gezag heeft bij vijf bedrijven een last onder dwangsom opgelegd. Bij de andere twee "
           "bedrijven zijn de gebreken binnen de gestelde termijn hersteld."]},
    {"n": [3], "label": "Ad vraag 3",
     "a": "De Inspectie bepaalt haar programmering op basis van een risicoanalyse. De opslag van gevaarlijke "
          "stoffen in Moerdijk had in de jaren na het vorige onderzoek geen hoge prioriteit, omdat er geen "
          "signalen waren dat de naleving was verslechterd. Achteraf had de Inspectie eerder een vervolgonderzoek "
          "moeten instellen. De Inspectie heeft haar risicoanalyse hierop aangepast."},
    {"n": [4], "label": "Ad 4",
     "a": "De omgevingsdienst houdt namens de provincie toezicht op de naleving van de omgevingsvergunning. De "
          "veiligheidsregio is verantwoordelijk voor de voorbereiding op de bestrijding van een eventuele ramp en "
          "houdt daarnaast toezicht op de bedrijfsbrandweer."},
    {"n": [6], "label": "Ad 6",
     "a": "Ja. De hercontroles worden voor de zomer afgerond. Ik zal uw Kamer daarna over de uitkomsten informeren."},
]


def make_odt_ad():
    body = ["<p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</p>",
            "<p>Datum 22 april 2025</p>",
            "<p>Betreft Beantwoording Kamervragen over de opslag van gevaarlijke stoffen in Moerdijk</p>",
            "<p>Geachte voorzitter,</p>",
            "<p>Op 26 maart 2025 heeft het lid De Jong-Smit (ChristenUnie) de volgende vragen gesteld over de veiligheid "
            "van de opslag van gevaarlijke stoffen in de haven van Moerdijk (kenmerk 2025Z05533):</p>"]
    for n, q in HAVEN_Q.items():
        body.append(f"<p><i>{n}. {escape(q)}</i></p>")
    body.append("<p>Hieronder treft u mijn antwoorden aan.</p>")
    for p in HAVEN:
        body.append(f"<p><b>{p['label']}</b></p>")
        body += [f"<p>{escape(a)}</p>" for a in paras(p["a"])]
    body += ["<p>Hoogachtend,</p>", "<p>de staatssecretaris van Infrastructuur en Waterstaat,</p>",
             "<p>A.M. Dekkers-Oosterhout</p>"]
    html = ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Beantwoording Kamervragen</title>'
            "</head><body>" + "\n".join(body) + "</body></html>")
    from_html("kamervragen-ad-buiten-volgorde.odt", html, "odt:writer8")
    pairs = [dict({"n": p["n"], "a": p["a"], "q": [HAVEN_Q[n] for n in p["n"]]}, **HAVEN_ASKER) for p in HAVEN]
    gold("kamervragen-ad-buiten-volgorde.odt", pairs, {"kind": "kamervragen"})


# ------------------------------------------------------------------------------------------------------------------
# 11. (added after the round's fixes) The questions listed under "Vraag N", then repeated with "Antwoord" after the
#     answer intro: the listed copies are no unanswered questions
# ------------------------------------------------------------------------------------------------------------------
POLITIE_ASKER = {"party": "VVD", "members": ["Meijer-Dam"]}
POLITIE = [
    {"n": [1], "q": "Bent u bekend met het bericht dat het politiebureau in Harderwijk ’s avonds gesloten wordt?",
     "a": "Ja."},
    {"n": [2], "q": "Hoeveel politiebureaus zijn sinds 2020 in de avonduren gesloten?",
     "a": "Sinds 2020 zijn 41 politiebureaus in de avonduren gesloten. Inwoners kunnen daar overdag en op afspraak "
          "terecht."},
    {"n": [3], "q": "Wat betekent dit voor de aanrijtijden bij spoedmeldingen?",
     "a": ["De sluiting van een bureau heeft geen gevolgen voor de aanrijtijden. Noodhulpeenheden rijden vanuit de "
           "auto en niet vanaf het bureau.",
           "In 2024 was de politie bij 86 procent van de spoedmeldingen binnen vijftien minuten ter plaatse."]},
]


def make_listed_then_repeated():
    def header(page):
        return [] if page == 1 else ["", "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel", ""]

    def footer(page):
        return ["", f"ah-tk-20242025-1877 ISSN 0921-7398 ’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2024–2025, "
                    f"Aanhangsel {page}", ""]

    pg = Pages(88, header, footer, trailing="")
    pg.para("2025Z02140")
    pg.blank()
    pg.para("Vragen van het lid Meijer-Dam (VVD) aan de Minister van Justitie en Veiligheid over de avondsluiting van "
            "het politiebureau in Harderwijk (ingezonden 4 februari 2025).")
    for p in POLITIE:
        pg.blank()
        pg.line(f"Vraag {p['n'][0]}")
        pg.para(p["q"])
    pg.blank()
    pg.para("Antwoord van Minister Van der Burg-Hoekstra (Justitie en Veiligheid) (ontvangen 3 maart 2025).")
    for p in POLITIE:
        pg.blank()
        pg.line(f"Vraag {p['n'][0]}")
        pg.para(p["q"])
        pg.blank()
        pg.line("Antwoord")
        for i, a in enumerate(paras(p["a"])):
            if i:
                pg.blank()
            pg.para(a)
        if p["n"] == [2]:
            pg.newpage()
    write("aanhangsel-vraag-labels-herhaald.txt", pg.text())
    gold("aanhangsel-vraag-labels-herhaald.txt", [dict(p, **POLITIE_ASKER) for p in POLITIE], {"kind": "kamervragen"})


# ------------------------------------------------------------------------------------------------------------------
# 12. (added after the round's fixes) "1. question" with the answer on the next line, no blank line between them,
#     but blank lines between the answer's paragraphs
# ------------------------------------------------------------------------------------------------------------------
SUIKER_ASKER = {"party": "BBB", "members": ["Kuiper"]}
SUIKER = [
    {"n": [1], "q": "Bent u bekend met het bericht «Suikerfabriek Vierverlaten sluit definitief»?", "a": "Ja."},
    {"n": [2], "q": "In het bericht staat dat ruim 300 banen verloren gaan. Ook toeleveranciers in de regio worden "
                    "getroffen. Hoeveel arbeidsplaatsen gaan volgens u in totaal verloren?",
     "a": ["Het bedrijf verwacht dat 310 arbeidsplaatsen verloren gaan. Hoeveel banen bij toeleveranciers "
           "verdwijnen, is op dit moment niet bekend.",
           "Ik heb de provincie Groningen gevraagd dit in beeld te brengen."]},
    {"n": [3], "q": "Welke steun krijgen de werknemers bij het vinden van ander werk?",
     "a": "Het UWV zet een mobiliteitsteam in. Daarnaast heeft het bedrijf met de vakbonden een sociaal plan "
          "afgesloten."},
    {"n": [4], "q": "Wat betekent de sluiting voor de bietentelers in het noorden?",
     "a": ["De bieten uit het noorden worden vanaf volgend seizoen verwerkt in Dinteloord.",
           "De telers krijgen een vergoeding voor de hogere transportkosten."]},
]


def make_answer_on_next_line():
    pg = Pages(84, lambda page: [], lambda page: ["", f"Pagina {page} van 2", ""], glyphs=True)
    pg.para("Antwoorden op Kamervragen van het lid Kuiper (BBB) over de sluiting van de suikerfabriek in "
            "Vierverlaten (2025Z03321)")
    for p in SUIKER:
        pg.blank()
        pg.para(f"{p['n'][0]}. " + p["q"])
        for i, a in enumerate(paras(p["a"])):
            if i:
                pg.blank()
            pg.para(a)
        if p["n"] == [2]:
            pg.newpage()
    write("kamervragen-antwoord-direct-na-vraag.txt", pg.text())
    gold("kamervragen-antwoord-direct-na-vraag.txt", [dict(p, **SUIKER_ASKER) for p in SUIKER],
         {"kind": "kamervragen"})


# ------------------------------------------------------------------------------------------------------------------
# 13. (added after the round's fixes) "Vraag N" and the unlabeled answer on the next line, blank lines only between
#     the answer's paragraphs and between the pairs
# ------------------------------------------------------------------------------------------------------------------
WADDEN_ASKER = {"party": "NSC", "members": ["Postma"]}
WADDEN = [
    {"n": [1], "q": "Bent u bekend met het bericht dat de veerdienst naar Ameland in de winter minder vaak vaart?",
     "a": "Ja."},
    {"n": [2], "q": "Hoeveel afvaarten vervallen in de wintermaanden? Wat zijn de gevolgen voor eilanders die op het "
                    "vaste land werken of naar school gaan?",
     "a": ["In de maanden december tot en met februari vervallen per week veertien van de 84 afvaarten. Het gaat "
           "vooral om de late afvaarten op doordeweekse dagen.",
           "Voor eilanders die op het vaste land werken of naar school gaan, betekent dit dat zij eerder moeten "
           "vertrekken of op het vaste land moeten overnachten. {PB} De rederij heeft toegezegd de dienstregeling "
           "zo aan te passen dat de eerste en de laatste afvaart behouden blijven."]},
    {"n": [3], "q": "Bent u bereid met de rederij en de gemeente Ameland in gesprek te gaan over het behoud van de "
                    "winterdienstregeling?",
     "a": "Ja. Ik spreek de rederij en de gemeente Ameland in februari. Over de uitkomst informeer ik uw Kamer."},
]


def make_answer_after_label_line():
    pg = Pages(86, lambda page: [] if page == 1 else ["Datum", "21 januari 2026", "Kenmerk", "IENW/BSK-2026/10442", ""],
               lambda page: ["", f"Pagina {page} van 2", ""], glyphs=True)
    pg.para("Antwoorden op vragen van het lid Postma (NSC) over de bereikbaarheid van de Waddeneilanden in de winter "
            "(2025Z21912)")
    for p in WADDEN:
        pg.blank()
        pg.line(f"Vraag {p['n'][0]}")
        pg.para(p["q"])
        for i, a in enumerate(paras(p["a"])):
            if i:
                pg.blank()
            pg.para(a)
    write("kamervragen-vraaglabel-antwoord-zonder-label.txt", pg.text())
    gold("kamervragen-vraaglabel-antwoord-zonder-label.txt", [dict(p, **WADDEN_ASKER) for p in WADDEN],
         {"kind": "kamervragen"})


# ------------------------------------------------------------------------------------------------------------------
# 14. (added after the round's fixes) An Aanhangsel of the older shape: the questions under bare numbers, then
#     "Antwoord van Minister …" and the answers under the same bare numbers, without a label
# ------------------------------------------------------------------------------------------------------------------
KRAAM_ASKER = {"party": "ChristenUnie", "members": ["Smit-Verhoef"]}
KRAAM = [
    {"n": [1], "q": "Bent u bekend met het bericht dat de kraamafdeling van het ziekenhuis in Zutphen per 1 september "
                    "sluit?{fn1}",
     "a": "Ja.", "notes": ["De Stentor, 10 juni 2025."]},
    {"n": [2], "q": "Hoeveel kilometer moeten zwangeren uit Zutphen en omgeving straks rijden naar het "
                    "dichtstbijzijnde ziekenhuis met een verloskundige afdeling?",
     "a": ["Het dichtstbijzijnde ziekenhuis met een verloskundige afdeling ligt in Deventer, op ongeveer 18 "
           "kilometer. Voor de meeste zwangeren in de regio is dat ziekenhuis binnen 45 minuten bereikbaar.",
           "Voor een klein deel van de inwoners van de omliggende dorpen geldt dat niet. Met de regionale "
           "ambulancedienst zijn voor hen aanvullende afspraken gemaakt."]},
    {"n": [3], "q": "Bent u bereid met de zorgverzekeraar en het ziekenhuis in gesprek te gaan over het behoud van "
                    "de afdeling?",
     "a": "Ik heb op 2 juli met de zorgverzekeraar en het ziekenhuis gesproken. Zij zien geen mogelijkheid de "
          "afdeling open te houden, omdat er onvoldoende verloskundigen en gynaecologen beschikbaar zijn."},
]


def make_older_aanhangsel():
    def header(page):
        if page == 1:
            return ["Aanhangsel van de Handelingen", "Vragen gesteld door de leden der Kamer, met de daarop door de "
                    "regering gegeven antwoorden", "", "Tweede Kamer der Staten-Generaal", "Vergaderjaar 2024–2025",
                    "", "3015", ""]
        return [""]

    def footer(page):
        return ["", "ah-tk-20242025-3015", "ISSN 0921-7398", "’s-Gravenhage 2025",
                f"Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel {page}", ""]

    pg = Pages(90, header, footer, {"1": "De Stentor, 10 juni 2025."}, trailing="")
    pg.para("2025Z11204")
    pg.blank()
    pg.para("Vragen van het lid Smit-Verhoef (ChristenUnie) aan de Minister van Volksgezondheid, Welzijn en Sport "
            "over de sluiting van de kraamafdeling in Zutphen (ingezonden 12 juni 2025).")
    for p in KRAAM:
        pg.blank()
        pg.line(str(p["n"][0]))
        pg.para(p["q"])
    pg.newpage()
    pg.para("Antwoord van Minister De Vries-Hamstra (Volksgezondheid, Welzijn en Sport) (ontvangen 10 juli 2025).")
    for p in KRAAM:
        pg.blank()
        pg.line(str(p["n"][0]))
        for i, a in enumerate(paras(p["a"])):
            if i:
                pg.blank()
            pg.para(a)
    write("aanhangsel-kale-nummers-vragen-dan-antwoorden.txt", pg.text())
    gold("aanhangsel-kale-nummers-vragen-dan-antwoorden.txt", [dict(p, **KRAAM_ASKER) for p in KRAAM],
         {"kind": "kamervragen", "responder": "minister van Volksgezondheid, Welzijn en Sport"})


# ------------------------------------------------------------------------------------------------------------------
# 15. (added after the round's fixes) "1." questions with unlabeled answers, the first question holding a numbered
#     list whose "2." would continue the questions' numbers
# ------------------------------------------------------------------------------------------------------------------
ZWEM_ASKER = {"party": "CDA", "members": ["Bakker-Vos"]}
ZWEM = [
    {"n": [1], "q": ["Kunt u per provincie aangeven:", "1. hoeveel basisscholen schoolzwemmen aanbieden;",
                     "2. hoeveel kinderen de basisschool verlaten zonder zwemdiploma?"],
     "a": "In 2024 boden ongeveer 1.500 basisscholen schoolzwemmen aan. Ongeveer 6 procent van de kinderen verlaat "
          "de basisschool zonder zwemdiploma. Een uitsplitsing per provincie is niet beschikbaar."},
    {"n": [2], "q": "Welke redenen noemen scholen om te stoppen met schoolzwemmen?",
     "a": ["Scholen noemen vooral:", "1. de kosten van het vervoer naar het zwembad;",
           "2. het verlies van lestijd;", "3. de gedachte dat zwemles een taak van de ouders is."]},
    {"n": [3], "q": "Bent u bereid schoolzwemmen verplicht te stellen?",
     "a": "Nee. Het is aan scholen en gemeenten om hierin keuzes te maken. Wel ga ik met gemeenten in gesprek over "
          "kinderen die de basisschool zonder zwemdiploma verlaten."},
]


def make_list_in_first_question():
    pg = Pages(84, lambda page: [], lambda page: ["", f"Pagina {page} van 1", ""], glyphs=True)
    pg.para("Antwoorden op vragen van het lid Bakker-Vos (CDA) over schoolzwemmen (2025Z06611)")
    for p in ZWEM:
        pg.blank()
        for i, q in enumerate(paras(p["q"])):
            pg.para((f"{p['n'][0]}. " if i == 0 else "") + q)
        pg.blank()
        for a in paras(p["a"]):
            pg.para(a)
    write("kamervragen-lijst-in-eerste-vraag.txt", pg.text())
    gold("kamervragen-lijst-in-eerste-vraag.txt", [dict(p, **ZWEM_ASKER) for p in ZWEM], {"kind": "kamervragen"})


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_aanhangsel()
    make_letter()
    make_unlabeled()
    make_odt_ad()
    make_ranges()
    make_repeated()
    make_quoted_list()
    make_partial()
    make_docx_table()
    make_postponed()
    make_listed_then_repeated()
    make_answer_on_next_line()
    make_answer_after_label_line()
    make_older_aanhangsel()
    make_list_in_first_question()
    with open(os.path.join(HERE, "heldout4-gold.json"), "w", encoding="utf-8") as f:
        json.dump(GOLD, f, ensure_ascii=False, indent=1)
        f.write("\n")
