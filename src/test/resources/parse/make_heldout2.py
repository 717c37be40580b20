#!/usr/bin/env python3
"""Writes the binary held-out fixtures of round 2 (heldout2/): an ODT with real footnotes, a PDF made by LibreOffice
from an ODT with a running header, page-number footer and footnotes, and a DOCX made by LibreOffice from HTML with a
debate-answer table. Text invented. Needs soffice (libreoffice-writer). Run: python3 make_heldout2.py"""
import os, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout2")

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"')

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-size="10pt" style:font-name="Liberation Sans"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm"
     fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   {{header}}
   {{footer}}
  </style:master-page>
 </office:master-styles>
</office:document-styles>"""

AUTO = """<office:automatic-styles>
  <style:style style:name="B" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
 </office:automatic-styles>"""


def inline(text, notes):
    """Text with footnote markers written [[n]] made into text:note elements (n indexes notes)."""
    out, rest = [], text
    while "[[" in rest:
        before, _, after = rest.partition("[[")
        n, _, rest = after.partition("]]")
        out.append(escape(before))
        out.append(f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
                   f'<text:note-body><text:p>{escape(notes[int(n)])}</text:p></text:note-body></text:note>')
    out.append(escape(rest))
    return "".join(out)


def odt(path, blocks, notes, header="", footer=""):
    body = []
    for kind, text in blocks:
        if kind == "list":
            items = "".join(f"<text:list-item><text:p>{inline(t, notes)}</text:p></text:list-item>" for t in text)
            body.append(f"<text:list>{items}</text:list>")
        else:
            style = "B" if kind == "b" else "Standard"
            body.append(f'<text:p text:style-name="{style}">{inline(text, notes)}</text:p>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>{AUTO}'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    styles = STYLES.replace("{header}", header).replace("{footer}", footer)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, zipfile.ZIP_DEFLATED)


def convert(src, fmt, target, infilter=None):
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless"]
        if infilter:
            cmd.append(f"--infilter={infilter}")
        subprocess.run(cmd + ["--convert-to", fmt, "--outdir", tmp, src], check=True, capture_output=True)
        made = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
        shutil.move(made, target)


# --- kamervragen-justitie-voetnoten.odt: a ministry letter as ODT, bold labels on their own line, real footnotes ---
JV_NOTES = {
    1: "NOS, 28 oktober 2025, «Tbs-gestelden wachten maanden op plek in kliniek».",
    2: "Kamerstuk 29 452, nr. 301.",
    3: "Dienst Justitiële Inrichtingen, Capaciteitsrapportage forensische zorg, oktober 2025.",
}
JV = [
    ("p", "Ministerie van Justitie en Veiligheid"),
    ("p", "Directoraat-Generaal Straffen en Beschermen"),
    ("p", "Datum 25 november 2025"),
    ("p", "Onderwerp Antwoorden Kamervragen over de wachttijden in de forensische zorg"),
    ("p", "Vragen van het lid Mutluer (GroenLinks-PvdA) aan de staatssecretaris van Justitie en Veiligheid over "
          "lange wachttijden voor tbs-gestelden in de forensische zorg (ingezonden 30 oktober 2025, 2025Z20112)."),
    ("b", "Vraag 1"),
    ("p", "Bent u bekend met het bericht dat tbs-gestelden gemiddeld zeven maanden in een gevangenis wachten op een "
          "plek in een forensisch psychiatrisch centrum?[[1]]"),
    ("b", "Antwoord op vraag 1"),
    ("p", "Ja."),
    ("b", "Vraag 2"),
    ("p", "Hoeveel tbs-gestelden verbleven op 1 oktober 2025 in een penitentiaire inrichting in afwachting van "
          "plaatsing? Hoe verhoudt dit aantal zich tot de wettelijke termijn van vier maanden?"),
    ("b", "Antwoord op vraag 2"),
    ("p", "Op 1 oktober 2025 wachtten 142 tbs-gestelden in een penitentiaire inrichting op plaatsing in een "
          "forensisch psychiatrisch centrum. Bij 97 van hen was de termijn van vier maanden overschreden.[[3]]"),
    ("p", "Ik betreur dit. Het tekort aan personeel in de klinieken is de belangrijkste oorzaak, zoals ik uw Kamer "
          "eerder heb gemeld.[[2]]"),
    ("b", "Vraag 3"),
    ("p", "Welke maatregelen neemt u om de wachttijd terug te brengen?"),
    ("b", "Antwoord op vraag 3"),
    ("p", "Ik neem onder meer de volgende maatregelen:"),
    ("list", ["het uitbreiden van het aantal opleidingsplaatsen voor sociotherapeuten;",
              "het tijdelijk inzetten van extra beveiligingspersoneel via de Dienst Justitiële Inrichtingen;",
              "het openen van 40 extra plaatsen in Almere in het voorjaar van 2026."]),
    ("p", "Over de voortgang informeer ik uw Kamer in de volgende voortgangsbrief tbs."),
    ("b", "Vraag 4"),
    ("p", "Hoeveel tbs-gestelden hebben in 2025 een schadevergoeding gekregen wegens een te lange wachttijd?"),
    ("b", "Antwoord op vraag 4"),
    ("p", "In 2025 is tot en met oktober aan 61 tbs-gestelden een schadevergoeding toegekend. Zie voor de oorzaken "
          "van de wachttijd het antwoord op vraag 2."),
    ("p", "De Staatssecretaris van Justitie en Veiligheid,"),
    ("p", "I. Coenradie"),
]

# --- lijst-ontwikkelingshulp.pdf: a list of questions, made into PDF by LibreOffice (running header, page numbers) ---
BH_NOTES = {
    1: "Kamerstuk 36 180, nr. 67.",
    2: "IOB-evaluatie «Focus op resultaat», juni 2025.",
}
BH_TEXT = ("In 2024 is in totaal € 2.968 miljoen uitgegeven aan ontwikkelingssamenwerking buiten de "
           "ODA-toerekeningen aan asielopvang. Het grootste deel ging naar de thema's voedselzekerheid, water en "
           "klimaat, gevolgd door noodhulp en opvang in de regio.")
BH = [
    ("p", "Tweede Kamer der Staten-Generaal"),
    ("p", "Vergaderjaar 2024–2025"),
    ("p", "36 740 XVII Jaarverslag en slotwet Ministerie van Buitenlandse Zaken (XVII) 2024"),
    ("p", "Nr. 8 LIJST VAN VRAGEN EN ANTWOORDEN"),
    ("p", "Vastgesteld 17 juni 2025"),
    ("p", "De vaste commissie voor Buitenlandse Handel en Ontwikkelingshulp heeft een aantal vragen voorgelegd aan de "
          "minister voor Buitenlandse Handel en Ontwikkelingshulp over het Jaarverslag van het Ministerie van "
          "Buitenlandse Zaken (XVII) 2024 (Kamerstuk 36 740 XVII, nr. 1). De minister heeft deze vragen beantwoord "
          "bij brief van 13 juni 2025. Vragen en antwoorden zijn hierna afgedrukt."),
    ("p", "Voorzitter van de commissie, Klaver"),
    ("p", "Griffier van de commissie, Westerhoff"),
    ("p", "1. Hoeveel is in 2024 in totaal uitgegeven aan ontwikkelingssamenwerking, uitgesplitst naar thema?"),
    ("b", "Antwoord"),
    ("p", BH_TEXT),
    ("p", "2. Waarom is het budget voor het Dutch Good Growth Fund in 2024 niet volledig benut?"),
    ("b", "Antwoord"),
    ("p", "Het fonds committeert middelen op basis van de vraag van ondernemers. In 2024 bleef die vraag achter bij "
          "de verwachting, vooral in landen met een verslechterde veiligheidssituatie. De niet-benutte middelen "
          "blijven in het fonds beschikbaar.[[1]]"),
    ("p", "3. Welke conclusies trekt u uit de evaluatie van de Inspectie Ontwikkelingssamenwerking en "
          "Beleidsevaluatie (IOB) over het resultaatgericht werken?"),
    ("b", "Antwoord"),
    ("p", "De IOB concludeert dat het ministerie goed zicht heeft op de resultaten van afzonderlijke programma's, "
          "maar minder op de bijdrage daarvan aan de beleidsdoelen.[[2]] Ik neem de aanbevelingen over. Concreet:"),
    ("list", ["worden de resultaatindicatoren per thema teruggebracht tot een kleiner aantal kernindicatoren;",
              "rapporteert het ministerie vanaf 2026 per land over de bijdrage aan de beleidsdoelen."]),
    ("p", "4. Hoeveel medewerkers werkten eind 2024 aan ontwikkelingssamenwerking op de ambassades?"),
    ("b", "Antwoord"),
    ("p", "Eind 2024 werkten 412 medewerkers op de ambassades geheel of gedeeltelijk aan "
          "ontwikkelingssamenwerking, van wie 268 lokaal aangenomen."),
    ("p", "5. Kunt u aangeven hoeveel van het budget voor noodhulp via het Dutch Relief Alliance is besteed?"),
    ("b", "Antwoord"),
    ("p", "Via de Dutch Relief Alliance is in 2024 € 82 miljoen besteed, zie ook het antwoord op vraag 1."),
    ("p", "6. Hoe heeft de bijdrage aan het Global Partnership for Education zich in 2024 ontwikkeld ten opzichte van "
          "eerdere jaren, en wat zijn de resultaten van die bijdrage voor het aantal kinderen dat naar school gaat?"),
    ("b", "Antwoord"),
    ("p", "Nederland heeft voor de periode 2021–2025 een bijdrage van € 190 miljoen toegezegd aan het Global Partnership "
          "for Education (GPE). De jaarlijkse bijdrage is daarmee gelijk gebleven ten opzichte van de vorige "
          "toezeggingsperiode. Het GPE rapporteert dat in de partnerlanden sinds 2020 ruim 2,4 miljoen meer kinderen "
          "naar de basisschool gaan, van wie ruim de helft meisjes. Welk deel van die toename aan de Nederlandse "
          "bijdrage kan worden toegeschreven, is niet vast te stellen, omdat het GPE werkt met gebundelde middelen "
          "van alle donoren en de resultaten per partnerland rapporteert."),
    ("p", "Daarnaast draagt Nederland via het programma Education Cannot Wait bij aan onderwijs voor kinderen in "
          "crisisgebieden. In 2024 bereikte dat programma volgens de eigen rapportage 1,3 miljoen kinderen, onder "
          "meer in Soedan, Oekraïne en de Sahel. Ook hier geldt dat de resultaten niet per donor worden toegerekend. "
          "Het kabinet heeft in de beleidsbrief van november 2024 aangekondigd de bijdragen aan onderwijs na 2025 af "
          "te bouwen; de lopende verplichtingen worden nagekomen."),
    ("p", "7. Hoeveel van de toegezegde middelen voor klimaatfinanciering zijn in 2024 daadwerkelijk uitgegeven, en "
          "welk deel daarvan ging naar adaptatie?"),
    ("b", "Antwoord"),
    ("p", "In 2024 is € 1,71 miljard aan publieke klimaatfinanciering verstrekt, waarvan € 0,93 miljard voor adaptatie. "
          "Daarmee is de Nederlandse toezegging voor 2024 gehaald. De verdeling tussen mitigatie en adaptatie is "
          "vrijwel gelijk aan die van 2023. Een overzicht per kanaal en per land is opgenomen in de bijlage bij het "
          "jaarverslag."),
]
BH_HEADER = ('<style:header><text:p>Tweede Kamer, vergaderjaar 2024–2025, 36 740 XVII, nr. 8</text:p></style:header>')
BH_FOOTER = ('<style:footer><text:p><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>')

# --- debat-begroting-tabel.docx: answers to a budget debate as a Word table (made from HTML by LibreOffice) ---
ROWS = [
    ("1", "Teunissen", "PvdD", "Kan de minister toezeggen dat de subsidie voor de natuurinclusieve landbouw in 2026 "
     "niet wordt verlaagd?", "De middelen voor natuurinclusieve landbouw zijn in de begroting voor 2026 gelijk "
     "gebleven aan die van 2025. Een verlaging is niet voorzien."),
    ("2", "Van Campen", "VVD", "Hoeveel boeren hebben inmiddels gebruikgemaakt van de Landelijke beëindigingsregeling "
     "veehouderijlocaties (Lbv) en wat zijn de totale kosten?", "Tot 1 november 2025 hebben 1.038 veehouders een "
     "aanvraag ingediend, van wie 612 een overeenkomst hebben getekend. De totale verplichtingen bedragen € 1,9 "
     "miljard."),
    ("3", "Grinwis", "ChristenUnie", "Is de minister bereid om in overleg met de provincies de doorlooptijd van "
     "vergunningen voor kleine natuurherstelprojecten te verkorten?", "Ja. Ik bespreek dit in het eerstvolgende "
     "bestuurlijk overleg met de provincies in januari 2026."),
    ("4", "Kostić", "PvdD", "Hoe vaak heeft de NVWA in 2025 een slachthuis tijdelijk stilgelegd wegens ernstige "
     "dierenwelzijnsovertredingen?", "In 2025 heeft de NVWA tot en met september vier keer een slachthuis "
     "tijdelijk stilgelegd. In alle gevallen ging het om ernstige overtredingen bij het verdoven van dieren."),
]


def debate_html():
    cells = "".join(f"<tr><td>{n}</td><td>{escape(m)}</td><td>{escape(p)}</td><td>{escape(q)}</td><td>{escape(a)}</td></tr>"
                    for n, m, p, q, a in ROWS)
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Beantwoording</title></head><body>"
            "<p>Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur</p>"
            "<p>Datum 2 december 2025</p>"
            "<p>Betreft Schriftelijke beantwoording vragen begrotingsbehandeling LVVN 2026</p>"
            "<p>Geachte voorzitter,</p>"
            "<p>Hierbij beantwoord ik de vragen die de leden tijdens de eerste termijn van de begrotingsbehandeling van "
            "het Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur hebben gesteld.</p>"
            "<table border='1'><tr><th>Nr.</th><th>Lid</th><th>Fractie</th><th>Vraag</th><th>Antwoord</th></tr>"
            f"{cells}</table>"
            "<p>De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,</p><p>F.M. Wiersma</p></body></html>")


def main():
    os.makedirs(OUT, exist_ok=True)
    odt(os.path.join(OUT, "kamervragen-justitie-voetnoten.odt"), JV, JV_NOTES)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "lijst-ontwikkelingshulp.odt")
        odt(src, BH, BH_NOTES, BH_HEADER, BH_FOOTER)
        convert(src, "pdf", os.path.join(OUT, "lijst-ontwikkelingshulp.pdf"))
        html = os.path.join(tmp, "debat-begroting-tabel.html")
        with open(html, "w", encoding="utf-8") as f:
            f.write(debate_html())
        convert(html, 'docx:MS Word 2007 XML', os.path.join(OUT, "debat-begroting-tabel.docx"), "HTML (StarWriter)")


if __name__ == "__main__":
    main()
