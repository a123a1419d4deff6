import json, time, sys

sys.path.insert(0, "src")
from bizfacts._sentences import sentence_spans
import pysbd

docs = [json.loads(l)["text"] for l in open("../shared/corpus/reuters21578_business.jsonl")][:1000]
chars = sum(map(len, docs))
t = time.perf_counter()
ours = [sentence_spans(d) for d in docs]
t1 = time.perf_counter() - t
seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
t = time.perf_counter()
theirs = [seg.segment(d) for d in docs]
t2 = time.perf_counter() - t
# boundary agreement: sentence end offsets
agree = tot_o = tot_t = 0
for d, o, th in zip(docs, ours, theirs):
    oe = {e for s, e in o}
    te = set()
    for sp in th:
        e = sp.end
        while e > 0 and d[e - 1].isspace():
            e -= 1
        te.add(e)
    agree += len(oe & te)
    tot_o += len(oe)
    tot_t += len(te)
print(
    f"docs={len(docs)} chars={chars} ours={t1:.2f}s ({chars / t1 / 1e6:.2f} MB/s) pysbd={t2:.2f}s ({chars / t2 / 1e6:.3f} MB/s) ratio={t2 / t1:.0f}x"
)
print(
    f"sentence ends: ours={tot_o} pysbd={tot_t} shared={agree} P(ours vs pysbd)={agree / tot_o:.3f} R={agree / tot_t:.3f}"
)
