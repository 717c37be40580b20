#!/usr/bin/env python3
"""Writes heldout2-gold.json: the gold pairs of the second held-out round (heldout2/), written by hand before the
parser was read. For the text documents whole questions and answers are cut from the document between two anchors,
with the lines of page furniture (running headers, footers, colophon, side column, footnote lines) dropped and
footnote markers taken out; for the ODT, PDF and DOCX they come from make_heldout2.py, which wrote those files.
Run: python3 heldout2_gold.py"""
import json, os, re
import make_heldout2 as made

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "heldout2")

COLOPHON = [r"ah-tk-\d+-\d+", r"kst-\d+-.*", r"ISSN .*", r"'s-Gravenhage \d{4}.*", r"Tweede Kamer, vergaderjaar .*"]


class Doc:
    def __init__(self, file, drop=(), markers=()):
        self.file = file
        self.text = open(os.path.join(DOCS, file), encoding="utf-8").read()
        self.drop = [re.compile(d) for d in list(drop) + COLOPHON]
        self.markers = markers  # (printed, repaired): footnote markers glued to words
        self.qcursor = self.acursor = 0  # questions and answers each in order; an answer follows its question
        self.pairs = []
        self.unanswered = []

    def cut(self, start, end, after):
        i = self.text.index(start, after)
        j = self.text.index(end, i) + len(end)
        self.end = j
        lines = [l for l in self.text[i:j].split("\n") if not any(d.fullmatch(l.strip().lstrip("\f")) for d in self.drop)]
        out = "\n".join(lines)
        for printed, repaired in self.markers:
            out = out.replace(printed, repaired)
        return out

    def pair(self, q, a, whole_q=True, whole_a=True, **facts):
        question = self.cut(*q, self.qcursor)
        self.qcursor = self.end
        answer = self.cut(*a, max(self.acursor, self.qcursor))
        self.acursor = self.end
        p = dict(facts)
        p["question_start"] = words(question, 8)
        p["answer_start"] = words(answer, 8)
        p["answer_end"] = last_words(answer, 8)
        if whole_q:
            p["question"] = question
        if whole_a:
            p["answer"] = answer
        self.pairs.append(p)

    def open_question(self, q, **facts):
        question = self.cut(*q, self.qcursor)
        self.qcursor = self.end
        u = dict(facts)
        u["question_start"] = words(question, 8)
        u["question"] = question
        self.unanswered.append(u)


def words(text, n):
    return " ".join(text.split()[:n])


def last_words(text, n):
    return " ".join(text.split()[-n:])


def gold(doc, document):
    out = {"file": doc.file, "document": document, "pairs": doc.pairs}
    if doc.unanswered:
        out["unanswered"] = doc.unanswered
    return out


def twee_ministers():
    d = Doc("kamervragen-twee-ministers.txt", drop=[r"\d \S.*"], markers=[("bestellen?1", "bestellen?"), ("(DSA)2", "(DSA)")])
    who = dict(party="ChristenUnie", members=["Bikker"])
    d.pair(("Heeft u kennisgenomen", "bestellen?1"), ("Ja.", "Ja."), numbers=[1], **who,
           footnotes=["NVWA, Mystery shopping onderzoek online verkoop nicotineproducten, september 2025."])
    d.pair(("Hoeveel meldingen", "opgelegd?"), ("De NVWA heeft in 2024", "eerdere overtredingen."), numbers=[2], **who)
    d.pair(("Deelt u de mening dat platforms", "daarop aan?"), ("Ja. Op grond", "nicotineproducten."), numbers=[3], **who,
           footnotes=["Verordening (EU) 2022/2065."])
    d.pair(("Bent u bereid om, naar Belgisch", "terug te dringen?"), ("Het kabinet werkt", "«Rookvrije Generatie»."),
           whole_q=False, numbers=[4, 5], **who)
    d.pair(("Kunt u deze vragen afzonderlijk", "beantwoorden?"), ("De vragen 4 en 5", "gezamenlijk beantwoord."), numbers=[6], **who)
    return gold(d, {"kind": "kamervragen", "date": "2025-11-11"})


def mededeling():
    d = Doc("kamervragen-mededeling.txt")
    who = dict(party="D66", members=["Paternotte", "Sneller"])
    d.open_question(("Bent u bekend met de doorrekening", "woningmarkt wordt genoemd?"), **who)
    d.open_question(("Hoeveel huishoudens", "inkomensdecielen?"), **who)
    d.open_question(("Kunt u een overzicht geven", "25% en 20%?"), **who)
    d.open_question(("Kunt u deze vragen beantwoorden", "Belastingplan\n2026?"), **who)
    return gold(d, {"kind": "kamervragen"})


def subvragen():
    d = Doc("kamervragen-brief-subvragen-abc.txt",
            drop=[r"Datum", r"3 december 2025", r"Kenmerk", r"IENW/BSK-2025/318842", r"Pagina \d van 3", r"Vraag [78]"])
    who = dict(party="VVD", members=["Heutink-de Boer"])
    d.pair(("Bent u bekend met het bericht", "klaar»?"), ("Ja.", "Ja."), numbers=[1], **who)
    d.pair(("Kunt u aangeven:", "meerkosten draagt?"), ("De vertraging is vooral", "niets zeggen."), numbers=[2], **who)
    d.pair(("Wanneer is de Kamer", "planning?"), ("In de Voortgangsrapportage", "mei 2025."), numbers=[3], **who)
    d.pair(("Waarom is de Kamer niet", "betonelementen?"), ("Rijkswaterstaat heeft in juli", "rapportages te doen."), numbers=[3], **who)
    d.pair(("Wat betekent de vertraging", "wettelijke normen?"), ("De Afsluitdijk voldoet", "waterveiligheid."), numbers=[4, 5], **who)
    d.pair(("Hoeveel van de 75.000", "voor\nfietsers?"), ("Op 1 november 2025 waren", "toegankelijk\nis."), numbers=[6, 7, 8], **who)
    return gold(d, {"kind": "kamervragen", "date": "2025-12-03", "responder": "minister van Infrastructuur en Waterstaat"})


def jaarverslag():
    d = Doc("lijst-jaarverslag-tabelkop.txt", drop=[r"Nr\s+Vraag\s+Bijlage.*", r"\d+(\s+\d+)?"])
    d.pair(("Hoeveel vacatures", "krijgsmachtdeel?"), ("Eind 2024 stonden", "defensieonderdelen."), numbers=[1])
    d.pair(("Wat is de reden", "dan begroot?"), ("De onderuitputting", "voor 2025."), numbers=[2])
    d.pair(("Hoeveel reservisten", "ingezet?"), ("Eind 2024 telde", "civiele autoriteiten."), numbers=[3])
    d.pair(("Kunt u toelichten", "niet is gehaald?"), ("In 2024 zijn tien", "inmiddels geleverd."), numbers=[4])
    d.pair(("Welk deel van het budget", "besteed?"), ("Van het beschikbare budget", "eindejaarsmarge."), numbers=[5])
    return gold(d, {"kind": "lijst-van-vragen-en-antwoorden", "date": "2025-06-10", "committee": "vaste commissie voor Defensie",
                    "reference": "36740-X-7", "title": "Jaarverslag en slotwet Ministerie van Defensie 2024"})


def suppletoire():
    d = Doc("lijst-suppletoire-opsommingen.txt", drop=[r"\d \S.*"], markers=[("module.1", "module."), ("mkb?2", "mkb?")])
    d.pair(("Waarom wordt het budget", "verlaagd?"), ("Het budget wordt niet", "blijft ongewijzigd."), numbers=[1])
    d.pair(("Welke maatregelen neemt u", "terug te dringen?"), ("Ik neem de volgende", "jaarverslag over\n2025."), numbers=[2])
    d.pair(("Kunt u een overzicht geven", "drie jaar?"), ("In onderstaande tabel", "regionale module.1"), whole_q=False,
           numbers=[3], footnotes=["Zie Kamerstuk 33 009, nr. 142."])
    d.pair(("Hoeveel aanvragen", "toegekend?"), ("In 2025 zijn 412", "gerealiseerd."), numbers=[4])
    d.pair(("Wat is de stand van zaken", "mkb?2"), ("De motie wordt uitgevoerd.", "antwoord op vraag 2."), numbers=[5],
           footnotes=["Kamerstuk 36 600 XIII, nr. 31."])
    return gold(d, {"kind": "lijst-van-vragen-en-antwoorden", "date": "2025-12-05",
                    "committee": "vaste commissie voor Economische Zaken", "reference": "36845-XIII-4"})


def reactie_per_fractie():
    d = Doc("so-reactie-per-fractie-themas.txt")
    d.pair(("De leden van de PVV-fractie hebben kennisgenomen", "van deze heffing af te zien."),
           ("Het kabinet heeft in de Voorjaarsnota", "door te zetten."), whole_q=False, party="PVV", topic="Suikertaks")
    d.pairs[-1]["question_start_alt"] = "De leden van de PVV-fractie lezen dat de staatssecretaris"
    d.pair(("De leden van de PVV-fractie vragen hoeveel", "resultaten daarvan zijn."), ("Op 1 november 2025 hadden", "conclusies te trekken."),
           party="PVV", topic="Sportakkoord")
    d.pair(("De leden van de GroenLinks-PvdA-fractie zijn bezorgd", "te verruimen?"),
           ("Gemeenten kunnen via", "voorjaar van 2026."), party="GroenLinks-PvdA", topic="Gezonde schoolomgeving")
    d.pair(("De leden van de CDA-fractie vragen hoe", "deelgenomen?"), ("In 2025 hebben ongeveer", "preventieakkoorden."),
           party="CDA", topic="Valpreventie")
    return gold(d, {"kind": "schriftelijk-overleg", "date": "2025-12-01",
                    "committee": "vaste commissie voor Volksgezondheid, Welzijn en Sport", "reference": "32793-842"})


def debat_themas():
    d = Doc("debat-brief-themas-het-lid-vroeg.txt")
    d.pair(("Het lid Van der Plas (BBB) vroeg", "derogatie."), ("Ik heb de Europees", "melkveehouders."),
           party="BBB", members=["Van der Plas"], topic="Derogatie en mestplaatsing")
    d.pair(("Het lid Holman (NSC) vroeg", "tijdig te behandelen."), ("Op dit moment liggen", "voorrang te\nbehandelen."),
           party="NSC", members=["Holman"], topic="Derogatie en mestplaatsing")
    d.pair(("De leden Bromet", "in\n2032."), ("Ja. Het kabinet houdt", "uitwerkingsbrief."), topic="Grondgebondenheid")
    d.pair(("Het lid Flach (SGP) vroeg", "grondgebondenheid."), ("Jonge boeren hebben", "bij de uitwerking."),
           party="SGP", members=["Flach"], topic="Grondgebondenheid")
    return gold(d, {"kind": "antwoorden-debat", "date": "2025-11-18",
                    "responder": "minister van Landbouw, Visserij, Voedselzekerheid en Natuur"})


def nota():
    d = Doc("nota-naar-aanleiding-van-verslag.txt", drop=[r"\d \S.*"], markers=[("studiejaar.1", "studiejaar.")])
    d.pair(("De leden van de VVD-fractie hebben kennisgenomen", "tegemoetkoming."), ("Uit de cijfers van DUO", "eenvoudiger wordt."),
           whole_q=False, party="VVD", topic="Inleiding")
    d.pairs[-1]["question_start_alt"] = "Zij vragen hoeveel studenten naar verwachting"
    d.pair(("De leden van de D66-fractie vragen", "zelf bieden."), ("Een verlenging van de prestatiebeurs", "voorzieningen niet."),
           party="D66", topic="Inleiding", footnotes=["Zie ook de memorie van toelichting, Kamerstuk 36 702, nr. 3, paragraaf 4."])
    d.pair(("De leden van de CDA-fractie vragen", "gedekt."), ("Dat kan ik bevestigen.", "hoger onderwijs."),
           party="CDA", topic="Financiële gevolgen")
    d.pair(("De leden van de SP-fractie vinden", "indexeren."), ("Het bedrag wordt jaarlijks", "van die wet."),
           party="SP", topic="Financiële gevolgen")
    return gold(d, {"date": "2025-11-20", "reference": "36702-6", "responder": "minister van Onderwijs, Cultuur en Wetenschap"})


def strip_notes(text):
    return re.sub(r"\[\[\d+\]\]", "", text)


def notes_of(texts, notes):
    return [notes[int(n)] for t in texts for n in re.findall(r"\[\[(\d+)\]\]", t)]


def spec_pair(question_paras, answer_paras, whole_a=True, notes=None, **facts):
    q = "\n\n".join(strip_notes(t) for t in question_paras)
    a = "\n\n".join(strip_notes(t) for t in answer_paras)
    p = dict(facts)
    p.update(question_start=words(q, 8), question=q, answer_start=words(a, 8), answer_end=last_words(a, 8))
    if whole_a:
        p["answer"] = a
    if notes is not None:
        p["footnotes"] = notes_of(list(question_paras) + list(answer_paras), notes)
    return p


def flat(blocks):
    """Paragraph texts, a list's items each as a paragraph (how a bullet is printed is not part of the gold)."""
    return [item for k, t in blocks for item in (t if k == "list" else [t])]


def justitie_odt():
    blocks = made.JV
    texts = lambda i, j: [t for k, t in blocks[i:j]]
    at = lambda label: next(i for i, (k, t) in enumerate(blocks) if t == label)
    who = dict(party="GroenLinks-PvdA", members=["Mutluer"])
    pairs = []
    for n in range(1, 5):
        q, a = at(f"Vraag {n}"), at(f"Antwoord op vraag {n}")
        end = at(f"Vraag {n + 1}") if n < 4 else at("De Staatssecretaris van Justitie en Veiligheid,")
        answer = flat(blocks[a + 1:end])
        has_list = any(k == "list" for k, t in blocks[a + 1:end])
        pair = spec_pair(texts(q + 1, a), answer, whole_a=not has_list, notes=made.JV_NOTES, numbers=[n], **who)
        pairs.append(pair)
    return {"file": "kamervragen-justitie-voetnoten.odt",
            "document": {"kind": "kamervragen", "date": "2025-11-25", "responder": "staatssecretaris van Justitie en Veiligheid"},
            "pairs": pairs}


def ontwikkelingshulp_pdf():
    blocks = made.BH
    starts = [i for i, (k, t) in enumerate(blocks) if k == "p" and re.match(r"\d\. ", t)]
    pairs = []
    for n, i in enumerate(starts, 1):
        end = starts[n] if n < len(starts) else len(blocks)
        question = re.sub(r"^\d\. ", "", blocks[i][1])
        answer = flat(blocks[i + 2:end])
        has_list = any(k == "list" for k, t in blocks[i + 2:end])
        pairs.append(spec_pair([question], answer, whole_a=not has_list, notes=made.BH_NOTES, numbers=[n]))
    return {"file": "lijst-ontwikkelingshulp.pdf",
            "document": {"kind": "lijst-van-vragen-en-antwoorden", "date": "2025-06-13",
                         "committee": "vaste commissie voor Buitenlandse Handel en Ontwikkelingshulp", "reference": "36740-XVII-8"},
            "pairs": pairs}


def debat_docx():
    pairs = [spec_pair([q], [a], numbers=[int(n)], party=p, members=[m]) for n, m, p, q, a in made.ROWS]
    return {"file": "debat-begroting-tabel.docx",
            "document": {"kind": "antwoorden-debat", "date": "2025-12-02",
                         "responder": "minister van Landbouw, Visserij, Voedselzekerheid en Natuur"},
            "pairs": pairs}


def main():
    docs = [twee_ministers(), mededeling(), subvragen(), jaarverslag(), suppletoire(), reactie_per_fractie(), debat_themas(),
            nota(), justitie_odt(), ontwikkelingshulp_pdf(), debat_docx()]
    with open(os.path.join(HERE, "heldout2-gold.json"), "w", encoding="utf-8") as f:
        json.dump(docs, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(sum(len(d["pairs"]) for d in docs), "pairs,", sum(len(d.get("unanswered", [])) for d in docs), "unanswered")


if __name__ == "__main__":
    main()
