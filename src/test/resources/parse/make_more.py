# Run by make.py (exec'd with its globals): the realistic layout fixtures, and the gold of hand-written fixtures.
HAND = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hand-gold.json")
GOLD.extend(json.load(open(HAND, encoding="utf-8")))
