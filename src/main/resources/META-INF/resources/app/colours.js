// One colour per event type (PLOVER root categories), from cooperation (blues, greens) to conflict (reds).
const COLOURS = {
  AGREE: "#1b6ca8", CONSULT: "#2a7fb8", SUPPORT: "#3a8f6f", CONCEDE: "#4f9a4a", COOPERATE: "#2e8b57",
  AID: "#5b8c2a", RETREAT: "#7a7a2a", REQUEST: "#6a5acd", ACCUSE: "#b8860b", REJECT: "#c0782a",
  THREATEN: "#c65a1e", PROTEST: "#a0522d", SANCTION: "#8b4a8b", MOBILIZE: "#b04a4a", COERCE: "#a83232",
  ASSAULT: "#8b1a1a",
};

export function colourOf(type) {
  return COLOURS[type] || "#555";
}
