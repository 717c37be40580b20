#!/usr/bin/env python3
"""Writes heldout-gold.json: the gold pairs of the held-out fixtures in parse/heldout (invented Dutch text, written
before the parser was looked at, to measure how it generalises). The fixtures are hand-written files; this script only
spells their gold once, with the starts and ends that eval-pairs scores derived from the whole texts. Conventions of
the project's other gold kept: a document's date is the date of the answers ("bij brief van"), not "Vastgesteld"; list
items of HTML and DOCX come without the bullet glyph, which the source does not print.
Run from the project dir: python3 src/test/resources/parse/heldout_gold.py"""
import json

GOLD = []


def words(text, n, last=False):
    w = text.split()
    return " ".join(w[-n:] if last else w[:n])


def pair(numbers, party, question, answer, members=None, footnotes=None, topic=None, alt=None):
    p = {"numbers": numbers, "party": party, "question_start": words(question, 10),
         "answer_start": words(answer.lstrip("-• "), 10), "answer_end": words(answer, 8, last=True),
         "question": question, "answer": answer}
    if party is None:
        del p["party"]
    if members is not None:
        p["members"] = members
    if footnotes is not None:
        p["footnotes"] = footnotes
    if topic is not None:
        p["topic"] = topic
    if alt is not None:
        p["question_start_alt"] = words(alt, 8)
    return p


def doc(file, pairs, document, unanswered=None):
    d = {"file": file, "document": document, "pairs": pairs}
    if unanswered is not None:
        d["unanswered"] = unanswered
    GOLD.append(d)


KENT = ["Van Kent"]
doc("kamervragen-brief-sociale-zaken.txt", [
    pair([1], "SP", "Kent u het bericht «Flexwerker bouwt nauwelijks pensioen op»?", "Ja.", KENT,
         footnotes=["Het Financieele Dagblad, 17 september 2025."]),
    pair([2], "SP", "Klopt het dat uitzendkrachten in de eerste 26 gewerkte weken geen pensioen opbouwen, en dat een "
         "groot deel van hen die drempel nooit haalt? Hoeveel uitzendkrachten betreft het?",
         "Het klopt dat in de uitzendsector een wachttijd van 26 gewerkte weken geldt voordat de pensioenopbouw begint. "
         "Volgens cijfers van de Stichting Pensioenfonds voor Personeelsdiensten (StiPP) bouwde in 2024 ongeveer 58 "
         "procent van de uitzendkrachten geen pensioen op, omdat zij de wachttijd niet doorliepen. Het gaat om ruim "
         "400.000 personen.\n\nMet de Wet toekomst pensioenen wordt de wachttijd per 1 januari 2027 verkort tot ten "
         "hoogste acht weken. Daarmee gaat naar verwachting het grootste deel van deze groep wel pensioen opbouwen.", KENT),
    pair([3, 4], "SP", "Hoeveel werkgevers buiten de uitzendsector hanteren een vergelijkbare wachttijd of drempel?\n\n"
         "Bent u bereid met sociale partners in gesprek te gaan om deze drempels af te schaffen?",
         "Een volledig overzicht van de wachttijden in pensioenregelingen buiten de uitzendsector is niet beschikbaar. "
         "Uit een steekproef van De Nederlandsche Bank blijkt dat ongeveer een op de tien regelingen een wachttijd of "
         "een minimumleeftijd kent.\n\nIk ben met de Stichting van de Arbeid in gesprek over een zogeheten "
         "pensioenstandaard, waarin onder meer afspraken over wachttijden worden opgenomen. In mijn antwoord op vraag 6 "
         "ga ik daar nader op in.", KENT),
    pair([5], "SP", "Welk deel van de werknemers zonder pensioenregeling is werkzaam als oproepkracht of op een "
         "nulurencontract?",
         "Van de circa 750.000 werknemers zonder aanvullende pensioenregeling heeft ongeveer 40 procent een flexibel "
         "contract. De verdeling is als volgt:\n- oproep- of nulurencontract: 22 procent;\n- tijdelijk contract met vaste "
         "uren: 12 procent;\n- uitzendcontract: 6 procent.\nDe overige 60 procent heeft een vast contract bij een "
         "werkgever die geen pensioenregeling aanbiedt.", KENT),
    pair([6, 7, 8], "SP", "Wat is de stand van zaken van de pensioenstandaard die het kabinet met sociale partners zou "
         "uitwerken?\n\nWanneer wordt de Kamer geïnformeerd over de uitkomsten van de verkenning?\n\nBent u bereid "
         "daarbij ook de positie van zzp'ers te betrekken?",
         "De Stichting van de Arbeid heeft in juni van dit jaar een eerste advies uitgebracht. Ik verwacht de Kamer voor "
         "het zomerreces van 2026 te informeren over de uitkomsten van de verkenning, inclusief de wijze waarop "
         "zelfstandigen vrijwillig kunnen aansluiten bij een pensioenfonds.", KENT),
], {"kind": "kamervragen", "date": "2025-10-14", "responder": "minister van Sociale Zaken en Werkgelegenheid"})

PVDD = ["Kostić", "Teunissen"]
doc("kamervragen-aanhangsel-beiden.txt", [
    pair([1], "PvdD", "Bent u bekend met het rapport van de Nederlandse Voedsel- en Warenautoriteit (NVWA) over de "
         "aantallen gefokte maar niet gebruikte proefdieren?", "Ja.", PVDD,
         footnotes=["NVWA, Zo doende 2024, jaaroverzicht dierproeven en proefdieren, 28 augustus 2025."]),
    pair([2], "PvdD", "Hoeveel dieren zijn in de afgelopen drie jaar gefokt voor dierproeven maar nooit in een proef "
         "gebruikt? Kunt u dit uitsplitsen naar diersoort?",
         "In de onderstaande tabel staat het aantal dieren dat is gefokt en gedood zonder in een proef te zijn "
         "gebruikt.\n\nJaar Muizen Ratten Vissen Overig\n2022 311.402 41.977 58.110 12.046\n2023 296.518 38.260 61.733 "
         "10.981\n2024 287.090 35.114 57.402 11.225\nBron: NVWA, Zo doende 2024\n\nHet totale aantal daalt licht. De "
         "grootste groep bestaat uit muizen die niet het gewenste genetische kenmerk hebben.", PVDD),
    pair([3], "PvdD", "Deelt u de mening dat het doden van honderdduizenden gezonde dieren die nooit in een proef worden "
         "gebruikt ethisch onaanvaardbaar is?",
         "Ik deel de opvatting dat het aantal overtollige proefdieren zo klein mogelijk moet zijn. Het volledig "
         "voorkomen van overschotten is bij het fokken van genetisch gemodificeerde lijnen echter niet mogelijk. Ik "
         "verwijs hierbij ook naar mijn antwoord op vraag 5.", PVDD),
    pair([4], "PvdD", "Welke maatregelen nemen de vergunninghouders om het aantal overtollige dieren te beperken? Is "
         "daarbij sprake van verplichtingen of alleen van afspraken?",
         "Vergunninghouders zijn op grond van de Wet op de dierproeven verplicht het aantal gebruikte dieren te "
         "beperken. Voor overtollige dieren gelden aanvullende afspraken in het Nationaal Comité advies "
         "dierproevenbeleid (NCad):\n• het delen van overtollige dieren tussen instellingen;\n• het invriezen van "
         "embryo's in plaats van het in stand houden van een fokkolonie;\n• het gebruik van dieren voor onderwijs en "
         "training.\nDeze afspraken zijn niet wettelijk verankerd. Ik laat in 2026 onderzoeken of een wettelijke "
         "verplichting uitvoerbaar is.", PVDD),
    pair([5], "PvdD", "Bent u bereid een reductiedoelstelling voor overtollige proefdieren vast te stellen en de Kamer "
         "jaarlijks over de voortgang te informeren?",
         "Ik ben bereid de Kamer jaarlijks te informeren via de rapportage Zo doende van de NVWA. Over een "
         "reductiedoelstelling neem ik een besluit nadat het onderzoek, genoemd in het antwoord op vraag 4, is "
         "afgerond.", PVDD),
], {"kind": "kamervragen", "date": "2025-10-07",
    "responder": "minister van Landbouw, Visserij, Voedselzekerheid en Natuur",
    "title": "Vragen van de leden Kostić en Teunissen (beiden PvdD) aan de minister van Landbouw, Visserij, "
             "Voedselzekerheid en Natuur over het doden van gezonde proefdieren"})

doc("kamervragen-inline-subvragen.txt", [
    pair([1], None, "Hoeveel ondernemers hebben op dit moment een belastingschuld die ouder is dan drie jaar?",
         "Op 1 oktober 2025 hadden ruim 94.000 ondernemers een belastingschuld die ouder is dan drie jaar. Het gaat "
         "grotendeels om schulden die zijn ontstaan tijdens de coronaperiode."),
    pair([2], None, "Hoeveel van deze ondernemers hebben een betalingsregeling?\n\nHoeveel betalingsregelingen zijn in "
         "2025 voortijdig beëindigd, omdat de ondernemer niet meer aan zijn verplichtingen kon voldoen?",
         "Ongeveer 61.000 ondernemers hebben een betalingsregeling. In de eerste negen maanden van 2025 zijn circa "
         "7.800 regelingen voortijdig beëindigd."),
    pair([3], None, "In hoeverre wordt bij de invordering rekening gehouden met de draagkracht van de ondernemer? Kunt u "
         "in uw antwoord ook ingaan op de rol van de zogeheten beslagvrije voet voor zelfstandigen?",
         "De Belastingdienst stelt bij een verzoek om een betalingsregeling de betalingscapaciteit vast. Voor "
         "zelfstandigen geldt sinds 1 januari 2021 een beslagvrije voet die rekening houdt met wisselende inkomsten."
         "\n\nDe Belastingdienst heeft daarnaast de mogelijkheid om maatwerk te leveren. Vraag en aanbod van "
         "schuldhulpverlening voor ondernemers sluiten echter niet altijd op elkaar aan, omdat niet iedere gemeente een "
         "gespecialiseerd loket heeft."),
    pair([4, 5], None, "Bent u bereid de termijn van de betalingsregeling voor coronaschulden opnieuw te verlengen? Zo "
         "nee, waarom niet? Welke gevolgen heeft een verlenging voor de begroting?",
         "Nee. De termijn is al eerder verlengd tot zeven jaar. Een verdere verlenging zou leiden tot een budgettaire "
         "derving van naar schatting 120 miljoen euro en staat op gespannen voet met het uitgangspunt dat belastingen "
         "tijdig worden betaald."),
    pair([6], None, "Kunt u deze vragen afzonderlijk en binnen drie weken beantwoorden?",
         "De vragen zijn zo spoedig mogelijk beantwoord. Vanwege de benodigde afstemming met de uitvoering was "
         "beantwoording binnen drie weken niet mogelijk."),
], {"kind": "kamervragen", "date": "2025-11-03"})

doc("lijst-nummer-antwoord-opsommingen.txt", [
    pair([1], None, "Hoeveel geld is in 2026 beschikbaar voor het onderhoud van bruggen en sluizen, en hoeveel daarvan "
         "is nog niet aan projecten toegekend?",
         "Voor beheer, onderhoud en vervanging van bruggen en sluizen is in 2026 1.412 miljoen euro beschikbaar. "
         "Daarvan is 1.190 miljoen euro aan concrete projecten toegekend. Het restant is bestemd voor onvoorziene "
         "reparaties."),
    pair([2], None, "Kunt u een overzicht geven van de bruggen waarvan de renovatie in 2026 wordt uitgesteld? Graag per "
         "brug de oorspronkelijke en de nieuwe planning.",
         "In 2026 wordt de renovatie van de volgende bruggen uitgesteld:\n1. Van Brienenoordbrug (oostelijke boog): van "
         "2026 naar 2028;\n2. Suurhoffbrug: van 2026 naar 2029;\n3. brug bij Zaltbommel (A2): van 2027 naar 2029.\nDe "
         "uitstel is nodig omdat de aannemersmarkt onvoldoende capaciteit heeft."),
    pair([3], None, "Wat zijn de gevolgen van de korting op het Infrastructuurfonds voor de aanleg van nieuwe "
         "fietsparkeerplaatsen bij stations?",
         "Er worden in de periode 2026–2030 geen nieuwe afspraken gemaakt over fietsparkeren bij stations. Lopende "
         "projecten worden afgerond. Het gaat om de volgende aantallen plaatsen:\n2026 4.800\n2027 3.100\n2028 1.200\n"
         "Na 2028 zijn er geen projecten meer gepland."),
    pair([4], None, "Hoeveel verkeersdoden vielen er in 2024 op provinciale wegen? Hoe verhoudt dit aantal zich tot het "
         "gemiddelde over de afgelopen vijf jaar?",
         "In 2024 vielen op provinciale wegen 172 verkeersdoden. Het gemiddelde over de periode 2019–2023 bedroeg 159. "
         "Het aantal ligt daarmee ruim 8 procent hoger dan het vijfjaarsgemiddelde."),
    pair([5], None, "Welk deel van het budget voor verkeersveiligheid wordt besteed aan maatregelen voor oudere fietsers",
         "Van het Investeringsimpuls Verkeersveiligheid gaat naar schatting 15 procent naar maatregelen die vooral "
         "oudere fietsers ten goede komen, zoals het verbreden van fietspaden en het verwijderen van paaltjes."),
    pair([6], None, "Waarom is het budget voor de Programmatische Aanpak Grote Wateren in 2026 lager dan in 2025?",
         "De daling is het gevolg van een kasschuif. Middelen zijn doorgeschoven naar 2027 en 2028 omdat de "
         "vergunningverlening voor twee projecten langer duurt dan voorzien. Het totale budget blijft gelijk."),
    pair([7], None, "Kunt u aangeven hoeveel vaarwegbeheerders te maken hebben met een tekort aan brug- en "
         "sluiswachters?",
         "Rijkswaterstaat heeft een tekort van circa 60 fte aan bedienend personeel. Van de provincies en gemeenten zijn "
         "geen volledige cijfers bekend. Zie ook het antwoord op vraag 1."),
], {"kind": "lijst-van-vragen-en-antwoorden", "date": "2025-11-05",
    "committee": "vaste commissie voor Infrastructuur en Waterstaat", "reference": "36800-XII-9",
    "title": "Vaststelling van de begrotingsstaten van het Ministerie van Infrastructuur en Waterstaat (XII) voor het "
             "jaar 2026"})


def open_question(text):
    return {"question_start": words(text, 10), "question": text}


doc("inbreng-lijst-van-vragen.txt", [], {"kind": "inbreng", "date": "2025-11-21",
    "committee": "vaste commissie voor Sociale Zaken en Werkgelegenheid", "reference": "36811-5"}, [
    open_question("Hoeveel inburgeringsplichtigen hebben in 2024 het B1-niveau gehaald binnen de inburgeringstermijn?"),
    open_question("Kunt u toelichten waarom de termijn voor het behalen van het taalniveau niet wordt verlengd, zoals de "
                  "Raad van State adviseert?"),
    open_question("Welke gevolgen heeft het wetsvoorstel voor de uitvoeringskosten van gemeenten? Is hierover "
                  "overeenstemming bereikt met de VNG?"),
    open_question("Hoeveel taalscholen beschikken op dit moment over het keurmerk van Blik op Werk?"),
    open_question("Kunt u een overzicht geven van de boetes die in 2023 en 2024 zijn opgelegd aan "
                  "inburgeringsplichtigen die de termijn niet haalden?"),
])

doc("vraag-antwoord-labels-eigen-regel.txt", [
    pair([], None, "Hoeveel plaatsen in het gevangeniswezen waren op 1 november 2025 niet inzetbaar vanwege "
         "personeelstekorten?",
         "Op 1 november 2025 waren 712 plaatsen niet inzetbaar vanwege personeelstekorten. Daarnaast waren 148 "
         "plaatsen buiten gebruik wegens onderhoud.", topic="Capaciteit"),
    pair([], None, "Hoeveel gedetineerden zijn in 2025 vervroegd heengezonden? Kunt u daarbij aangeven voor welke "
         "delicten zij waren veroordeeld?",
         "In 2025 zijn tot en met oktober 1.904 gedetineerden vervroegd heengezonden. Een uitsplitsing naar delict wordt "
         "niet bijgehouden. Wel is bij de selectie uitgesloten:\n- wie is veroordeeld voor een zeden- of "
         "geweldsdelict;\n- wie een terroristisch misdrijf heeft gepleegd;\n- wie een gevaar vormt voor slachtoffers.",
         topic="Capaciteit"),
    pair([], None, "Hoeveel vacatures voor penitentiair inrichtingswerkers stonden er op 1 oktober 2025 open?",
         "Op 1 oktober 2025 stonden 1.040 vacatures voor penitentiair inrichtingswerkers open. In de eerste helft van "
         "2025 zijn 860 nieuwe medewerkers ingestroomd.", topic="Personeel"),
    pair([], None, "Welke maatregelen neemt u om het verloop onder nieuwe medewerkers in het eerste jaar te beperken?",
         "DJI zet in op betere begeleiding in het eerste jaar, onder meer met een vaste buddy en een praktijkopleider "
         "per afdeling. Ook wordt de roosterplanning eerder bekendgemaakt, zodat medewerkers werk en privé beter kunnen "
         "combineren.", topic="Personeel"),
    pair([], None, "Wat is de stand van zaken van de nieuwbouw van de penitentiaire inrichting in Zaanstad?",
         "De aanbesteding is in september 2025 afgerond. De bouw start naar verwachting in het tweede kwartaal van "
         "2026; de oplevering is voorzien in 2029.", topic="Bouwprojecten"),
], {"date": "2025-12-09", "responder": "staatssecretaris van Justitie en Veiligheid"})

doc("debat-tabel-tussenvoegsels.txt", [
    pair([], "D66", "Hoeveel scholen hebben in 2025 een onvoldoende gekregen van de inspectie voor het leesonderwijs?",
         "In het schooljaar 2024–2025 heeft de inspectie bij 212 basisscholen het leesonderwijs als onvoldoende "
         "beoordeeld. Dat is ongeveer 3 procent van de onderzochte scholen.", ["Van der Werf"]),
    pair([], "SP", "Is de minister bereid de eigen bijdrage voor schoolreisjes wettelijk te maximeren?",
         "Nee. De vrijwillige ouderbijdrage mag al niet leiden tot uitsluiting van leerlingen. Scholen moeten "
         "leerlingen van wie de ouders niet betalen gewoon laten meedoen. Een wettelijk maximum acht ik niet nodig.",
         ["Dijk"]),
    pair([], "GroenLinks-PvdA", "Hoe staat het met de uitvoering van de motie over gratis schoolmaaltijden?",
         "Het programma Schoolmaaltijden loopt in 2026 door. Er nemen ruim 2.800 scholen deel. Over de structurele "
         "financiering na 2026 besluit het kabinet bij de Voorjaarsnota.", ["Kathmann"]),
    pair([], "SGP", "Welke ruimte krijgen scholen om zelf de inhoud van het burgerschapsonderwijs te bepalen?",
         "Scholen behouden de vrijheid om het burgerschapsonderwijs in te richten vanuit hun eigen levensbeschouwelijke "
         "identiteit. De wet stelt alleen de basiswaarden van de democratische rechtsstaat vast.", ["Stoffer"]),
    pair([], "CDA", "Kan de minister toezeggen dat de bezuiniging op het mbo niet ten koste gaat van de "
         "praktijkopleidingen in de techniek?",
         "Ik kan dat niet toezeggen. Wel zet ik in op het behoud van opleidingen die van belang zijn voor de regionale "
         "arbeidsmarkt, via de regionale investeringsfondsen.", ["Bontenbal"]),
    pair([], "VVD", "Hoeveel leraren werken in het voortgezet onderwijs zonder bevoegdheid?",
         "In 2024 werd ongeveer 6 procent van de lessen in het voortgezet onderwijs gegeven door een onbevoegde leraar.",
         ["Kisteman"]),
], {"kind": "antwoorden-debat", "date": "2025-11-27", "responder": "minister van Onderwijs, Cultuur en Wetenschap"})

doc("debat-vraag-nummer-het-lid.txt", [
    pair([1], "GroenLinks-PvdA", "Het lid De Hoop (GroenLinks-PvdA) vraagt hoeveel van de 100.000 woningen die in 2025 "
         "gebouwd moesten worden, daadwerkelijk zijn opgeleverd.",
         "Tot en met oktober zijn er 71.300 nieuwbouwwoningen opgeleverd. Ik verwacht dat het jaar eindigt op ongeveer "
         "88.000 woningen.", ["De Hoop"]),
    pair([2], "ChristenUnie", "Het lid Grinwis (ChristenUnie) vraagt of de minister bereid is de startbouwimpuls in 2026 "
         "voort te zetten.",
         "De startbouwimpuls wordt in 2026 voortgezet met een budget van 250 miljoen euro. De nieuwe tranche wordt in "
         "het voorjaar opengesteld.", ["Grinwis"]),
    pair([3], None, "De leden Welzijn (NSC) en Flach (SGP) vragen naar de stand van zaken van het wetsvoorstel "
         "versterking regie volkshuisvesting in de Eerste Kamer.",
         "Het wetsvoorstel is op 18 november jl. door de Eerste Kamer aangenomen en treedt naar verwachting op 1 juli "
         "2026 in werking.", ["Welzijn", "Flach"]),
    pair([4], "SP", "Het lid Beckerman (SP) vraagt hoeveel huurders een huurverhoging boven het wettelijke maximum "
         "hebben ontvangen. Zij vraagt daarnaast of de minister bereid is de handhaving door gemeenten te versterken.",
         "Precieze cijfers zijn niet beschikbaar. De Huurcommissie behandelde in 2024 ruim 4.200 geschillen over de "
         "jaarlijkse huurverhoging.\n\nGemeenten hebben sinds de Wet goed verhuurderschap meer mogelijkheden om op te "
         "treden. Ik ondersteun hen met een handreiking en een expertteam.", ["Beckerman"]),
    pair([5], "PVV", "Het lid Mooiman (PVV) vraagt of de minister kan toezeggen dat statushouders geen voorrang meer "
         "krijgen bij de toewijzing van sociale huurwoningen.",
         "Het wetsvoorstel dat de verplichte voorrang schrapt, ligt bij uw Kamer. De behandeling is voorzien in het "
         "eerste kwartaal van 2026.", ["Mooiman"]),
    pair([6], "BBB", "Het lid Vermeer (BBB) vraagt hoe de minister voorkomt dat landbouwgrond wordt ingezet voor "
         "grootschalige woningbouw zonder overleg met de provincie.",
         "In de Nota Ruimte is vastgelegd dat de keuze voor nieuwe woningbouwlocaties in samenspraak met provincies en "
         "gemeenten wordt gemaakt. Zonder instemming van de provincie wordt geen grootschalige locatie aangewezen.",
         ["Vermeer"]),
], {"kind": "antwoorden-debat", "date": "2025-12-02",
    "responder": "minister van Volkshuisvesting en Ruimtelijke Ordening"})

doc("schriftelijk-overleg-reactie.txt", [
    pair([], "BBB", "De leden van de BBB-fractie hebben kennisgenomen van de geannoteerde agenda. Zij vragen de minister "
         "of hij in de Raad wil pleiten voor een verlenging van de derogatie voor landbouwgebieden met veel grasland.",
         "Nederland heeft de Europese Commissie meermaals gevraagd om een verlenging van de derogatie. De Commissie heeft "
         "aangegeven daartoe op dit moment geen aanleiding te zien. Ik blijf dit punt agenderen, ook in deze Raad.",
         alt="Zij vragen de minister of hij in de Raad wil pleiten"),
    pair([], "BBB", "De leden van de BBB-fractie vragen ook wanneer de minister de Kamer informeert over de uitkomsten "
         "van het onderzoek naar de vangstquota voor tong en schol.",
         "Het onderzoek van Wageningen Marine Research wordt in november afgerond. Ik stuur de resultaten voor het einde "
         "van het jaar aan uw Kamer."),
    pair([], "GroenLinks-PvdA", "De leden van de GroenLinks-PvdA-fractie lezen dat de Commissie voorstelt het gebruik "
         "van kooien in de veehouderij uit te faseren. Deze leden vragen welk standpunt het kabinet in de Raad inneemt.",
         "Het kabinet steunt het doel van het voorstel, maar vindt dat de overgangstermijnen aansluiting moeten vinden "
         "bij de afschrijvingstermijnen van stallen. Daarnaast vraagt Nederland aandacht voor een gelijk speelveld met "
         "producten van buiten de EU."),
    pair([], "CDA", "De leden van de CDA-fractie maken zich zorgen over de positie van jonge boeren. Kan de minister "
         "aangeven hoeveel middelen uit het Gemeenschappelijk Landbouwbeleid in 2026 beschikbaar zijn voor jonge "
         "landbouwers?\n\nIs de minister bereid in de Raad te pleiten voor een hoger aandeel voor deze groep in het "
         "volgende meerjarig financieel kader?",
         "In 2026 is in Nederland circa 53 miljoen euro uit het GLB beschikbaar voor jonge landbouwers. Nederland pleit "
         "in de onderhandelingen over het nieuwe meerjarig financieel kader voor een sterke positie van jonge boeren, "
         "maar niet voor een vast hoger aandeel."),
], {"kind": "schriftelijk-overleg", "date": "2025-10-16",
    "committee": "vaste commissie voor Landbouw, Visserij, Voedselzekerheid en Natuur", "reference": "21501-32-1812"})

BOUTKAN = ["Boutkan"]
doc("kamervragen-webpagina.html", [
    pair([1], "PVV", "Bent u bekend met het bericht dat kandidaten in sommige regio's meer dan twintig weken moeten "
         "wachten op een praktijkexamen?", "Ja.", BOUTKAN,
         footnotes=["RTL Nieuws, «Twintig weken wachten op rijexamen», 22 september 2025."]),
    pair([2], "PVV", "Wat is op dit moment de gemiddelde wachttijd voor een praktijkexamen B, en in welke regio's is de "
         "wachttijd het langst?",
         "De gemiddelde wachttijd voor een praktijkexamen B bedroeg in september 2025 14 weken. De wachttijden zijn het "
         "langst in:\n\nNoord-Holland Noord (22 weken);\nFlevoland (20 weken);\nZuid-Limburg (19 weken).", BOUTKAN),
    pair([3, 4], "PVV", "Hoeveel examinatoren heeft het CBR in 2025 aangenomen, en hoeveel zijn er vertrokken?\n\n"
         "Welke maatregelen neemt het CBR om meer examinatoren op te leiden?",
         "Het CBR heeft in 2025 tot en met september 148 examinatoren aangenomen; in dezelfde periode zijn er 61 "
         "vertrokken.\n\nHet CBR heeft de opleiding voor examinatoren verkort van twaalf naar negen maanden en werft "
         "actief onder rijinstructeurs. Daarnaast worden gepensioneerde examinatoren gevraagd om tijdelijk terug te "
         "keren.", BOUTKAN),
    pair([5], "PVV", "Bent u bereid het CBR op te dragen de wachttijd uiterlijk in 2026 terug te brengen tot de norm van "
         "zeven weken?",
         "Het CBR heeft de opdracht om de wachttijden zo snel mogelijk terug te brengen naar de norm. Ik verwacht dat dit "
         "niet eerder dan eind 2026 haalbaar is. Ik informeer uw Kamer twee keer per jaar over de voortgang.", BOUTKAN),
], {"kind": "kamervragen", "responder": "minister van Infrastructuur en Waterstaat"})

doc("debat-vragen-van-het-lid.docx", [
    pair([], "PVV", "Hoeveel militairen hebben in 2025 de krijgsmacht verlaten binnen twee jaar na hun indiensttreding?",
         "In de eerste drie kwartalen van 2025 verlieten 1.640 militairen de krijgsmacht binnen twee jaar na "
         "indiensttreding. Dat is ongeveer een kwart van de instroom in die periode.", ["Pool"]),
    pair([], "PVV", "Wat zijn de belangrijkste redenen voor dit vroegtijdige vertrek?",
         "Uit de exitmonitor blijkt dat de belangrijkste redenen zijn:\n\nde combinatie van werk en privé;\neen gebrek "
         "aan perspectief op een vaste plaatsing;\nde kwaliteit van de huisvesting op de kazernes.", ["Pool"]),
    pair([], "Volt", "Is de minister bereid om de mogelijkheden voor een dienjaar uit te breiden naar meer onderdelen van "
         "de krijgsmacht?",
         "Ja. Het dienjaar wordt in 2026 uitgebreid naar de Koninklijke Marine en de Koninklijke Marechaussee. Daarmee "
         "stijgt het aantal plaatsen van 1.000 naar 1.500.", ["Dassen"]),
    pair([], "VVD", "Hoe staat het met de uitvoering van het nieuwe loongebouw voor militairen?",
         "Het nieuwe loongebouw is per 1 januari 2025 ingevoerd. De invoering verloopt volgens planning; de laatste "
         "technische aanpassingen in de salarisadministratie zijn in oktober afgerond.", ["Van der Wal"]),
], {"kind": "antwoorden-debat", "date": "2025-11-11", "responder": "staatssecretaris van Defensie"})

with open("src/test/resources/parse/heldout-gold.json", "w", encoding="utf-8") as f:
    json.dump(GOLD, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(sum(len(d["pairs"]) for d in GOLD), "pairs,", sum(len(d.get("unanswered", [])) for d in GOLD), "unanswered")
