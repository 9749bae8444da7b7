// Type-ahead over names and aliases (WAI-ARIA combobox with a list box): debounced requests to the list
// endpoints, arrow keys to move, Enter to choose, Escape to close. An option found by an alias says which.
import { search } from "./api.js";
import { html } from "./svg.js";

const DEBOUNCE_MS = 200;

/** Lower case, no accents, no leading Arabic article: roughly how the server compares names. */
function fold(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
    .replace(/^(al|el|ad|ar|as|ash|at|az|an|ud)[-\s]/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** The alias that the typed text matched, when the name itself does not begin with it. */
function matchedAlias(item, text) {
  const typed = fold(text);
  if (!typed || fold(item.name).startsWith(typed)) return null;
  return (item.aliases || []).find((alias) => fold(alias).startsWith(typed)) ?? null;
}

function describe(kind, item) {
  const words = (item.kind || "").toLowerCase().replaceAll("_", " ");
  if (kind === "location" && item.parent) return `${words} in ${item.parent.name}`;
  return words;
}

/** The label, input, clear button and list box of a field `<div data-combobox="actor" data-label=…>`. */
function build(field) {
  const kind = field.dataset.combobox;
  const label = field.dataset.label;
  const input = html("input", {
    id: `${kind}-input`, type: "text", role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false",
    "aria-controls": `${kind}-options`, autocomplete: "off", spellcheck: "false",
    placeholder: field.dataset.placeholder,
  });
  const clear = html("button", {
    type: "button", class: "clear", "data-clear": kind, "aria-label": `Clear the ${label.toLowerCase()}`, hidden: true,
  }, "×");
  const list = html("ul", { id: `${kind}-options`, role: "listbox", "aria-labelledby": `${kind}-label`, hidden: true });
  field.replaceChildren(
    html("label", { for: input.id, id: `${kind}-label` }, label),
    html("div", { class: "combo" }, input, clear, list));
  return { kind, input, clear, list };
}

export class Combobox {
  /**
   * Builds the type-ahead in `field` (see build); `onChoose(item | null)` is called when an option is
   * chosen or the field is cleared.
   */
  constructor(field, onChoose) {
    const { kind, input, clear, list } = build(field);
    this.input = input;
    this.kind = kind;
    this.list = list;
    this.clearButton = clear;
    this.onChoose = onChoose;
    this.items = [];
    this.active = -1;
    this.chosen = null;
    this.timer = null;
    this.request = null;
    input.addEventListener("input", () => this.typed());
    input.addEventListener("keydown", (event) => this.key(event));
    input.addEventListener("blur", () => setTimeout(() => this.left(), 150));
    this.list.addEventListener("mousedown", (event) => event.preventDefault());
    this.list.addEventListener("click", (event) => {
      const option = event.target.closest("[role=option]");
      if (option) this.choose(Number(option.dataset.index));
    });
    this.clearButton.addEventListener("click", () => {
      this.show(null);
      this.input.focus();
      this.onChoose(null);
    });
  }

  /** Shows a chosen item (or none) without asking the server. */
  show(item) {
    this.chosen = item;
    this.input.value = item ? item.name : "";
    this.clearButton.hidden = !item;
    this.close();
  }

  typed() {
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (!text) {
      this.close();
      return;
    }
    this.timer = setTimeout(() => this.lookUp(text), DEBOUNCE_MS);
  }

  async lookUp(text) {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    let items;
    try {
      items = await search(this.kind, text, request.signal);
    } catch (error) {
      if (error.name === "AbortError") return;
      this.items = [];
      this.render(text, error.title || "The search failed");
      return;
    }
    if (request.signal.aborted || this.input.value.trim() !== text) return;
    this.items = items;
    this.render(text, items.length ? null : `Nothing begins with “${text}”`);
  }

  render(text, message) {
    this.list.replaceChildren();
    this.active = -1;
    if (message) {
      this.list.append(html("li", { class: "empty", role: "presentation" }, message));
    }
    this.items.forEach((item, index) => {
      const alias = matchedAlias(item, text);
      this.list.append(html("li", {
        id: `${this.list.id}-${index}`, role: "option", "aria-selected": "false", "data-index": index,
        "data-slug": item.slug,
      },
      html("span", { class: "name" }, item.name),
      alias ? html("span", { class: "alias" }, ` (as “${alias}”)`) : null,
      html("span", { class: "kind" }, ` ${describe(this.kind, item)}`)));
    });
    if (message) this.items = [];
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  close() {
    this.list.hidden = true;
    this.list.replaceChildren();
    this.items = [];
    this.active = -1;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }

  move(by) {
    if (!this.items.length) return;
    this.active = (this.active + by + this.items.length) % this.items.length;
    this.list.querySelectorAll("[role=option]").forEach((option, index) => {
      option.setAttribute("aria-selected", String(index === this.active));
      if (index === this.active) option.scrollIntoView({ block: "nearest" });
    });
    this.input.setAttribute("aria-activedescendant", `${this.list.id}-${this.active}`);
  }

  key(event) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (this.list.hidden && this.input.value.trim()) this.lookUp(this.input.value.trim());
      else this.move(1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      this.move(-1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (this.items.length) this.choose(this.active >= 0 ? this.active : 0);
    } else if (event.key === "Escape") {
      if (!this.list.hidden) {
        event.preventDefault();
        this.close();
      }
    }
  }

  choose(index) {
    const item = this.items[index];
    if (!item) return;
    this.show(item);
    this.onChoose(item);
  }

  /** Leaving the field: an emptied field drops its filter, a half-typed one goes back to the choice. */
  left() {
    if (document.activeElement === this.input) return;
    this.close();
    if (!this.input.value.trim() && this.chosen) {
      this.show(null);
      this.onChoose(null);
    } else if (this.chosen) {
      this.input.value = this.chosen.name;
    }
  }
}
