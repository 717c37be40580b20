#!/usr/bin/env python3
"""Writes the held-out fixtures of round 3 (heldout3/) and their gold (heldout3-gold.json). Text invented, written
before the parser was read. The DOCX with Word's automatic numbering is written by hand (document.xml with w:numPr,
numbering.xml), the PDF is made by LibreOffice from a flat ODT with a running header and page-number footer, the ODT
from HTML through LibreOffice's Writer import. Needs soffice (libreoffice-writer). Run: python3 make_heldout3.py"""
import json, os, re, shutil, subprocess, tempfile, textwrap, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout3")
GOLD = []


def words(text, n, last=False):
    w = text.split()
    return " ".join(w[-n:] if last else w[:n])


def gold(file, pairs, kind=None):
    entry = {"file": file, "pairs": []}
    if kind:
        entry["document"] = {"kind": kind}
    for p in pairs:
        q = "\n\n".join(p["q"]) if isinstance(p["q"], list) else p["q"]
        a = "\n\n".join(p["a"]) if isinstance(p["a"], list) else p["a"]
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
        entry["pairs"].append(g)
    GOLD.append(entry)


def paras(x):
    return x if isinstance(x, list) else [x]


def soffice(src, fmt, outdir, infilter=None):
    cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-heldout3"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------------------------------------------
# 1. DOCX, questions numbered by Word's automatic list numbering (the "1." is not in the text), "Antwoord" in bold
# ---------------------------------------------------------------------------------------------------------------
FORENSISCH = [
    {"n": [1], "party": "VVD", "members": ["Van Dijkhuizen"],
     "q": "Bent u bekend met het bericht \u201eTbs-gestelden wachten maanden op een plek in een kliniek\u201d?",
     "a": "Ja."},
    {"n": [2], "party": "VVD", "members": ["Van Dijkhuizen"],
     "q": "Hoeveel tbs-gestelden verblijven op dit moment in een penitentiaire inrichting in afwachting van plaatsing "
          "in een forensisch psychiatrisch centrum (fpc)? Hoe lang is de gemiddelde wachttijd?",
     "a": ["Op 1 september 2026 verbleven 94 tbs-gestelden in een penitentiaire inrichting in afwachting van "
           "plaatsing. De gemiddelde wachttijd bedroeg op die datum 211 dagen. Dat is langer dan de wettelijke "
           "termijn van vier maanden.",
           "Ik vind deze situatie onwenselijk. Zowel voor de tbs-gestelde als voor de samenleving is het van belang "
           "dat de behandeling zo snel mogelijk begint."]},
    {"n": [3], "party": "VVD", "members": ["Van Dijkhuizen"],
     "q": "Welke maatregelen heeft u genomen om de capaciteit in de fpc\u2019s uit te breiden, en wanneer verwacht u "
          "dat deze effect hebben?",
     "a": ["Ik heb de volgende maatregelen genomen:",
           "extra plaatsen in Den Dolder en Rekken, waarvan er in 2025 zestig in gebruik zijn genomen;",
           "een snellere doorstroom naar de longstay en naar vervolgvoorzieningen buiten de justiti\u00eble keten;",
           "een wervingscampagne voor sociotherapeuten, samen met de brancheorganisatie.",
           "Ik verwacht dat de wachtlijst in de loop van 2027 merkbaar afneemt."]},
    {"n": [4], "party": "VVD", "members": ["Van Dijkhuizen"],
     "q": "Kunt u aangeven hoeveel vacatures er openstaan voor sociotherapeuten en psychiaters in de forensische zorg?",
     "a": "Volgens de sector stonden medio 2026 circa 340 vacatures open, waarvan ongeveer een derde voor "
          "sociotherapeuten. Cijfers over psychiaters afzonderlijk zijn niet beschikbaar."},
    {"n": [5], "party": "VVD", "members": ["Van Dijkhuizen"],
     "q": "Bent u bereid de Kamer voor het einde van het jaar te informeren over de voortgang van de aanpak?",
     "a": "Ja. Ik zal uw Kamer voor 31 december 2026 een voortgangsbrief sturen over de capaciteit in de forensische "
          "zorg."},
]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def wpara(text, bold=False, num=None, style=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
        ppr += "</w:pPr>"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def make_docx_numbering():
    body = [
        wpara("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
        wpara("Postbus 20018"),
        wpara("2500 EA  DEN HAAG"),
        wpara("Datum 14 oktober 2026"),
        wpara("Betreft Antwoorden Kamervragen over wachttijden in de forensische zorg"),
        wpara("Hierbij zend ik u de antwoorden op de vragen van het lid Van Dijkhuizen (VVD) over de wachttijden in de "
              "forensische zorg (ingezonden 19 september 2026, 2026Z16234)."),
        wpara("De Staatssecretaris van Justitie en Veiligheid,"),
        wpara("J.P. Verhoeven-Schuurman"),
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
        wpara("2026Z16234", bold=True),
        wpara("Vragen van het lid Van Dijkhuizen (VVD) aan de staatssecretaris van Justitie en Veiligheid over de "
              "wachttijden in de forensische zorg (ingezonden 19 september 2026)."),
    ]
    for p in FORENSISCH:
        body.append(wpara(p["q"], num=1, style="Lijstalinea"))
        body.append(wpara("Antwoord", bold=True))
        a = paras(p["a"])
        if len(a) > 2 and a[0].endswith(":"):
            body.append(wpara(a[0]))
            for item in a[1:-1]:
                body.append(wpara(item, num=2, style="Lijstalinea"))
            body.append(wpara(a[-1]))
        else:
            body += [wpara(x) for x in a]
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
                + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
 <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
   <w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
 <w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>
   <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
 <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
 <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>'''
    styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Lijstalinea"><w:name w:val="List Paragraph"/><w:basedOn w:val="Standaard"/>
<w:pPr><w:ind w:left="720"/></w:pPr></w:style></w:styles>'''
    ctypes = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>'''
    rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>'''
    docrels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>'''
    name = "kamervragen-word-automatische-nummering.docx"
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for arc, data in [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", document),
                          ("word/_rels/document.xml.rels", docrels), ("word/numbering.xml", numbering),
                          ("word/styles.xml", styles)]:
            z.writestr(zipfile.ZipInfo(arc, (2026, 10, 14, 9, 0, 0)), data)
    gold(name, FORENSISCH)


# ---------------------------------------------------------------------------------------------------------------
# 2. Windows-1252 text, CRLF, curly quotes, every line hard-wrapped at 72 columns; "Vraag 1" / "Antwoord 1"
# ---------------------------------------------------------------------------------------------------------------
STATION = [
    {"n": [1], "party": "NSC", "members": ["Terpstra"],
     "q": "Heeft u kennisgenomen van het artikel \u201eStation zonder treinen: Stadshagen wacht nog jaren\u201d in "
          "de Stentor van 30 augustus 2026?",
     "a": "Ja."},
    {"n": [2], "party": "NSC", "members": ["Terpstra"],
     "q": "Klopt het dat het station al sinds december 2025 gereed is, maar dat er geen treinen stoppen omdat de "
          "halte volgens de vervoerder \u2018niet in de dienstregeling past\u2019?",
     "a": ["Het klopt dat de perrons en de toegangen in december 2025 zijn opgeleverd. Voor een stop in de "
           "dienstregeling is echter ook een aanpassing van de beveiliging op het baanvak Zwolle\u2013Kampen nodig. "
           "ProRail voert die aanpassing in het voorjaar van 2027 uit.",
           "Zolang die aanpassing niet is uitgevoerd, kan een extra stop niet worden ingepast zonder dat de "
           "aansluitingen in Zwolle verloren gaan."]},
    {"n": [3], "party": "NSC", "members": ["Terpstra"],
     "q": "Wat zijn de kosten van het station tot nu toe, en wie draagt de kosten van het onderhoud zolang er geen "
          "treinen stoppen?",
     "a": "De bouwkosten bedragen \u20ac 14,6 miljoen, waarvan \u20ac 9,1 miljoen door het Rijk en \u20ac 5,5 "
          "miljoen door de provincie Overijssel en de gemeente Zwolle is bijgedragen. Het onderhoud komt tot de "
          "ingebruikname voor rekening van ProRail."},
    {"n": [4], "party": "NSC", "members": ["Terpstra"],
     "q": "Bent u bereid met de vervoerder en de regio in overleg te treden om het station eerder in gebruik te "
          "nemen, bijvoorbeeld met een beperkte bediening in de spits? Zo nee, waarom niet?",
     "a": ["Ik ben met de vervoerder en de regio in gesprek over een beperkte bediening vanaf de dienstregeling "
           "2027. Over de uitkomst daarvan informeer ik uw Kamer voor de zomer.",
           "Een bediening in de spits alleen is volgens de vervoerder niet zinvol, omdat reizigers dan buiten de "
           "spits geen alternatief hebben. Ik laat dit nader onderzoeken."]},
]


def wrap72(paragraphs):
    out = []
    for p in paragraphs:
        out += textwrap.wrap(p, 72, break_on_hyphens=False) + [""]
    return out


def make_cp1252():
    lines = ["Aanhangsel van de Handelingen", "",
             "Vragen gesteld door de leden der Kamer, met de daarop door de regering", "gegeven antwoorden", "",
             "2026Z14512", ""]
    lines += wrap72(["Vragen van het lid Terpstra (NSC) aan de staatssecretaris van Infrastructuur en Waterstaat "
                     "over het \u201espookstation\u201d Zwolle-Stadshagen (ingezonden 2 september 2026).",
                     "Antwoord van staatssecretaris Koster-Bleeker (Infrastructuur en Waterstaat) (ontvangen 24 "
                     "september 2026)."])
    for p in STATION:
        num = p["n"][0]
        lines += [f"Vraag {num}"] + wrap72(paras(p["q"]))
        lines += [f"Antwoord {num}"] + wrap72(paras(p["a"]))
    text = "\r\n".join(lines) + "\r\n"
    name = "kamervragen-cp1252-crlf-72kolommen.txt"
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode("cp1252"))
    gold(name, STATION, "kamervragen")


# ---------------------------------------------------------------------------------------------------------------
# 3. Memorie van antwoord (Eerste Kamer): "De leden van de fractie van de VVD vroegen ..." then "De regering ..."
# ---------------------------------------------------------------------------------------------------------------
MVA = [
    {"party": "VVD",
     "q": "De leden van de fractie van de VVD vroegen waarom de regering ervoor heeft gekozen het toezicht op het "
          "burgerschapsonderwijs in de wet te verankeren, terwijl de inspectie al over ruime bevoegdheden beschikt. "
          "Deze leden vroegen tevens hoe vaak de inspectie de afgelopen vijf jaar heeft ingegrepen.",
     "a": ["De regering wijst erop dat de huidige bevoegdheden van de inspectie zijn gericht op de kwaliteit van het "
           "onderwijs in het algemeen. Voor het burgerschapsonderwijs ontbreekt een duidelijke maatstaf, waardoor "
           "de inspectie in de praktijk terughoudend optreedt. Het wetsvoorstel geeft die maatstaf.",
           "In de periode 2021\u20132025 heeft de inspectie in 37 gevallen een herstelopdracht gegeven die mede "
           "betrekking had op burgerschap. In geen van die gevallen is een bekostigingssanctie opgelegd."]},
    {"party": "GroenLinks-PvdA",
     "q": "De leden van de GroenLinks-PvdA-fractie vroegen hoe de regering de vrijheid van onderwijs, zoals "
          "neergelegd in artikel 23 van de Grondwet, weegt tegen het belang van goed burgerschapsonderwijs.",
     "a": "De regering hecht grote waarde aan de vrijheid van onderwijs. Het wetsvoorstel laat de vrijheid van "
          "richting en inrichting onverlet: scholen bepalen zelf hoe zij aan de opdracht invulling geven. De wet "
          "stelt alleen eisen aan het resultaat, niet aan de methode."},
    {"party": "CDA",
     "q": "De leden van de fractie van het CDA vroegen of de regering kan bevestigen dat een school die vanuit haar "
          "levensbeschouwelijke identiteit andere accenten legt, niet om die reden als onvoldoende wordt beoordeeld.",
     "a": "Dat kan de regering bevestigen. De inspectie beoordeelt of de school de basiswaarden van de democratische "
          "rechtsstaat bevordert; de identiteit van de school is daarbij geen beoordelingsgrond."},
    {"party": "SGP",
     "q": "De leden van de SGP-fractie merkten op dat het begrip \u2018basiswaarden\u2019 in de wet niet nader wordt "
          "omschreven. Zij vroegen de regering om aan te geven welke waarden daaronder in elk geval vallen, en wie "
          "daarover uiteindelijk beslist.",
     "a": ["Het begrip basiswaarden is ontleend aan de Grondwet en het Europees Verdrag tot bescherming van de "
           "rechten van de mens. Daaronder vallen in elk geval vrijheid van meningsuiting, gelijkwaardigheid, "
           "begrip voor anderen, verdraagzaamheid, autonomie en het afwijzen van onverdraagzaamheid en discriminatie.",
           "Over de toepassing in een concreet geval beslist uiteindelijk de rechter."]},
    {"party": "JA21",
     "q": "De leden van de fractie van JA21 vroegen welke gevolgen het wetsvoorstel heeft voor de werkdruk van "
          "leraren, en of de regering bereid is de administratieve lasten te monitoren.",
     "a": "Het wetsvoorstel verplicht scholen niet tot het opstellen van nieuwe plannen of verantwoordingsdocumenten. "
          "De regering verwacht daarom geen noemenswaardige toename van de werkdruk. Zij zal de regeldruk wel "
          "meenemen in de evaluatie, die drie jaar na inwerkingtreding plaatsvindt."},
    {"party": "ChristenUnie",
     "q": "De leden van de fractie van de ChristenUnie vroegen ten slotte hoe het wetsvoorstel zich verhoudt tot het "
          "voorstel van wet van de leden Bisschop en Kwint over de burgerschapsopdracht in het mbo.",
     "a": "Beide voorstellen vullen elkaar aan. Het initiatiefvoorstel betreft het middelbaar beroepsonderwijs; dit "
          "wetsvoorstel het funderend onderwijs. De regering heeft de formuleringen waar mogelijk op elkaar "
          "afgestemd."},
]


def make_mva():
    lines = ["Eerste Kamer der Staten-Generaal", "Vergaderjaar 2026\u20132027", "",
             "36 712        Wijziging van de Wet op het onderwijstoezicht in verband",
             "              met het versterken van het toezicht op het",
             "              burgerschapsonderwijs", "",
             "C             MEMORIE VAN ANTWOORD", "              Ontvangen 6 oktober 2026", "",
             "1. Inleiding", ""]
    lines += wrap72(["De regering dankt de leden van de fracties van de VVD, GroenLinks-PvdA, het CDA, de SGP, "
                     "JA21 en de ChristenUnie voor hun inbreng bij dit wetsvoorstel. In deze memorie van antwoord "
                     "worden de vragen beantwoord in de volgorde van het voorlopig verslag. Waar vragen samenhangen, "
                     "zijn zij gezamenlijk beantwoord."])
    lines += ["2. Doel van het wetsvoorstel", ""]
    for i, p in enumerate(MVA):
        if i == 2:
            lines += ["3. Verhouding tot de vrijheid van onderwijs", ""]
        if i == 4:
            lines += ["4. Uitvoering en regeldruk", ""]
        lines += wrap72(paras(p["q"]))
        block = wrap72(paras(p["a"]))
        if i == 3:  # a page break in the middle of an answer, as pdftotext prints it
            cut = 3
            block = block[:cut] + ["", "Eerste Kamer, vergaderjaar 2026\u20132027, 36 712, C                           2",
                                   ""] + block[cut:]
        lines += block
    lines += ["De Minister van Onderwijs, Cultuur en Wetenschap,", "M. de Wit-Hendriks", ""]
    name = "memorie-van-antwoord-eerste-kamer.txt"
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    gold(name, MVA)


# ---------------------------------------------------------------------------------------------------------------
# 4. Feitelijke vragen flattened from a table: number, question and answer on one line
# ---------------------------------------------------------------------------------------------------------------
IENW = [
    {"n": [1], "q": "Hoeveel kilometer rijksweg is in 2026 voorzien van een nieuwe deklaag?",
     "a": "In 2026 is circa 412 kilometer rijksweg voorzien van een nieuwe deklaag. Dat is 38 kilometer minder dan "
          "gepland, vooral door vertraging bij enkele projecten in de provincie Gelderland."},
    {"n": [2], "q": "Wat is de stand van de achterstand in het onderhoud van bruggen en sluizen per 1 september 2026?",
     "a": "Rijkswaterstaat heeft voor de komende tien jaar 86 bruggen en 41 sluizen aangemerkt als object dat "
          "vervangen of gerenoveerd moet worden."},
    {"n": [3], "q": "Hoeveel is er in 2026 uitgegeven aan verkeersveiligheid op provinciale wegen? Hoeveel projecten "
                    "zijn daarmee gefinancierd?",
     "a": "In 2026 is \u20ac 92 miljoen uitgegeven aan de tweede tranche van het Investeringsimpulsprogramma "
          "Verkeersveiligheid. Daarmee zijn 318 projecten van provincies en gemeenten medegefinancierd."},
    {"n": [4], "q": "Kunt u toelichten waarom het budget voor de Brede Doeluitkering met \u20ac 40 miljoen daalt?",
     "a": "De daling is het gevolg van een kasschuif naar 2029, op verzoek van de regio\u2019s, omdat de projecten "
          "later starten dan voorzien."},
    {"n": [5], "q": "Hoeveel fte werkte eind 2026 bij Rijkswaterstaat?",
     "a": "Eind 2026 werkten 10.214 fte bij Rijkswaterstaat, 312 fte meer dan een jaar eerder."},
    {"n": [6], "q": "Welk deel van de middelen voor het Deltafonds is in 2026 niet tot besteding gekomen, en wat is "
                    "daarvan de reden?",
     "a": "Van het Deltafonds is \u20ac 117 miljoen niet tot besteding gekomen. De belangrijkste oorzaak is de "
          "vertraging bij de versterking van de Afsluitdijk en bij twee dijkversterkingen langs de Lek."},
    {"n": [7], "q": "Is er al een besluit genomen over de verbreding van de A1 tussen Apeldoorn en Azelo?",
     "a": "Nee. Het tracébesluit wordt naar verwachting in 2028 genomen."},
    {"n": [8], "q": "Wat zijn de verwachte kosten van de vervanging van de Van Brienenoordbrug?",
     "a": "De kosten worden geraamd op \u20ac 1,3 tot 1,6 miljard, afhankelijk van de gekozen variant."},
]


def make_flat_table():
    lines = ["Tweede Kamer der Staten-Generaal", "Vergaderjaar 2026\u20132027", "",
             "36 800 XII Vaststelling van de begrotingsstaten van het Ministerie van Infrastructuur en Waterstaat "
             "(XII) voor het jaar 2027", "",
             "Nr. 7 LIJST VAN VRAGEN EN ANTWOORDEN", "Vastgesteld 29 oktober 2026", "",
             "De vaste commissie voor Infrastructuur en Waterstaat heeft een aantal vragen voorgelegd aan de Minister "
             "van Infrastructuur en Waterstaat over de Vaststelling van de begrotingsstaten van het Ministerie van "
             "Infrastructuur en Waterstaat (XII) voor het jaar 2027 (Kamerstuk 36 800 XII, nr. 1).",
             "De Minister heeft deze vragen beantwoord bij brief van 28 oktober 2026. Vragen en antwoorden zijn "
             "hierna afgedrukt.", "",
             "De voorzitter van de commissie,", "Tielen", "", "De adjunct-griffier van de commissie,", "Koerts", "",
             "Nr Vraag Antwoord"]
    for p in IENW:
        num = p["n"][0]
        row = f"{num} {p['q']} {p['a']}"
        if num in (3, 6):  # a long row wraps inside the flattened cells
            lines += textwrap.wrap(row, 110)
        else:
            lines.append(row)
        if num == 5:
            lines += ["", "Tweede Kamer, vergaderjaar 2026\u20132027, 36 800 XII, nr. 7 2", "", "Nr Vraag Antwoord"]
    name = "feitelijke-vragen-tabel-plat.txt"
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    gold(name, IENW, "lijst-van-vragen-en-antwoorden")


# ---------------------------------------------------------------------------------------------------------------
# 5. Hierarchical numbering "Vraag 1.1" / "Antwoord 1.1" under numbered section headings
# ---------------------------------------------------------------------------------------------------------------
MEST = [
    {"q": "Hoe heeft de prijs voor het afzetten van varkensmest zich in het afgelopen jaar ontwikkeld?",
     "a": "De afzetprijs voor varkensmest lag in het eerste halfjaar van 2026 gemiddeld op \u20ac 32 per ton, tegen "
          "\u20ac 24 per ton een jaar eerder. De stijging hangt samen met de afbouw van de derogatie."},
    {"q": "Welke maatregelen neemt u om de druk op de mestmarkt te verlichten? Wordt daarbij ook gekeken naar "
          "mestverwerking?",
     "a": ["Ik zet in op drie sporen: volumebeperking via de be\u00ebindigingsregelingen, het stimuleren van "
           "mestverwerking en export, en het verruimen van de mogelijkheden voor kunstmestvervangers.",
           "Voor mestverwerking is in 2026 \u20ac 25 miljoen beschikbaar gesteld voor innovatieve installaties."]},
    {"q": "Wat is de stand van zaken van het overleg met de Europese Commissie over een nieuwe derogatie?",
     "a": "Er is op dit moment geen overleg over een nieuwe derogatie. De Europese Commissie heeft aangegeven eerst "
          "een verbetering van de waterkwaliteit te willen zien."},
    {"q": "Hoeveel bedrijven zijn door het vervallen van de derogatie in financi\u00eble problemen gekomen?",
     "a": "Daarover zijn geen exacte gegevens bekend. Uit een enquête van de sector blijkt dat ongeveer een op de "
          "vijf melkveebedrijven zijn liquiditeit als zorgelijk beoordeelt."},
    {"q": "Kunt u aangeven wanneer de Kamer het actieprogramma Nitraatrichtlijn ontvangt?",
     "a": "Het actieprogramma wordt in het eerste kwartaal van 2027 aan uw Kamer aangeboden."},
]


def make_hierarchical():
    lines = ["Beantwoording schriftelijke vragen van de vaste commissie voor Landbouw, Visserij, Voedselzekerheid en",
             "Natuur over de voortgangsrapportage mestbeleid", "", "1. Mestmarkt", ""]
    nums = ["1.1", "1.2", "2.1", "2.2", "2.3"]
    for p, num in zip(MEST, nums):
        if num == "2.1":
            lines += ["2. Derogatie", ""]
        lines += [f"Vraag {num}"] + paras(p["q"]) + [""]
        lines += [f"Antwoord {num}"] + [x for a in paras(p["a"]) for x in (a, "")]
    name = "kamervragen-hierarchische-nummering.txt"
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    gold(name, MEST)


# ---------------------------------------------------------------------------------------------------------------
# 6. PDF of a letter answering questions from a commissiedebat, "Vraag van het lid X (PARTY)" / "Antwoord", one
#    question running over a page break with the letter's running header in between
# ---------------------------------------------------------------------------------------------------------------
DEBAT = [
    {"party": "CDA", "members": ["Boswijk-Hendriks"],
     "q": "Kan de staatssecretaris aangeven hoeveel gedetineerden in 2026 op een meerpersoonscel zijn geplaatst, en "
          "hoeveel incidenten zich op die cellen hebben voorgedaan?",
     "a": ["In 2026 zijn tot en met september 4.118 gedetineerden op een meerpersoonscel geplaatst. Het aantal "
           "geregistreerde incidenten op meerpersoonscellen bedroeg in dezelfde periode 163, waarvan 41 met fysiek "
           "geweld.",
           "Het aandeel incidenten op meerpersoonscellen is daarmee niet hoger dan op eenpersoonscellen. Ik blijf de "
           "ontwikkeling nauwlettend volgen, omdat het gebruik van meerpersoonscellen door het capaciteitstekort "
           "verder toeneemt."]},
    {"party": "DENK", "members": ["Yilmaz"],
     "q": "Waarom krijgen gedetineerden die op een wachtlijst voor een re-integratieprogramma staan, geen voorrang "
          "bij de overplaatsing naar een beperkt beveiligde afdeling?",
     "a": ["Plaatsing op een beperkt beveiligde afdeling hangt af van het risicoprofiel en de resterende strafduur, "
           "niet van deelname aan een programma. Een wachtlijst voor een programma is daarom op zichzelf geen grond "
           "voor voorrang.",
           "Wel wordt bij de selectie meegewogen of een gedetineerde een re-integratieplan heeft dat op een beperkt "
           "beveiligde afdeling kan worden voortgezet. De Dienst Justiti\u00eble Inrichtingen past de werkinstructie "
           "hierop aan, zodat inrichtingen dit op dezelfde manier toepassen.",
           "Ik verwacht dat de aangepaste werkinstructie begin 2027 in alle inrichtingen wordt gebruikt. Daarna laat "
           "ik nagaan of gedetineerden met een re-integratieplan vaker en eerder worden overgeplaatst dan nu."]},
    {"party": "SP", "members": ["Kouwenberg"],
     "q": ["Het lid Kouwenberg vroeg naar de stand van zaken van de personeelsbezetting in de inrichtingen in het "
           "noorden van het land. Hoeveel vacatures voor penitentiair inrichtingswerkers staan er open in Veenhuizen, "
           "Leeuwarden en Groningen, hoe lang staan deze vacatures gemiddeld open, en welke maatregelen neemt de "
           "staatssecretaris om de werkdruk van het zittende personeel te verlagen, nu uit het medewerkersonderzoek "
           "blijkt dat ruim de helft van de medewerkers de werkdruk als te hoog ervaart? Is de staatssecretaris "
           "bereid om de toelage voor onregelmatige diensten te verhogen, zoals de vakbonden hebben voorgesteld, en "
           "zo ja, per wanneer?"],
     "a": ["Op 1 oktober 2026 stonden in Veenhuizen 58, in Leeuwarden 37 en in Groningen 22 vacatures voor "
           "penitentiair inrichtingswerkers open. Een vacature staat gemiddeld vijf maanden open.",
           "Om de werkdruk te verlagen worden taken die geen bijzondere bevoegdheid vragen, zoals transport binnen "
           "de inrichting, bij ondersteunend personeel belegd. Over de toelage voor onregelmatige diensten wordt "
           "gesproken in het overleg over de cao Rijk; op de uitkomst daarvan kan ik niet vooruitlopen."]},
    {"party": "PVV", "members": ["De Groot"],
     "q": "Klopt het dat de nieuwe inrichting in Almere later wordt opgeleverd dan eerder gemeld?",
     "a": "Ja. De oplevering is door problemen met de aanbesteding van de beveiligingsinstallaties verschoven van "
          "het tweede naar het vierde kwartaal van 2027."},
]


def make_debate_pdf():
    def p(text, style="P"):
        return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'

    body = [p("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"), p("Postbus 20018"),
            p("2500 EA  DEN HAAG"), p(""),
            p("Datum 3 november 2026"),
            p("Betreft Beantwoording vragen commissiedebat Gevangeniswezen en tbs"), p(""),
            p("Geachte voorzitter,"),
            p("Tijdens het commissiedebat Gevangeniswezen en tbs van 8 oktober 2026 heb ik toegezegd een aantal "
              "vragen die gesteld zijn tijdens het commissiedebat schriftelijk te beantwoorden. In deze brief ga ik "
              "op die vragen in. De vragen zijn in de volgorde van het debat opgenomen.")]
    for d in DEBAT:
        body.append(p(f"Vraag van het lid {d['members'][0]} ({d['party']})", "B"))
        body += [p(x) for x in paras(d["q"])]
        body.append(p("Antwoord", "B"))
        body += [p(x) for x in paras(d["a"])]
    body += [p("Ik vertrouw erop uw Kamer hiermee voldoende te hebben ge\u00efnformeerd."), p(""),
             p("De Staatssecretaris van Justitie en Veiligheid,"), p(""), p("M.A. Bruinsma-Koç")]
    fodt = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.25cm"/>
   <style:text-properties fo:font-size="10pt" style:font-name="Liberation Sans"/>
  </style:style>
  <style:style style:name="P" style:family="paragraph" style:parent-style-name="Standard"/>
  <style:style style:name="B" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm"
     fo:margin-bottom="1.5cm" fo:margin-left="3cm" fo:margin-right="4.5cm"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Standard">Directoraat-Generaal Straffen en Beschermen    Datum 3 november 2026    Kenmerk 2026-0000581234</text:p></style:header>
   <style:footer><text:p text:style-name="Standard">Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>3</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>{"".join(body)}</office:text></office:body>
</office:document>'''
    name = "debat-commissiedebat-vraag-van-het-lid.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "debat-commissiedebat-vraag-van-het-lid.fodt")
        with open(src, "w", encoding="utf-8") as f:
            f.write(fodt)
        soffice(src, "pdf", tmp)
        shutil.copy(os.path.join(tmp, name), os.path.join(OUT, name))
    gold(name, DEBAT, "antwoorden-debat")


# ---------------------------------------------------------------------------------------------------------------
# 7. HTML page with the questions and answers in a table (Vraag | Antwoord)
# ---------------------------------------------------------------------------------------------------------------
JEUGD = [
    {"party": "D66", "members": ["Dekker-Abdulaziz"],
     "q": "Bent u bekend met het rapport van de Inspectie Gezondheidszorg en Jeugd over de wachttijden in de "
          "specialistische jeugdhulp?",
     "a": "Ja, ik heb het rapport op 2 september 2026 aan uw Kamer aangeboden."},
    {"party": "D66", "members": ["Dekker-Abdulaziz"],
     "q": "Hoeveel kinderen wachten langer dan de treeknorm van negen weken op specialistische jeugdhulp?",
     "a": ["Uit de monitor van de Nederlandse Zorgautoriteit blijkt dat in juli 2026 ongeveer 6.800 kinderen langer "
           "dan negen weken wachtten.",
           "Het gaat vooral om kinderen met complexe problematiek, zoals eetstoornissen en ernstige angstklachten."]},
    {"party": "D66", "members": ["Dekker-Abdulaziz"],
     "q": "Welke afspraken heeft u met gemeenten gemaakt om deze wachttijden terug te dringen?",
     "a": ["In de Hervormingsagenda Jeugd is afgesproken dat gemeenten regionaal inkopen voor de specialistische "
           "jeugdhulp. Daarnaast:",
           "wordt per regio een wachtlijstcoördinator aangesteld;",
           "krijgen aanbieders een meerjarig contract, zodat zij personeel kunnen aannemen."]},
    {"party": "D66", "members": ["Dekker-Abdulaziz"],
     "q": "Bent u bereid de Kamer halfjaarlijks over de wachttijden te informeren?",
     "a": "Ja, ik neem de wachttijden op in de voortgangsrapportage van de Hervormingsagenda, die twee keer per jaar "
          "verschijnt."},
]


def make_html_table():
    rows = []
    for d in JEUGD:
        a = paras(d["a"])
        if len(a) > 2:
            cell = f"<p>{escape(a[0])}</p><ul>" + "".join(f"<li>{escape(x)}</li>" for x in a[1:]) + "</ul>"
        else:
            cell = "".join(f"<p>{escape(x)}</p>" for x in a)
        rows.append(f"<tr>\n<td><p>{escape(d['q'])}</p></td>\n<td>{cell}</td>\n</tr>")
    html = f'''<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Antwoorden op Kamervragen over wachttijden jeugdhulp | Kamerstuk | Rijksoverheid.nl</title></head>
<body>
<header><nav><a href="/">Home</a> &gt; <a href="/documenten">Documenten</a></nav></header>
<main>
<h1>Antwoorden op Kamervragen over wachttijden in de specialistische jeugdhulp</h1>
<p class="meta">Kamerstuk: Kamervragen | 21-10-2026</p>
<p>Staatssecretaris Van Ooijen-Brandsma (VWS) beantwoordt vragen van het Tweede Kamerlid Dekker-Abdulaziz (D66) over
de wachttijden in de specialistische jeugdhulp.</p>
<table class="vraag-antwoord">
<thead><tr><th>Vraag</th><th>Antwoord</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>Documentnummer 2026D41877</p>
</main>
<footer><p>Dit is een publicatie van de Rijksoverheid.</p></footer>
</body>
</html>
'''
    name = "kamervragen-webpagina-tabel.html"
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(html)
    gold(name, JEUGD, "kamervragen")


# ---------------------------------------------------------------------------------------------------------------
# 8. HTML with <dl>: the question in <dt> ("1. ..."), the answer in <dd>
# ---------------------------------------------------------------------------------------------------------------
ENERGIE = [
    {"n": [1], "q": "Hoeveel huishoudens hebben in 2026 een beroep gedaan op het Tijdelijk Noodfonds Energie?",
     "a": "Tot 1 oktober 2026 hebben 71.400 huishoudens een aanvraag ingediend, waarvan 63.900 zijn toegekend."},
    {"n": [2], "q": "Wat was het gemiddelde bedrag per huishouden?",
     "a": "Het gemiddelde toegekende bedrag was \u20ac 612."},
    {"n": [3], "q": "Waarom is het fonds dit jaar later opengesteld dan vorig jaar? Heeft dit geleid tot meer "
                    "betalingsachterstanden?",
     "a": ["De openstelling liep vertraging op doordat de bijdragen van de energieleveranciers later rond waren.",
           "Of dit heeft geleid tot meer betalingsachterstanden, kan ik nog niet zeggen. De cijfers van de "
           "energieleveranciers over het derde kwartaal verschijnen in december."]},
    {"n": [4], "q": "Is het kabinet van plan het fonds in 2027 voort te zetten?",
     "a": "Het kabinet beslist daarover bij de Voorjaarsnota 2027."},
]


def make_html_dl():
    items = []
    for d in ENERGIE:
        items.append(f"<dt>{d['n'][0]}. {escape(d['q'])}</dt>")
        items.append("<dd>" + "".join(f"<p>{escape(x)}</p>" for x in paras(d["a"])) + "</dd>")
    html = f'''<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Beantwoording vragen commissie over het Tijdelijk Noodfonds Energie</title></head>
<body>
<h1>Beantwoording vragen van de vaste commissie voor Klimaat en Groene Groei over het Tijdelijk Noodfonds Energie</h1>
<p>Datum: 12 november 2026</p>
<p>Hieronder treft u de antwoorden aan op de vragen die de vaste commissie voor Klimaat en Groene Groei op
22 oktober 2026 heeft gesteld.</p>
<dl class="qa">
{chr(10).join(items)}
</dl>
</body>
</html>
'''
    name = "lijst-webpagina-definitielijst.html"
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(html)
    gold(name, ENERGIE, "lijst-van-vragen-en-antwoorden")


# ---------------------------------------------------------------------------------------------------------------
# 9. officielebekendmakingen XML of an Aanhangsel with nested <al> and <lijst>
# ---------------------------------------------------------------------------------------------------------------
NATUUR = [
    {"n": [1], "party": "PvdD", "members": ["Kostić"],
     "q": "Kent u het bericht \u201eHonderden dode ganzen aangetroffen bij Lauwersmeer\u201d?",
     "a": "Ja."},
    {"n": [2], "party": "PvdD", "members": ["Kostić"],
     "q": ["Kunt u aangeven:", "hoeveel dode wilde vogels sinds 1 augustus 2026 zijn gemeld;",
           "bij hoeveel daarvan vogelgriep is vastgesteld;", "in welke provincies de meeste meldingen zijn gedaan?"],
     "a": ["Sinds 1 augustus 2026 zijn bij de Dutch Wildlife Health Centre 2.340 meldingen van dode wilde vogels "
           "binnengekomen. Bij 412 onderzochte vogels is vogelgriep vastgesteld.",
           "De meeste meldingen kwamen uit Friesland, Groningen en Noord-Holland."]},
    {"n": [3], "party": "PvdD", "members": ["Kostić"],
     "q": "Welke maatregelen worden genomen om verdere verspreiding naar pluimveebedrijven te voorkomen?",
     "a": ["Sinds 14 oktober 2026 geldt een landelijke ophokplicht. Daarnaast gelden de volgende maatregelen:",
           "een afschermplicht voor kleine hobbyhouders;", "een verbod op tentoonstellingen en markten met vogels;",
           "extra controles op de hygi\u00ebnemaatregelen bij bedrijven in waterrijke gebieden."]},
    {"n": [4], "party": "PvdD", "members": ["Kostić"],
     "q": "Bent u bereid de ontwikkeling van een vaccin voor pluimvee te versnellen?",
     "a": "Een proef met vaccinatie van leghennen loopt sinds maart 2025. De resultaten worden begin 2027 verwacht; "
          "op basis daarvan besluit ik over een bredere inzet."},
]


def xml_blocks(texts):
    texts = paras(texts)
    if len(texts) > 2 and texts[0].endswith(":"):  # an introduction and its list
        return f"<al>{escape(texts[0])}</al>" + xml_lijst(texts[1:])
    return "".join(f"<al>{escape(t)}</al>" for t in texts)


def with_prefix(texts):
    """The XML's list items as printed, each after its li.prefix."""
    texts = paras(texts)
    if len(texts) > 2 and texts[0].endswith(":"):
        return [texts[0]] + ["\u2013 " + t for t in texts[1:]]
    return texts


def xml_lijst(items):
    return ('<lijst type="ongemarkeerd">' + "".join(
        f"<li><li.prefix>\u2013</li.prefix><al>{escape(x)}</al></li>" for x in items) + "</lijst>")


def make_xml():
    parts = []
    for d in NATUUR:
        n = d["n"][0]
        q = xml_blocks(d["q"])
        if n == 1:
            q = q.replace("Lauwersmeer\u201d?", 'Lauwersmeer\u201d?<noot id="ID-1" type="voet"><noot.nr>1</noot.nr>'
                                                  '<al>Leeuwarder Courant, 9 oktober 2026.</al></noot>')
        parts.append(f"<vraag><nr>Vraag {n}</nr>{q}</vraag>")
        parts.append(f"<antwoord><nr>Antwoord {n}</nr>{xml_blocks(d['a'])}</antwoord>")
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<metadata>
<meta name="DC.title" content="Vragen van het lid Kostić (PvdD) over dode ganzen bij het Lauwersmeer"/>
<meta name="DC.type" content="Aanhangsel van de Handelingen"/>
<meta name="DCTERMS.issued" content="2026-11-04"/>
</metadata>
<aanhangsel>
<kamervragen>
<kamervraagkop>
<kamervraagnummer>Aanhangsel van de Handelingen 2026-2027, nr. 512</kamervraagnummer>
<kamervraagomschrijving><al>Vragen van het lid <nadruk type="vet">Kostić</nadruk> (PvdD) aan de minister van Landbouw,
Visserij, Voedselzekerheid en Natuur over dode ganzen bij het Lauwersmeer (ingezonden 10 oktober 2026).</al></kamervraagomschrijving>
<kamervraagmededeling><al>Antwoord van minister Wiersma-de Haan (Landbouw, Visserij, Voedselzekerheid en Natuur)
(ontvangen 3 november 2026).</al></kamervraagmededeling>
</kamervraagkop>
{chr(10).join(parts)}
</kamervragen>
</aanhangsel>
</officiele-publicatie>
'''
    name = "kamervragen-aanhangsel-lijsten.xml"
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(xml)
    gold(name, [dict(d, q=with_prefix(d["q"]), a=with_prefix(d["a"])) for d in NATUUR], "kamervragen")


# ---------------------------------------------------------------------------------------------------------------
# 10. ODT (via LibreOffice from HTML): "Toelichting:" before the questions, bold "Vraag 1" / "Antwoord op vraag 1"
# ---------------------------------------------------------------------------------------------------------------
ZORG = [
    {"n": [1], "party": "SP", "members": ["Hertzberger"],
     "q": "Klopt het dat de huisartsenpost in Emmen vanaf 1 januari 2027 \u2019s nachts wordt gesloten?",
     "a": "Het klopt dat de huisartsenzorg in de regio Zuidoost-Drenthe vanaf 1 januari 2027 \u2019s nachts vanuit "
          "de huisartsenpost in Hoogeveen wordt georganiseerd. De locatie in Emmen blijft overdag en in de "
          "avonduren open."},
    {"n": [2], "party": "SP", "members": ["Hertzberger"],
     "q": "Hoeveel patiënten maakten in 2025 \u2019s nachts gebruik van de huisartsenpost in Emmen?",
     "a": "In 2025 zijn tussen 23.00 uur en 08.00 uur 3.912 consulten en 1.104 visites geregistreerd."},
    {"n": [3], "party": "SP", "members": ["Hertzberger"],
     "q": "Wat betekent deze sluiting voor de aanrijtijden van de ambulance, nu huisartsen \u2019s nachts vaker "
          "een ambulance zullen inzetten?",
     "a": ["De regionale ambulancevoorziening verwacht een beperkte toename van het aantal ritten. Zij heeft "
           "aangegeven dat de aanrijtijden in de regio daardoor niet in gevaar komen.",
           "De Nederlandse Zorgautoriteit ziet erop toe dat de zorg in de regio bereikbaar blijft."]},
    {"n": [4], "party": "SP", "members": ["Hertzberger"],
     "q": "Bent u bereid in gesprek te gaan met de huisartsen en de zorgverzekeraar om de nachtelijke sluiting te "
          "voorkomen?",
     "a": "De organisatie van de huisartsenzorg is een verantwoordelijkheid van de huisartsen en de "
          "zorgverzekeraar. Ik zie daarom geen aanleiding om in te grijpen."},
]


def make_odt_toelichting():
    body = ["<p>Vragen van het lid Hertzberger (SP) aan de minister van Volksgezondheid, Welzijn en Sport over de "
            "nachtelijke sluiting van de huisartsenpost in Emmen (ingezonden 18 september 2026, 2026Z15980).</p>",
            "<p><b>Toelichting:</b></p>",
            "<p>Deze vragen dienen ter aanvulling op eerdere vragen terzake van het lid Daniëls-Vos (CDA), "
            "ingezonden 11 september 2026 (vraagnummer 2026Z15544).</p>"]
    for d in ZORG:
        n = d["n"][0]
        body.append(f"<p><b>Vraag {n}</b></p>")
        body += [f"<p>{escape(x)}</p>" for x in paras(d["q"])]
        body.append(f"<p><b>Antwoord op vraag {n}</b></p>")
        body += [f"<p>{escape(x)}</p>" for x in paras(d["a"])]
    html = ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Antwoorden Kamervragen</title></head>'
            "<body>" + "\n".join(body) + "</body></html>")
    name = "kamervragen-toelichting-vet.odt"
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "kamervragen-toelichting-vet.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html)
        soffice(src, "odt:writer8", tmp, infilter="HTML (StarWriter)")
        shutil.copy(os.path.join(tmp, name), os.path.join(OUT, name))
    gold(name, ZORG, "kamervragen")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_docx_numbering()
    make_cp1252()
    make_mva()
    make_flat_table()
    make_hierarchical()
    make_debate_pdf()
    make_html_table()
    make_html_dl()
    make_xml()
    make_odt_toelichting()
    with open(os.path.join(HERE, "heldout3-gold.json"), "w", encoding="utf-8") as f:
        json.dump(GOLD, f, ensure_ascii=False, indent=1)
        f.write("\n")
