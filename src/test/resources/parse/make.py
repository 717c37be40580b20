#!/usr/bin/env python3
"""Writes the parse-layout fixtures (invented Dutch text) and their gold pairs file. Run from the project dir."""
import json, os, textwrap
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "pool.py"), encoding="utf-8").read())

OUT = "src/test/resources/parse/fixtures"
GOLD = []

def words(text, n, last=False):
    w = text.split()
    return " ".join(w[-n:] if last else w[:n])

def gold(file, items, members=None, document=None):
    """items: (numbers, party, question paragraphs, answer paragraphs[, members]). Besides the starts and ends that
    eval-pairs scores, each pair carries its whole question and answer (LayoutFixturesTest compares them after
    white-space normalisation); questions without an answer go under "unanswered"."""
    pairs, unanswered = [], []
    for item in items:
        numbers, party, q, a = item[:4]
        who = item[4] if len(item) > 4 else members
        if not a:
            u = {"party": party, "question_start": words(q[0], 10), "question": "\n\n".join(q)}
            if who is not None:
                u["members"] = who
            unanswered.append(u)
            continue
        p = {"numbers": numbers, "party": party, "question_start": words(q[0], 10),
             "answer_start": words(a[0].lstrip("- "), 10), "answer_end": words(a[-1].split("\n")[-1], 8, last=True),
             "question": "\n\n".join(q), "answer": "\n\n".join(a)}
        if who is not None:
            p["members"] = who
        if len(item) > 5:
            p.update(item[5])  # more that the gold asserts: footnotes, topic
        pairs.append(p)
    entry = {"file": file, "pairs": pairs}
    if unanswered:
        entry["unanswered"] = unanswered
    if document:
        entry["document"] = document
    GOLD.append(entry)

def write(file, text):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, file), "w", encoding="utf-8") as f:
        f.write(text)

def wrap(par, width=78):
    out = []
    for line in par.split("\n"):
        out += [l + " " for l in textwrap.wrap(line, width)]
    return out

# 1. schriftelijk overleg answered with "Vraag N" / "Antwoord", faction headers, topic headings, page numbers
def so():
    L = ["Ministerie van Infrastructuur en Waterstaat", "", "> Retouradres Postbus 20901 2500 EX Den Haag", "",
         "Datum", "3 maart 2026", "Betreft", "Beantwoording schriftelijk overleg Water en Landbouw", "",
         "Geachte voorzitter,",
         "Hierbij ontvangt u de antwoorden op de vragen die de vaste commissie voor Infrastructuur en Waterstaat heeft gesteld.",
         "Hoogachtend,", "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT", "", ""]
    factions = [("D66-fractie", "D66", range(0, 5)), ("VVD-fractie", "VVD", range(5, 9)),
                ("GroenLinks- en PvdA-fractie", "GroenLinks-PvdA", range(9, 15)), ("Groep Markuszower", "Groep Markuszower", range(15, 18)),
                ("SP-fractie", "SP", range(18, 22))]
    items, n = [], 0
    for header, party, rng in factions:
        L += ["Vragen en opmerkingen van de leden van de " + header,
              "De leden van de " + header + " hebben met belangstelling kennisgenomen van de stukken. Zij hebben nog enkele vragen.", ""]
        for k, idx in enumerate(rng):
            topic, q, a = POOL[idx]
            n += 1
            L.append("Vraag %d" % n)
            if k == 0 or POOL[idx - 1][0] != topic:
                L.append(topic)
            L += q
            L += ["", "Antwoord " if n % 3 == 0 else "Antwoord"]
            for j, par in enumerate(a):
                L.append(par)
                if n == 7 and j == 0:
                    L += ["", "4", ""]  # page number between pages, inside an answer
            L.append("")
            items.append(([n], party, q, a))
    L += ["", "1", ""]
    write("vraag-antwoord-overleg.txt", "\n".join(L) + "\n")
    gold("vraag-antwoord-overleg.txt", items, [], {"kind": "schriftelijk-overleg", "title": "Beantwoording schriftelijk overleg Water en Landbouw", "date": "2026-03-03", "committee": "vaste commissie voor Infrastructuur en Waterstaat", "responder": "minister van Infrastructuur en Waterstaat"})

# 2. Kamervragen: all questions first, then the answers; combined "Vraag 4, 5"; Mededeling; wrapped header
def kamervragen_apart():
    sel = [16, 17, 2, 3, 25, 26, 12, 13, 30, 31]
    L = ["Aanhangsel van de Handelingen", "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden", "",
         "2026Z00412", "",
         "Vragen van het lid Bikker (ChristenUnie) aan de minister van Onderwijs, Cultuur en Wetenschap en de",
         "staatssecretaris van Financiën over de uitvoering van overheidsbeleid (ingezonden 12 januari 2026).", ""]
    qs = []
    for i, idx in enumerate(sel):
        topic, q, a = POOL[idx]
        qs.append((i + 1, q, a))
    # questions 4 and 5 printed under one label
    merged = {4: 5}
    i = 0
    while i < len(qs):
        num, q, a = qs[i]
        if num in merged:
            L.append("Vraag %d, %d" % (num, merged[num]))
            L += q + qs[i + 1][1]
            i += 2
        else:
            L.append("Vraag %d" % num)
            if num == 1:  # a footnote marker glued to the question, the note printed below it
                L += q[:-1] + [q[-1] + "1", "", "1 NOS, «Dijkversterking Waddenkust loopt vertraging op», 10 januari 2026"]
            else:
                L += q
            i += 1
        L.append("")
    L += ["Mededeling van minister Moes (Onderwijs, Cultuur en Wetenschap) (ontvangen 30 januari 2026)",
          "De vragen van het lid Bikker (ChristenUnie) kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord, omdat voor de beantwoording informatie nodig is van andere departementen.", "",
          "Antwoord van minister Moes (Onderwijs, Cultuur en Wetenschap), mede namens de staatssecretaris van Financiën (ontvangen",
          "16 februari 2026).", ""]
    items = []
    i = 0
    while i < len(qs):
        num, q, a = qs[i]
        if num in merged:
            L.append("Antwoord %d en %d" % (num, merged[num]))
            a2 = qs[i + 1][2]
            L += a + a2
            items.append(([num, merged[num]], "ChristenUnie", q + qs[i + 1][1], a + a2))
            i += 2
        else:
            L.append("Antwoord %d" % num)
            L += a
            extra = {"footnotes": ["NOS, «Dijkversterking Waddenkust loopt vertraging op», 10 januari 2026"]} if num == 1 else {}
            items.append(([num], "ChristenUnie", q, a, ["Bikker"], extra))
            i += 1
        L.append("")
    write("kamervragen-apart.txt", "\n".join(L) + "\n")
    gold("kamervragen-apart.txt", items, ["Bikker"], {"kind": "kamervragen", "date": "2026-02-16", "responder": "minister van Onderwijs, Cultuur en Wetenschap", "title": "Vragen van het lid Bikker (ChristenUnie) aan de minister van Onderwijs, Cultuur en Wetenschap en de staatssecretaris van Financiën over de uitvoering van overheidsbeleid"})

# 3. Kamervragen with inline labels: "Vraag 3: ..." / "Antwoord op vraag 3: ..." interleaved, "Vraag 6 en 7"
def kamervragen_inline():
    sel = [22, 23, 36, 37, 28, 29, 34, 35, 6, 7, 10, 11]
    L = ["Vragen van de leden Paternotte en Sneller (D66) aan de minister van Buitenlandse Zaken over de humanitaire situatie en andere onderwerpen (ingezonden 5 januari 2026).", "",
         "Antwoord van minister Van Weel (Buitenlandse Zaken) (ontvangen 2 februari 2026).", ""]
    items = []
    num = 0
    for k, idx in enumerate(sel):
        topic, q, a = POOL[idx]
        num += 1
        if num == 6:
            topic2, q2, a2 = POOL[sel[k + 1]]
            L.append("Vraag 6 en 7: " + q[0])
            L += q[1:] + q2
            L.append("")
            L.append("Antwoord op vraag 6 en 7: " + a[0])
            L += a[1:] + a2
            items.append(([6, 7], "D66", q + q2, a + a2))
            L.append("")
            continue
        if num == 7:
            continue
        L.append("Vraag %d: %s" % (num, q[0]))
        L += q[1:]
        L.append("")
        label = "Antwoord op vraag %d: " % num if num % 2 else "Antwoord: "
        L.append(label + a[0])
        L += a[1:]
        L.append("")
        items.append(([num], "D66", q, a))
    write("kamervragen-inline.txt", "\n".join(L) + "\n")
    gold("kamervragen-inline.txt", items, ["Paternotte", "Sneller"], {"kind": "kamervragen", "date": "2026-02-02", "responder": "minister van Buitenlandse Zaken", "title": "Vragen van de leden Paternotte en Sneller (D66) aan de minister van Buitenlandse Zaken over de humanitaire situatie en andere onderwerpen"})

# 4. Answers to a budget debate: member headers, unnumbered "Vraag" / "Antwoord", wrapped PDF lines, " " blank lines
def debat():
    groups = [("de leden Van Dijk en Bikker (CDA)", "CDA", [0, 1, 2]), ("het lid Kostić (PvdD)", "PvdD", [3, 4]),
              ("het lid de Vries (VVD)", "VVD", [6, 7, 8]), ("het lid Dassen (Volt)", "Volt", [9, 10]),
              ("het lid van Baarle (DENK)", "DENK", [14, 15, 16]), ("het lid Eerdmans (JA21)", "JA21", [20, 21, 24])]
    L = ["2026D05120  Aan de Voorzitter van de Tweede Kamer der Staten-Generaal ", "", "Den Haag, 4 februari 2026 ", " ",
         "Hierbij treft u de schriftelijke antwoorden aan op vragen gesteld tijdens de eerste ",
         "termijn van de begrotingsbehandeling van 3 februari jl. ", " ", "De minister, ", "A.B. Jansen ", " ", " ", " "]
    items = []
    for who, party, idxs in groups:
        members = [w[0].upper() + w[1:] for w in who.split(" (")[0].replace("het lid ", "").replace("de leden ", "").split(" en ")]
        L += ["Vragen van " + who + "  ", " "]
        for idx in idxs:
            topic, q, a = POOL[idx]
            L += ["Vraag  ", ""]
            for par in q:
                L += wrap(par) + [" "]
            L += ["Antwoord ", ""]
            for par in a:
                L += wrap(par) + [" "]
            L += [" "]
            items.append(([], party, q, a, members))
    write("debat-antwoorden.txt", "\n".join(L) + "\n")
    gold("debat-antwoorden.txt", items, None, {"kind": "antwoorden-debat", "date": "2026-02-04"})

# 5. Lijst van vragen en antwoorden, bare number lines, unlabeled answers, page numbers, topic headings
def lijst_kaal():
    L = ["Tweede Kamer der Staten-Generaal", "", "36 800 XII Vaststelling van de begrotingsstaten van het Ministerie van Infrastructuur en Waterstaat voor het jaar 2026", "",
         "Nr. 9 LIJST VAN VRAGEN EN ANTWOORDEN", "", "Vastgesteld 20 november 2025", "",
         "De vaste commissie voor Infrastructuur en Waterstaat heeft een aantal vragen voorgelegd aan de minister over de begroting voor het jaar 2026.", "",
         "De minister heeft deze vragen beantwoord bij brief van 18 november 2025. Vragen en antwoorden zijn hierna afgedrukt.", "",
         "De voorzitter van de commissie,", "Vedder", "", "De griffier van de commissie,", "Koerselman", ""]
    items = []
    for n, idx in enumerate(range(0, 22), start=1):
        topic, q, a = POOL[idx]
        if idx == 0 or POOL[idx - 1][0] != topic:
            L += [topic, ""]
        L += [str(n), ""]
        for par in q:
            L += [par, ""]
        for j, par in enumerate(a):
            L += [par, ""]
            if n == 9 and j == 0:
                L += ["3", ""]  # page number
        items.append(([n], None, q, a))
    write("lijst-kale-nummers.txt", "\n".join(L) + "\n")
    gold("lijst-kale-nummers.txt", items, [], {"kind": "lijst-van-vragen-en-antwoorden", "date": "2025-11-18", "committee": "vaste commissie voor Infrastructuur en Waterstaat", "reference": None})

# 6. Lijst with "12. question" inline, wrapped lines without blank lines inside paragraphs, a numbered list in an answer
def lijst_inline():
    L = ["Lijst van vragen en antwoorden over het jaarverslag en de slotwet 2025", "",
         "De commissie heeft de regering de volgende vragen voorgelegd. De antwoorden zijn hieronder opgenomen.", ""]
    items = []
    for n, idx in enumerate(range(20, 36), start=1):
        topic, q, a = POOL[idx]
        qtext = wrap(q[0])
        qtext[0] = "%d. %s" % (n, qtext[0])
        L += [l.rstrip() for l in qtext]
        for par in q[1:]:
            L += [""] + [l.rstrip() for l in wrap(par)]
        L.append("")
        if n == 4:
            a = a + ["De aanpak bestaat uit drie stappen:", "1. een inventarisatie per haven;\n2. afspraken met de havenbedrijven;\n3. een evaluatie na twee jaar."]
        for par in a:
            for line in par.split("\n"):
                L += [l.rstrip() for l in wrap(line)]
            L.append("")
        items.append(([n], None, q, a))
    write("lijst-inline-nummers.txt", "\n".join(L) + "\n")
    gold("lijst-inline-nummers.txt", items, [], {"kind": "lijst-van-vragen-en-antwoorden", "title": "Lijst van vragen en antwoorden over het jaarverslag en de slotwet 2025"})

# 7. Numbered list whose answers carry "Antwoord:" or "Antwoord op vraag N:" labels
def lijst_labels():
    L = ["Lijst van vragen en antwoorden inzake de voortgangsrapportage natuur", "", "Vastgesteld 12 december 2025", ""]
    items = []
    for n, idx in enumerate([34, 35, 36, 37, 38, 39, 0, 1, 30, 31, 26, 27], start=1):
        topic, q, a = POOL[idx]
        L.append("%d. %s" % (n, q[0]))
        L += q[1:]
        L.append("")
        if n % 2:
            L.append("Antwoord op vraag %d:" % n)
            L += a
        else:
            L.append("Antwoord: " + a[0])
            L += a[1:]
        L.append("")
        items.append(([n], None, q, a))
    write("lijst-antwoord-labels.txt", "\n".join(L) + "\n")
    gold("lijst-antwoord-labels.txt", items, [], {"kind": "lijst-van-vragen-en-antwoorden", "date": "2025-12-12", "title": "Lijst van vragen en antwoorden inzake de voortgangsrapportage natuur"})

for make in [so, kamervragen_apart, kamervragen_inline, debat, lijst_kaal, lijst_inline, lijst_labels]:
    make()
extra = os.path.join(os.path.dirname(os.path.abspath(__file__)), "make_more.py")
if os.path.exists(extra):
    exec(open(extra, encoding="utf-8").read())
with open("src/test/resources/parse/fixtures-gold.json", "w", encoding="utf-8") as f:
    json.dump(GOLD, f, ensure_ascii=False, indent=1)
print(sum(len(d["pairs"]) for d in GOLD), "gold pairs in", len(GOLD), "files")
