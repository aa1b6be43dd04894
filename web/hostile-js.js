// A page at war with the platform, run before govlens.js: Array methods replaced by ones that
// throw, enumerable additions to Array.prototype and Object.prototype, and a wrapper around
// customElements.define. With ?push, Array.prototype.push throws too, which breaks
// wasm-bindgen's glue: the elements must then show a readable message, not throw.
(function hostile() {
  const broken = (name) => function disabled() { throw new Error(`hostile page: Array.prototype.${name} is disabled`); };
  const names = ['map', 'filter', 'forEach', 'includes', 'indexOf', 'find', 'join', 'reduce', 'some', 'every', 'flatMap'];
  for (let i = 0; i < names.length; i += 1) Array.prototype[names[i]] = broken(names[i]);
  Array.prototype.extra = 'enumerable';
  Object.prototype.polluted = 'polluted';
  const define = customElements.define.bind(customElements);
  window.definedThroughWrapper = [];
  customElements.define = function wrapped(name, ctor, options) {
    window.definedThroughWrapper[window.definedThroughWrapper.length] = name;
    return define(name, ctor, options);
  };
  if (window.location.search.indexOf === String.prototype.indexOf && window.location.search.indexOf('push') >= 0) {
    Array.prototype.push = broken('push');
  }
}());
