"""The style sheet and the small script of the HTML view (:mod:`bizfacts.htmlview`).

Every selector is scoped to ``.bizfacts-view`` so that the view can sit inside a Jupyter
output cell without restyling the notebook; the script finds its own root by id.
"""

from __future__ import annotations

KIND_COLOURS: dict[str, tuple[str, str]] = {
    # kind: (background, underline)
    "company": ("#dbeafe", "#2563eb"),
    "person": ("#fce7f3", "#db2777"),
    "place": ("#dcfce7", "#16a34a"),
    "money": ("#fef3c7", "#d97706"),
    "percentage": ("#ede9fe", "#7c3aed"),
    "date": ("#cffafe", "#0891b2"),
    "user_count": ("#ffedd5", "#ea580c"),
}
OTHER_COLOURS = ("#f1f5f9", "#64748b")

_BASE_CSS = """
.bizfacts-view{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;
  max-width:1280px;margin:0 auto;padding:16px 20px;box-sizing:border-box}
.bizfacts-view *{box-sizing:border-box}
.bizfacts-view h1{font-size:20px;margin:0 0 4px}
.bizfacts-view h2{font-size:15px;margin:0 0 8px;text-transform:uppercase;letter-spacing:.04em;color:#475569}
.bizfacts-view .meta{margin:0 0 8px;color:#64748b;font-size:13px}
.bizfacts-view .legend{list-style:none;display:flex;flex-wrap:wrap;gap:6px 14px;margin:0 0 14px;padding:0;
  font-size:13px;color:#475569}
.bizfacts-view .legend li{display:flex;align-items:center;gap:4px}
.bizfacts-view .cols{display:flex;gap:20px;align-items:flex-start}
.bizfacts-view .doc{flex:1 1 58%;min-width:0}
.bizfacts-view .text{white-space:pre-wrap;overflow-wrap:anywhere;font:16px/1.75 Georgia,"Times New Roman",serif;
  background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:16px 18px;margin:0}
.bizfacts-view .facts{flex:1 1 42%;min-width:280px;max-height:92vh;overflow-y:auto;position:sticky;top:8px}
.bizfacts-view mark.m{color:inherit;border-radius:3px;padding:1px 1px;border-bottom:2px solid;
  transition:opacity .15s}
.bizfacts-view .ev{border-radius:3px;transition:background .15s}
.bizfacts-view .ev.hl{background:#fef9c3;box-shadow:0 0 0 2px #fef9c3}
.bizfacts-view.focusing .text mark.m:not(.hl){background:transparent;border-bottom-color:#cbd5e1}
.bizfacts-view mark.m.hl{outline:2px solid #0f172a;outline-offset:0}
.bizfacts-view .rs.hl{background:#fde68a;border-bottom:2px dashed #b45309}
.bizfacts-view .focus{outline:3px solid #dc2626 !important}
.bizfacts-view .fact{border:1px solid #e2e8f0;border-left:4px solid #94a3b8;border-radius:8px;background:#fff;
  padding:8px 10px;margin:0 0 8px;cursor:pointer;font-size:13.5px}
.bizfacts-view .fact:hover,.bizfacts-view .fact.active{border-color:#0f172a;box-shadow:0 1px 6px rgba(15,23,42,.15)}
.bizfacts-view .fact.pinned{background:#f8fafc;border-left-color:#0f172a}
.bizfacts-view .fact.ref{box-shadow:0 0 0 2px #f59e0b}
.bizfacts-view .fact header{display:flex;gap:6px;align-items:center;margin-bottom:4px;flex-wrap:wrap}
.bizfacts-view .type{font-weight:700}
.bizfacts-view .badge{font-size:11.5px;border-radius:10px;padding:0 7px;background:#e2e8f0;color:#334155}
.bizfacts-view .s-completed,.bizfacts-view .s-reported{background:#dcfce7;color:#166534}
.bizfacts-view .s-announced{background:#dbeafe;color:#1e40af}
.bizfacts-view .s-planned,.bizfacts-view .s-forecast{background:#ede9fe;color:#5b21b6}
.bizfacts-view .s-option{background:#fef3c7;color:#92400e}
.bizfacts-view .s-rumored{background:#fee2e2;color:#991b1b}
.bizfacts-view .roles{display:grid;grid-template-columns:max-content 1fr;gap:1px 10px;margin:0}
.bizfacts-view .roles dt{color:#64748b}
.bizfacts-view .roles dd{margin:0}
.bizfacts-view .role{border-bottom:1px dotted #94a3b8}
.bizfacts-view .role.unlocated{border-bottom:none;color:#475569}
.bizfacts-view .fact footer{display:flex;gap:8px;align-items:center;margin-top:5px;color:#64748b;font-size:12px}
.bizfacts-view .conf{display:inline-block;width:54px;height:6px;background:#e2e8f0;border-radius:3px;overflow:hidden}
.bizfacts-view .conf i{display:block;height:100%;background:#475569}
.bizfacts-view code.rule{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f1f5f9;border-radius:4px;
  padding:0 4px;color:#334155}
.bizfacts-view .none{color:#64748b;font-style:italic}
@media (max-width:820px){.bizfacts-view .cols{flex-direction:column}
  .bizfacts-view .facts{position:static;max-height:none;width:100%}}
"""


def style_sheet() -> str:
    """The view's CSS: the base rules plus one colour rule per mention kind.

    >>> ".k-money" in style_sheet()
    True
    """
    rules = [_BASE_CSS.strip()]
    for kind, (back, line) in KIND_COLOURS.items():
        rules.append(f".bizfacts-view .k-{kind}{{background:{back};border-bottom-color:{line}}}")
    back, line = OTHER_COLOURS
    rules.append(f".bizfacts-view .k-other{{background:{back};border-bottom-color:{line}}}")
    return "\n".join(rules)


SCRIPT = """
(function(){
var root=document.getElementById(%(root)s);if(!root)return;
function q(s){return Array.prototype.slice.call(root.querySelectorAll(s));}
function byId(id){return q('[data-id="'+id+'"]');}
var pinned=null;
function ids(card){return [card.getAttribute("data-ev")].concat((card.getAttribute("data-refs")||"").split(" "));}
function show(card){
  q(".hl").forEach(function(e){e.classList.remove("hl");});
  q(".fact.active").forEach(function(e){e.classList.remove("active");});
  root.classList.toggle("focusing",!!card);
  if(!card)return;
  card.classList.add("active");
  ids(card).forEach(function(id){if(id)byId(id).forEach(function(e){e.classList.add("hl");});});
}
function pin(card,scroll){
  if(pinned)pinned.classList.remove("pinned");
  pinned=(pinned===card)?null:card;
  if(pinned)pinned.classList.add("pinned");
  show(pinned);
  if(pinned&&scroll){var ev=byId(pinned.getAttribute("data-ev"))[0];
    if(ev&&ev.scrollIntoView)ev.scrollIntoView({block:"nearest"});}
}
q(".fact").forEach(function(card){
  card.addEventListener("mouseenter",function(){show(card);});
  card.addEventListener("mouseleave",function(){show(pinned);});
  card.addEventListener("click",function(){pin(card,true);});
  card.addEventListener("keydown",function(e){if(e.key==="Enter"||e.key===" "){e.preventDefault();pin(card,true);}});
});
q(".role[data-ref]").forEach(function(r){
  var id=r.getAttribute("data-ref");
  r.addEventListener("mouseenter",function(){byId(id).forEach(function(e){e.classList.add("focus");});});
  r.addEventListener("mouseleave",function(){byId(id).forEach(function(e){e.classList.remove("focus");});});
});
q("mark.m").forEach(function(m){
  var sel='.fact[data-refs~="'+m.getAttribute("data-id")+'"]';
  m.addEventListener("mouseenter",function(){q(sel).forEach(function(c){c.classList.add("ref");});});
  m.addEventListener("mouseleave",function(){q(sel).forEach(function(c){c.classList.remove("ref");});});
});
var want=(window.location&&window.location.hash||"").match(/^#fact-(\\d+)$/);
if(want){var card=q('.fact[data-id="f'+want[1]+'"]')[0];if(card)pin(card,false);}
})();
"""
