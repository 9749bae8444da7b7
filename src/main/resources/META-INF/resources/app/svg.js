// Small helpers to build SVG and HTML elements without a framework.
const SVG = "http://www.w3.org/2000/svg";

/** An SVG element with attributes and children (elements or strings). */
export function svg(name, attributes = {}, ...children) {
  return fill(document.createElementNS(SVG, name), attributes, children);
}

/** An HTML element with attributes and children (elements or strings). */
export function html(name, attributes = {}, ...children) {
  return fill(document.createElement(name), attributes, children);
}

function fill(element, attributes, children) {
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(key, value === true ? "" : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/** Width in pixels available to a chart container (at least `minimum`). */
export function widthOf(container, minimum = 320) {
  return Math.max(minimum, Math.floor(container.getBoundingClientRect().width || container.clientWidth || 0));
}
