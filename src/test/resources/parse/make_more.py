# Run by make.py (exec'd with its globals POOL, GOLD, gold, write, words): realistic layout fixtures as pdftotext
# prints them (form feeds between pages, running headers and footers, page numbers, footnotes at the bottom of the
# page, words hyphenated at line ends), and the gold of the hand-written fixtures (hand-gold.json).

MERGING = {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "oe", "oi", "oo", "ou", "ui", "uu"}
VOWELS = set("aeiouy")


class Pdf:
    """Lays out blocks on pages of `height` lines, `width` characters wide, the way pdftotext prints them."""

    def __init__(self, width=86, height=46, header=None, footer=None, hyphenate=True):
        self.width, self.height, self.header, self.footer, self.hyphenate = width, height, header, footer, hyphenate
        self.pages, self.body, self.notes, self.splits = [], [], [], 0

    def split_word(self, word, room):
        """A word cut at the line end as a Dutch typesetter would, or None: (head-, tail)."""
        letters = word.rstrip(".,;:?!)»")
        if len(letters) < 10 or not letters.isalpha() or not letters.islower() or room < 6:
            return None
        for i in range(min(len(letters) - 4, room - 1), 3, -1):
            a, b = letters[i - 1], letters[i]
            if b not in VOWELS and letters[i + 1] in VOWELS and (a + b) not in MERGING:
                return word[:i] + "-", word[i:]
        return None

    def wrap(self, text, indent=""):
        lines, line = [], indent
        for word in text.split():
            if len(line) + 1 + len(word) <= self.width or line.strip() == "":
                line = (line + " " + word) if line.strip() else indent + word
                continue
            cut = self.split_word(word, self.width - len(line) - 1) if self.hyphenate else None
            self.splits += 1 if cut else 0
            if cut and self.splits % 2 == 1:
                lines.append(line + " " + cut[0])
                line = indent + cut[1]
            else:
                lines.append(line)
                line = indent + word
        if line.strip():
            lines.append(line)
        return lines

    def room(self):
        used = len(self.body) + (len(self.notes) + 1 if self.notes else 0)
        return self.height - used

    def line(self, text):
        if self.room() <= 0:
            self.page()
        self.body.append(text)

    def par(self, text, indent="", blank=True):
        for line in self.wrap(text, indent):
            self.line(line)
        if blank:
            self.line("")

    def lines(self, lines):
        for l in lines:
            self.line(l)

    def note(self, number, text):
        self.notes += self.wrap("%d %s" % (number, text))

    def page(self):
        n = len(self.pages) + 1
        top = self.header(n) if self.header else []
        bottom = self.footer(n) if self.footer else []
        body = self.body
        while body and body[-1] == "":
            body = body[:-1]
        notes = ([""] + self.notes) if self.notes else []
        self.pages.append("\n".join(top + body + notes + ([""] if bottom else []) + bottom) + "\n")
        self.body, self.notes = [], []

    def text(self):
        if self.body or self.notes:
            self.page()
        return "\f".join(self.pages) + "\f"


def q_and_a(idx):
    topic, q, a = POOL[idx]
    return topic, list(q), list(a)


# 8. Kamervragen answered in a ministry letter (PDF): letterhead, Datum/Betreft/Kenmerk, signature, then the answers
#    with "Vraag 1" / "Antwoord 1", "Vraag 3a" and "3b", "Antwoord 4 en 5" for two questions, a footnote, bullets,
#    a question running over a page, "Kenmerk" and "Pagina N van M" on every following page.
def kamervragen_brief():
    pdf = Pdf(header=lambda n: [] if n == 1 else ["Kenmerk 4180233-1088412-PG", ""],
              footer=lambda n: ["Pagina %d van 4" % n])
    pdf.lines(["> Retouradres Postbus 20350 2500 EJ Den Haag", "", "De Voorzitter van de Tweede Kamer", "der Staten-Generaal",
               "Postbus 20018", "2500 EA DEN HAAG", "", "Ministerie van Volksgezondheid,", "Welzijn en Sport", "",
               "Bezoekadres", "Parnassusplein 5", "2511 VX Den Haag", "www.rijksoverheid.nl", "", "Kenmerk", "4180233-1088412-PG", "",
               "Uw brief", "2026Z00567", "", "Datum", "11 februari 2026", "Betreft", "Antwoorden Kamervragen over de toegankelijkheid van de huisartsenzorg",
               ""])
    pdf.par("Geachte voorzitter,")
    pdf.par("Hierbij zend ik u de antwoorden op de vragen van het lid Daniëlle Jansen (NSC) over de toegankelijkheid van de "
            "huisartsenzorg in krimpgebieden (2026Z00567, ingezonden 14 januari 2026).")
    pdf.par("Hoogachtend,")
    pdf.lines(["de minister van Volksgezondheid,", "Welzijn en Sport,", "", "", "", "J.A. Bruijn", ""])
    pdf.page()
    pdf.par("Antwoorden op vragen van het lid Daniëlle Jansen (NSC) aan de minister van Volksgezondheid, Welzijn en Sport "
            "over de toegankelijkheid van de huisartsenzorg in krimpgebieden (ingezonden 14 januari 2026, 2026Z00567).")
    items = [
        ("1", [1], ["Kent u het bericht «Patiënten in Oost-Groningen vinden geen huisarts meer»?1"],
         ["Ja."], (1, "Dagblad van het Noorden, «Patiënten in Oost-Groningen vinden geen huisarts meer», 9 januari 2026.")),
        ("2", [2], POOL[4][1], POOL[4][2], None),
        ("3a", [3], ["Hoeveel praktijken in de provincies Groningen, Drenthe en Zeeland hebben in 2025 een patiëntenstop ingesteld?"],
         ["In 2025 hadden volgens de Landelijke Huisartsen Vereniging 61 praktijken in deze drie provincies gedurende enige tijd een patiëntenstop. Een uitsplitsing per gemeente is niet beschikbaar."], None),
        ("3b", [3], ["Hoe lang duurde zo'n patiëntenstop gemiddeld?"],
         ["Gemiddeld duurde een patiëntenstop ruim vijf maanden. Bij ongeveer een derde van de praktijken liep de stop langer dan een jaar."], None),
    ]
    big_q = ["De leden van de regionale zorgtafels geven aan dat de opvolging van vertrekkende huisartsen in krimpgebieden steeds "
             "vaker mislukt, omdat jonge huisartsen geen praktijkpand kunnen vinden en de investeringen in een eigen praktijk als een "
             "te groot risico zien. Ook zouden gemeenten onvoldoende ruimte hebben om praktijkruimte te bouwen of te huren.",
             "Welke mogelijkheden ziet u om gemeenten, zorgverzekeraars en woningcorporaties samen praktijkruimte te laten realiseren, "
             "en bent u bereid daarvoor in de komende jaren middelen vrij te maken?"]
    answer45 = ["De vragen 4 en 5 beantwoord ik in samenhang.",
                "Het vinden van geschikte praktijkruimte is in een deel van de krimpgebieden inderdaad een belangrijke drempel voor de opvolging "
                "van huisartsen. Het ministerie ondersteunt daarom drie initiatieven:",
                "• een regionaal vastgoedfonds in Oost-Groningen, samen met de provincie en de zorgverzekeraar;\n"
                "• de inzet van gemeentelijke gebouwen als gezondheidscentrum;\n"
                "• een landelijk loket voor huisartsen die een praktijk willen overnemen.",
                "Extra middelen zijn in de huidige begroting niet voorzien. Ik bezie bij de Voorjaarsnota of een bijdrage aan het vastgoedfonds mogelijk is."]
    out = []
    for label, numbers, q, a, note in items:
        pdf.line("Vraag %s" % label)
        pdf.line("")
        for par in q:
            pdf.par(par)
        if note:
            pdf.note(*note)
        pdf.line("Antwoord %s" % label)
        pdf.line("")
        for par in a:
            pdf.par(par)
        qq = [p.rstrip("1") if p.endswith("?1") else p for p in q]
        out.append((numbers, "NSC", qq, a, ["Jansen"], {"footnotes": [note[1]]} if note else {}))
    pdf.lines(["Vraag 4", ""])
    pdf.par(big_q[0])
    pdf.lines(["Vraag 5", ""])
    pdf.par(big_q[1])
    pdf.lines(["Antwoord 4 en 5", ""])
    for par in answer45:
        for line in par.split("\n"):
            pdf.par(line, blank=False)
        pdf.line("")
    out.append(([4, 5], "NSC", big_q, answer45, ["Jansen"]))
    for n, idx in [(6, 8), (7, 12), (8, 13)]:
        topic, q, a = q_and_a(idx)
        pdf.lines(["Vraag %d" % n, ""])
        for par in q:
            pdf.par(par)
        pdf.lines(["Antwoord %d" % n, ""])
        for par in a:
            pdf.par(par)
        out.append(([n], "NSC", q, a, ["Jansen"]))
    write("kamervragen-brief-pdf.txt", pdf.text())
    gold("kamervragen-brief-pdf.txt", out, ["Jansen"],
         {"kind": "kamervragen", "date": "2026-02-11", "responder": "minister van Volksgezondheid, Welzijn en Sport",
          "title": "Antwoorden Kamervragen over de toegankelijkheid van de huisartsenzorg"})


# 9. Aanhangsel van de Handelingen (PDF): "Vragen van het lid X (PARTY) aan … (ingezonden …)", the questions
#    "Vraag 1" …, combined "Vraag 4, 5", then "Antwoord van staatssecretaris … (ontvangen …)" and the answers
#    "Antwoord 1", "Antwoord op vraag 2 en 3", a Kamerstuk footnote; the ah-tk footer on every page.
def kamervragen_aanhangsel():
    pdf = Pdf(width=80, height=44, header=lambda n: ["Tweede Kamer, vergaderjaar 2025-2026, Aanhangsel %d" % (n + 1130), ""],
              footer=lambda n: ["ah-tk-20252026-%d" % 1131, "ISSN 0921-7398", "'s-Gravenhage 2026", "Aanhangsel Handelingen II 2025/26 %d" % n][3:])
    pdf.lines(["Aanhangsel van de Handelingen", "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden", "", "1131", ""])
    pdf.par("Vragen van het lid Dobbe (SP) aan de staatssecretaris van Volksgezondheid, Welzijn en Sport over de sluiting van "
            "de spoedeisende hulp in Heerlen (ingezonden 8 januari 2026).")
    sel = [(1, 30), (2, 31), (3, 32), (4, 33), (5, 34), (6, 35), (7, 36)]
    qs = {n: q_and_a(i) for n, i in sel}
    qs[2][1][-1] += "2"
    for n in [1, 2, 3]:
        pdf.lines(["Vraag %d" % n, ""])
        for par in qs[n][1]:
            pdf.par(par)
        if n == 2:
            pdf.note(2, "Kamerstuk 29 247, nr. 431")
    pdf.lines(["Vraag 4, 5", ""])
    for par in qs[4][1] + qs[5][1]:
        pdf.par(par)
    for n in [6, 7]:
        pdf.lines(["Vraag %d" % n, ""])
        for par in qs[n][1]:
            pdf.par(par)
    pdf.par("Antwoord van staatssecretaris Tielen (Volksgezondheid, Welzijn en Sport) (ontvangen 3 februari 2026).")
    out = []
    strip2 = lambda q: [p[:-1] if p.endswith("2") else p for p in q]
    pdf.lines(["Antwoord 1", ""])
    for par in qs[1][2]:
        pdf.par(par)
    out.append(([1], "SP", qs[1][1], qs[1][2]))
    pdf.lines(["Antwoord op vraag 2 en 3", ""])
    a23 = qs[2][2] + qs[3][2]
    for par in a23:
        pdf.par(par)
    out.append(([2, 3], "SP", strip2(qs[2][1]) + qs[3][1], a23, ["Dobbe"], {"footnotes": ["Kamerstuk 29 247, nr. 431"]}))
    pdf.lines(["Antwoord 4, 5", ""])
    for par in qs[4][2]:
        pdf.par(par)
    out.append(([4, 5], "SP", qs[4][1] + qs[5][1], qs[4][2]))
    for n in [6, 7]:
        pdf.lines(["Antwoord %d" % n, ""])
        for par in qs[n][2]:
            pdf.par(par)
        out.append(([n], "SP", qs[n][1], qs[n][2]))
    write("kamervragen-aanhangsel-pdf.txt", pdf.text())
    gold("kamervragen-aanhangsel-pdf.txt", out, ["Dobbe"],
         {"kind": "kamervragen", "date": "2026-02-03", "responder": "staatssecretaris van Volksgezondheid, Welzijn en Sport",
          "title": "Vragen van het lid Dobbe (SP) aan de staatssecretaris van Volksgezondheid, Welzijn en Sport over de sluiting van de spoedeisende hulp in Heerlen"})


# 10. Lijst van vragen en antwoorden (Kamerstuk PDF): colophon, "1)" numbers, "Antwoord:" with a "Toelichting:"
#     paragraph, bullets, a question running over a page, the Kamerstuk footer on every page.
def lijst_haakjes():
    pdf = Pdf(width=84, height=44, footer=lambda n: ["Tweede Kamer, vergaderjaar 2025–2026, 36 800 XVI, nr. 14 %d" % n]
              if n > 1 else ["kst-36800-XVI-14", "ISSN 0921 - 7371", "'s-Gravenhage 2025", "Tweede Kamer, vergaderjaar 2025–2026, 36 800 XVI, nr. 14 1"][3:])
    pdf.lines(["Tweede Kamer der Staten-Generaal", "Vergaderjaar 2025–2026", "", "36 800 XVI Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid,",
               "Welzijn en Sport (XVI) voor het jaar 2026", "", "Nr. 14 LIJST VAN VRAGEN EN ANTWOORDEN", "", "Vastgesteld 2 december 2025", ""])
    pdf.par("De vaste commissie voor Volksgezondheid, Welzijn en Sport heeft een aantal vragen voorgelegd aan de minister "
            "van Volksgezondheid, Welzijn en Sport over de begroting voor het jaar 2026.")
    pdf.par("De minister heeft deze vragen beantwoord bij brief van 1 december 2025. Vragen en antwoorden zijn hierna afgedrukt.")
    pdf.lines(["De voorzitter van de commissie,", "Mohandis", "", "De griffier van de commissie,", "Sjerp", ""])
    out = []
    for n, idx in enumerate([4, 5, 6, 7, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39], start=1):
        topic, q, a = q_and_a(idx)
        if n == 3:
            q = ["Kunt u per zorgkantoorregio aangeven hoeveel mensen met een indicatie voor verpleeghuiszorg op een wachtlijst "
                 "staan, hoeveel van hen actief wachtend zijn en hoeveel wachten op een plaats in een instelling van hun voorkeur, "
                 "en kunt u daarbij ook aangeven hoe deze aantallen zich in de afgelopen vijf jaar hebben ontwikkeld?"]
        if n % 4 == 2:
            a = a + ["Toelichting: de cijfers zijn ontleend aan de monitor van het Zorginstituut over het vierde kwartaal van 2024."]
        if n == 6:
            a = a[:1] + ["Het gaat daarbij om:", "• de opleidingscapaciteit van de universitaire medische centra;\n• de spreiding van stageplaatsen;\n• de bekostiging van de vervolgopleidingen."] + a[1:]
        first, *rest = q
        pdf.par("%d) %s" % (n, first), blank=not rest)
        for par in rest:
            pdf.par(par)
        pdf.line("")
        pdf.par("Antwoord: " + a[0], blank=len(a) > 1)
        for par in a[1:]:
            for line in par.split("\n"):
                pdf.par(line, blank=False)
            pdf.line("")
        out.append(([n], None, q, a, []))
    write("lijst-haakjes-toelichting.txt", pdf.text())
    gold("lijst-haakjes-toelichting.txt", out, [],
         {"kind": "lijst-van-vragen-en-antwoorden", "date": "2025-12-01", "committee": "vaste commissie voor Volksgezondheid, Welzijn en Sport",
          "reference": "36800-XVI-14", "title": "Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2026"})


# 11. Questions and answers labeled "Vraag:" / "Antwoord:" without numbers, under topic headings (a DOCX-like text)
def vraag_antwoord_dubbelepunt():
    L = ["Bijlage bij Kamerbrief over de voortgang van de woningbouwopgave", "", "Vragen en antwoorden", "",
         "Datum 20 januari 2026", ""]
    out = []
    last = None
    for idx in [18, 19, 20, 21, 24, 25, 16, 17]:
        topic, q, a = q_and_a(idx)
        if topic != last:
            L += [topic, ""]
            last = topic
        L.append("Vraag: " + q[0])
        L += q[1:]
        L.append("")
        L.append("Antwoord:")
        L += a
        L.append("")
        out.append(([], None, q, a, [], {"topic": topic}))
    write("vraag-antwoord-dubbelepunt.txt", "\n".join(L) + "\n")
    gold("vraag-antwoord-dubbelepunt.txt", out, [], {"date": "2026-01-20"})


for make in [kamervragen_brief, kamervragen_aanhangsel, lijst_haakjes, vraag_antwoord_dubbelepunt]:
    make()

# 12. Answers to a budget debate as a table (PDF): the columns name, initials, party, question and answer flattened
#     by extraction into "Heutink, H PVV Vraag: …" and wrapped lines, "Antwoord: …"; some rows print the member on a
#     line of their own; the column header is repeated on every page.
def debat_tabel():
    pdf = Pdf(width=62, height=48, header=lambda n: [] if n == 1 else ["Kamerlid Fractie Vraag en antwoord"],
              footer=lambda n: ["Pagina %d van 4" % n])
    pdf.lines(["Ministerie van Justitie en Veiligheid", "", "> Retouradres Postbus 20301 2500 EH Den Haag", "",
               "Aan de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018", "2500 EA DEN HAAG", "",
               "Datum 14 november 2025", "Betreft Beantwoording vragen eerste termijn begrotingsbehandeling", "Justitie en Veiligheid 2026", ""])
    pdf.par("Geachte voorzitter,")
    pdf.par("Tijdens de eerste termijn van de begrotingsbehandeling van het ministerie van Justitie en Veiligheid op 12 november "
            "jl. zijn door uw Kamer vragen gesteld. In de bijgevoegde tabel treft u de antwoorden aan op de vragen die niet "
            "mondeling zijn beantwoord.")
    pdf.lines(["De minister van Justitie en Veiligheid,", "", "", "D.M. van Weel", ""])
    pdf.page()
    rows = [("Heutink, H", "PVV", "Heutink", 26), ("Ellian, U", "VVD", "Ellian", 27), ("Van der Plas, C", "BBB", "Van der Plas", 28),
            ("Mutluer, H", "GL-PvdA", "Mutluer", 29), ("Six Dijkstra, G", "NSC", "Six Dijkstra", 24), ("Sneller, J", "D66", "Sneller", 25),
            ("Van Nispen, M", "SP", "Van Nispen", 14), ("Diederik van Dijk, D", "SGP", "Diederik van Dijk", 15),
            ("Bikker, M", "ChristenUnie", "Bikker", 10), ("Coenradie, I", "PVV", "Coenradie", 11)]
    parties = {"GL-PvdA": "GroenLinks-PvdA"}
    out = []
    for k, (name, party, surname, idx) in enumerate(rows):
        topic, q, a = q_and_a(idx)
        qtext, atext = " ".join(q), " ".join(a)
        if k % 3 == 2:
            pdf.line("%s %s" % (name, party))
            first = "Vraag: "
        else:
            first = "%s %s Vraag: " % (name, party)
        for line in pdf.wrap(first + qtext):
            pdf.line(line)
        for line in pdf.wrap("Antwoord: " + atext):
            pdf.line(line)
        out.append(([], parties.get(party, party), [qtext], [atext], [surname]))
    write("debat-tabel.txt", pdf.text())
    gold("debat-tabel.txt", out, None, {"kind": "antwoorden-debat", "date": "2025-11-14", "responder": "minister van Justitie en Veiligheid"})


# 13. The same kind of table with a row number and no "Vraag:" label: "3 Kostić, I PvdD Kan de minister …".
def debat_tabel_genummerd():
    L = ["Beantwoording van de vragen gesteld tijdens het commissiedebat Landbouw- en visserijraad", "",
         "Nr. Naam Partij Vraag Antwoord", ""]
    rows = [("Kostić, I", "PvdD", "Kostić", 11), ("Vedder, H", "CDA", "Vedder", 12), ("Holman, T", "NSC", "Holman", 13),
            ("Flach, A", "SGP", "Flach", 38), ("Grinwis, P", "CU", "Grinwis", 39)]
    out = []
    pdf = Pdf(width=70)
    for n, (name, party, surname, idx) in enumerate(rows, start=1):
        topic, q, a = q_and_a(idx)
        qtext, atext = " ".join(q), " ".join(a)
        L += pdf.wrap("%d %s %s %s" % (n, name, party, qtext))
        L += pdf.wrap("Antwoord: " + atext)
        out.append(([n], {"CU": "ChristenUnie"}.get(party, party), [qtext], [atext], [surname]))
    write("debat-tabel-genummerd.txt", "\n".join(L) + "\n")
    gold("debat-tabel-genummerd.txt", out, None, {"kind": "antwoorden-debat"})


for make in [debat_tabel, debat_tabel_genummerd]:
    make()



# 14. Inbreng for a schriftelijk overleg (PDF): the committee's questions only, under faction headers and topic
#     headings; each faction opens with a preamble that asks nothing. No pairs: every question goes under "unanswered".
def inbreng():
    pdf = Pdf(width=84, height=46, header=lambda n: [] if n == 1 else ["Datum 15 januari 2026", ""],
              footer=lambda n: ["Pagina %d van 3" % n])
    pdf.lines(["Tweede Kamer der Staten-Generaal", "Vaste commissie voor Landbouw, Visserij, Voedselzekerheid en Natuur", "",
               "Aan de minister van Landbouw, Visserij, Voedselzekerheid en Natuur", "", "Datum 15 januari 2026",
               "Betreft Inbreng schriftelijk overleg Landbouw- en Visserijraad 26 en 27 januari 2026", ""])
    pdf.par("De vaste commissie voor Landbouw, Visserij, Voedselzekerheid en Natuur heeft een aantal vragen en opmerkingen "
            "voorgelegd aan de minister over de geannoteerde agenda van de Landbouw- en Visserijraad van 26 en 27 januari 2026.")
    pdf.par("De griffier van de commissie,")
    pdf.lines(["Jansma", "", "Inhoudsopgave", "I Vragen en opmerkingen vanuit de fracties", "II Reactie van de minister", ""])
    pdf.lines(["I Vragen en opmerkingen vanuit de fracties", ""])
    factions = [("BBB-fractie", "BBB", [(11, None), (12, None), (13, None)]), ("GroenLinks-PvdA-fractie", "GroenLinks-PvdA", [(38, None), (39, None)]),
                ("CDA-fractie", "CDA", [(14, None), (15, None), (16, None)]), ("ChristenUnie-fractie", "ChristenUnie", [(36, None)])]
    out = []
    for header, party, idxs in factions:
        pdf.par("Vragen en opmerkingen van de leden van de " + header)
        pdf.par("De leden van de %s hebben kennisgenomen van de geannoteerde agenda en hebben daarover nog enkele vragen." % header)
        last = None
        for idx, _ in idxs:
            topic, q, a = q_and_a(idx)
            if topic != last:
                pdf.line(topic)
                last = topic
            for par in q:
                pdf.par(par)
            out.append(([], party, q, [], []))
    pdf.lines(["II Reactie van de minister", ""])
    write("inbreng-schriftelijk-overleg.txt", pdf.text())
    gold("inbreng-schriftelijk-overleg.txt", out, [],
         {"kind": "inbreng", "date": "2026-01-15", "committee": "vaste commissie voor Landbouw, Visserij, Voedselzekerheid en Natuur",
          "title": "Inbreng schriftelijk overleg Landbouw- en Visserijraad 26 en 27 januari 2026"})


inbreng()
# 15. Verslag on a bill (Kamerstuk PDF): the factions speak in running text ("De leden van de VVD-fractie …",
#     "Deze leden …") under numbered section headings; a question keeps the paragraphs that lead up to it.
def inbreng_verslag():
    pdf = Pdf(width=84, height=44, footer=lambda n: ["Tweede Kamer, vergaderjaar 2025–2026, 36 812, nr. 6 %d" % n])
    pdf.lines(["Tweede Kamer der Staten-Generaal", "Vergaderjaar 2025–2026", "", "36 812 Wijziging van de Wet langdurige zorg in verband met het versterken",
               "van de mantelzorgondersteuning", "", "Nr. 6 VERSLAG", "", "Vastgesteld 28 januari 2026", ""])
    pdf.par("De vaste commissie voor Volksgezondheid, Welzijn en Sport, belast met het voorbereidend onderzoek van dit "
            "wetsvoorstel, heeft de eer als volgt verslag uit te brengen. Onder het voorbehoud dat de regering de gestelde "
            "vragen tijdig zal hebben beantwoord, acht zij de openbare behandeling van het wetsvoorstel voldoende voorbereid.")
    pdf.lines(["De voorzitter van de commissie,", "Mohandis", "", "De griffier van de commissie,", "Sjerp", ""])
    pdf.lines(["1. Inleiding", ""])
    blocks = [
        ("1. Inleiding", "VVD", [
            "De leden van de VVD-fractie hebben kennisgenomen van het wetsvoorstel en hebben nog enkele vragen.",
        ], None),
        ("1. Inleiding", "VVD", None, [
            "De leden van de VVD-fractie lezen dat het wetsvoorstel gemeenten verplicht om respijtzorg aan te bieden aan "
            "mantelzorgers van mensen met een indicatie voor langdurige zorg. Deze leden onderschrijven het doel, maar zien "
            "ook dat veel gemeenten al langer moeite hebben om voldoende logeerplekken te vinden.",
            "Kan de regering aangeven hoeveel logeerplekken er op dit moment beschikbaar zijn en hoeveel er volgens de "
            "regering nodig zijn om aan de nieuwe verplichting te voldoen?"]),
        ("1. Inleiding", "VVD", None, [
            "Deze leden vragen voorts hoe de regering voorkomt dat de uitvoeringslasten voor kleine gemeenten onevenredig stijgen."]),
        ("1. Inleiding", "GroenLinks-PvdA", [
            "De leden van de GroenLinks-PvdA-fractie hebben met belangstelling kennisgenomen van het wetsvoorstel. Zij hebben "
            "hierover nog enkele vragen."], None),
        ("1. Inleiding", "GroenLinks-PvdA", None, [
            "De leden van de GroenLinks-PvdA-fractie zijn positief over de aandacht voor jonge mantelzorgers. Zij missen in de "
            "memorie van toelichting echter een analyse van de groep jongeren die zorgt voor een ouder met een psychische "
            "aandoening. Waarom is deze groep niet apart onderzocht, en is de regering bereid dat alsnog te doen?"]),
        ("2. Financiële gevolgen", "CDA", [
            "De leden van de CDA-fractie hebben kennisgenomen van het wetsvoorstel."], None),
        ("2. Financiële gevolgen", "CDA", None, [
            "De leden van de CDA-fractie constateren dat de regering voor de uitvoering structureel 45 miljoen euro "
            "beschikbaar stelt via het gemeentefonds. De Vereniging van Nederlandse Gemeenten schat de kosten op ruim het "
            "dubbele.",
            "Deze leden ontvangen graag een nadere onderbouwing van het bedrag, en vragen de regering of zij bereid is de "
            "kosten na twee jaar te laten evalueren."]),
        ("2. Financiële gevolgen", "SP", None, [
            "De leden van de SP-fractie vragen of de eigen bijdrage voor respijtzorg met dit wetsvoorstel verdwijnt."]),
    ]
    out, section = [], None
    for heading, party, preamble, question in blocks:
        if heading != section:
            if section is not None:
                pdf.lines([heading, ""])
            section = heading
        for par in (preamble or []) + (question or []):
            pdf.par(par)
        if question:
            out.append(([], party, question, [], []))
    write("inbreng-verslag.txt", pdf.text())
    gold("inbreng-verslag.txt", out, [],
         {"kind": "inbreng", "date": "2026-01-28", "committee": "vaste commissie voor Volksgezondheid, Welzijn en Sport", "reference": "36812-6",
          "title": "Wijziging van de Wet langdurige zorg in verband met het versterken van de mantelzorgondersteuning"})


inbreng_verslag()

# 16. Written answers after a committee debate (PDF): topic headings, every question labeled with its asker
#     ("Vraag van het lid Olger van Dijk (NSC)", inline "Vraag van het lid De Hoop (GroenLinks-PvdA): …"), a header
#     for two members followed by the question itself, "Antwoord" / "Antwoord:" labels.
def debat_vraag_van_het_lid():
    pdf = Pdf(width=84, height=44, header=lambda n: [] if n == 1 else ["Onze referentie IENW/BSK-2026/41877", ""],
              footer=lambda n: ["Pagina %d van 3" % n])
    pdf.lines(["Ministerie van Infrastructuur en Waterstaat", "", "> Retouradres Postbus 20901 2500 EX Den Haag", "",
               "Aan de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018", "2500 EA DEN HAAG", "",
               "Datum 19 februari 2026", "Betreft Schriftelijke beantwoording vragen commissiedebat Spoor", ""])
    pdf.par("Geachte voorzitter,")
    pdf.par("Tijdens het commissiedebat Spoor van 11 februari jl. heb ik toegezegd een aantal vragen schriftelijk te "
            "beantwoorden. Met deze brief kom ik die toezegging na.")
    pdf.lines(["De staatssecretaris van Infrastructuur en Waterstaat,", "", "", "C.A. Jansen", ""])
    pdf.page()
    plan = [("Spoor", "Vraag van het lid Olger van Dijk (NSC)", "NSC", ["Van Dijk"], 22, "line"),
            ("Spoor", "Vraag van het lid De Hoop (GroenLinks-PvdA)", "GroenLinks-PvdA", ["De Hoop"], 23, "inline"),
            ("Spoor", "Vragen van de leden Stoffer en Flach (SGP)", "SGP", ["Stoffer", "Flach"], 6, "header"),
            ("Veiligheid", "Vraag van het lid Veltman (VVD)", "VVD", ["Veltman"], 1, "line"),
            ("Veiligheid", "Vraag van het lid Kostić (PvdD)", "PvdD", ["Kostić"], 32, "inline"),
            ("Financiën", "Vraag van de leden Grinwis (ChristenUnie) en Bikker (ChristenUnie)", "ChristenUnie", ["Grinwis", "Bikker"], 28, "line")]
    out, section = [], None
    for topic, label, party, members, idx, style in plan:
        _, q, a = q_and_a(idx)
        if topic != section:
            pdf.lines([topic, ""])
            section = topic
        if style == "inline":
            pdf.par(label + ": " + q[0])
            for par in q[1:]:
                pdf.par(par)
            pdf.par("Antwoord: " + a[0])
            for par in a[1:]:
                for line in par.split("\n"):
                    pdf.par(line, blank=False)
                pdf.line("")
        else:
            pdf.lines([label, ""])
            for par in q:
                pdf.par(par)
            pdf.lines(["Antwoord", ""])
            for par in a:
                for line in par.split("\n"):
                    pdf.par(line, blank=False)
                pdf.line("")
        out.append(([], party, q, a, members, {"topic": topic}))
    write("debat-vraag-van-het-lid.txt", pdf.text())
    gold("debat-vraag-van-het-lid.txt", out, None,
         {"kind": "antwoorden-debat", "date": "2026-02-19", "responder": "staatssecretaris van Infrastructuur en Waterstaat",
          "title": "Schriftelijke beantwoording vragen commissiedebat Spoor"})


debat_vraag_van_het_lid()

# 17. Aanhangsel as pdftotext prints it when the bold label shares the line with the text: "Vraag 1 Kent u …",
#     "Antwoord 1 Ja, …"; two members of different parties.
def kamervragen_label_op_regel():
    pdf = Pdf(width=80, height=40, header=lambda n: [],
              footer=lambda n: ["Aanhangsel Handelingen II 2025/26 %d" % (n + 1403)])
    pdf.lines(["Aanhangsel van de Handelingen", "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden", "", "1404", ""])
    pdf.par("Vragen van de leden Mutluer (GroenLinks-PvdA) en Michon-Derkzen (VVD) aan de minister van Justitie en "
            "Veiligheid over de capaciteit van de forensische zorg (ingezonden 20 januari 2026).")
    out = []
    for n, idx in enumerate([26, 27, 28, 29, 8], start=1):
        _, q, a = q_and_a(idx)
        pdf.par("Vraag %d %s" % (n, q[0]))
        for par in q[1:]:
            pdf.par(par)
        pdf.par("Antwoord %d %s" % (n, a[0]))
        for par in a[1:]:
            for line in par.split("\n"):
                pdf.par(line, blank=False)
            pdf.line("")
        out.append(([n], "GroenLinks-PvdA", q, a))
    write("kamervragen-label-op-regel.txt", pdf.text())
    gold("kamervragen-label-op-regel.txt", out, ["Mutluer", "Michon-Derkzen"], {"kind": "kamervragen", "responder": "minister van Justitie en Veiligheid"})


# 18. The debate table as pdftotext prints narrow columns: surname and initials, party and "Vraag" each on a line of
#     their own, then the question, "Antwoord" and the answer.
def debat_tabel_kolommen():
    L = ["Bijlage: beantwoording vragen begrotingsbehandeling Onderwijs, Cultuur en Wetenschap 2026", "",
         "Kamerlid", "Fractie", "Vraag", "Antwoord", ""]
    rows = [("Soepboer, A", "NSC", "Soepboer", 2), ("Kwint, F", "GL-PvdA", "Kwint", 3), ("Martens-America, M", "VVD", "Martens-America", 20),
            ("Stoffer, C", "SGP", "Stoffer", 21), ("Paulusma, W", "D66", "Paulusma", 0)]
    pdf = Pdf(width=48)
    out = []
    for name, party, surname, idx in rows:
        _, q, a = q_and_a(idx)
        qtext, atext = " ".join(q), " ".join(a)
        L += [name, party, "Vraag:"] + pdf.wrap(qtext) + ["Antwoord:"] + pdf.wrap(atext) + [""]
        out.append(([], {"GL-PvdA": "GroenLinks-PvdA"}.get(party, party), [qtext], [atext], [surname]))
    write("debat-tabel-kolommen.txt", "\n".join(L) + "\n")
    gold("debat-tabel-kolommen.txt", out, None, {"kind": "antwoorden-debat"})


# 19. Answers to a debate where the question is told, not labeled: "Het lid Bontenbal (CDA) vraagt …", "De leden
#     Dassen (Volt) en Paternotte (D66) vragen …", then "Antwoord".
def debat_het_lid_vraagt():
    L = ["Schriftelijke antwoorden op vragen gesteld tijdens het wetgevingsoverleg Klimaat en Energie", "",
         "Den Haag, 2 maart 2026", "", "Warmte", ""]
    plan = [("Het lid Bontenbal (CDA) vraagt", "CDA", ["Bontenbal"], "hoe de minister voorkomt dat huishoudens met een collectief warmtenet meer betalen dan huishoudens met een gasaansluiting."),
            ("De leden Dassen (Volt) en Paternotte (D66) vragen", "Volt", ["Dassen", "Paternotte"], "of het kabinet bereid is de subsidie voor isolatie van huurwoningen te verlengen tot 2030."),
            ("Het lid Kops (PVV) vraagt", "PVV", ["Kops"], "wat de totale kosten van de energietransitie voor huishoudens tot 2030 zijn. Kan de minister daarbij onderscheid maken naar inkomensgroep?")]
    answers = [["Het kabinet heeft in de Wet collectieve warmte vastgelegd dat de tarieven worden gebaseerd op de werkelijke kosten. De ACM houdt toezicht op de tarieven en kan ingrijpen als die onredelijk hoog zijn."],
               ["De subsidieregeling loopt tot en met 2027. Bij de evaluatie in 2027 besluit het kabinet over verlenging.", "Het budget voor 2026 is 120 miljoen euro."],
               ["Het Planbureau voor de Leefomgeving raamt de kosten in de Klimaat- en Energieverkenning. Een uitsplitsing naar inkomensgroep is daarin opgenomen in hoofdstuk 6."]]
    out = []
    for (opener, party, members, rest), a in zip(plan, answers):
        q = opener + " " + rest
        L += [q, "", "Antwoord"] + a + [""]
        out.append(([], party, [q], a, members))
    write("debat-het-lid-vraagt.txt", "\n".join(L) + "\n")
    gold("debat-het-lid-vraagt.txt", out, None, {"kind": "antwoorden-debat", "date": "2026-03-02"})


# 20. A list of questions whose number stands before the question without a full stop ("1 Kunt u …"), as
#     pdftotext prints the number column of a table; unlabeled answers after a blank line.
def lijst_nummer_spatie():
    pdf = Pdf(width=84, height=46, footer=lambda n: ["Tweede Kamer, vergaderjaar 2025–2026, 36 800 VIII, nr. 11 %d" % n])
    pdf.lines(["Tweede Kamer der Staten-Generaal", "Vergaderjaar 2025–2026", "", "36 800 VIII Vaststelling van de begrotingsstaten van het Ministerie van Onderwijs,",
               "Cultuur en Wetenschap (VIII) voor het jaar 2026", "", "Nr. 11 LIJST VAN VRAGEN EN ANTWOORDEN", "", "Vastgesteld 6 november 2025", ""])
    pdf.par("De vaste commissie voor Onderwijs, Cultuur en Wetenschap heeft een aantal vragen voorgelegd aan de minister "
            "van Onderwijs, Cultuur en Wetenschap over de begroting voor het jaar 2026. De minister heeft deze vragen "
            "beantwoord bij brief van 4 november 2025.")
    pdf.lines(["Nr Vraag", ""])
    out = []
    for n, idx in enumerate([2, 3, 20, 21, 22, 23, 24, 25, 0, 1], start=1):
        _, q, a = q_and_a(idx)
        pdf.par("%d %s" % (n, " ".join(q)))
        for par in a:
            for line in par.split("\n"):
                pdf.par(line, blank=False)
            pdf.line("")
        out.append(([n], None, [" ".join(q)], a, []))
    write("lijst-nummer-spatie.txt", pdf.text())
    gold("lijst-nummer-spatie.txt", out, [], {"kind": "lijst-van-vragen-en-antwoorden", "date": "2025-11-04", "reference": "36800-VIII-11"})


for make in [kamervragen_label_op_regel, debat_tabel_kolommen, debat_het_lid_vraagt, lijst_nummer_spatie]:
    make()

HAND = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hand-gold.json")
GOLD.extend(json.load(open(HAND, encoding="utf-8")))
