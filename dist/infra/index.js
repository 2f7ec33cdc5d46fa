import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit3;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path) => {
      const parent = visit3.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit3.visit;
    exports.visitAsync = visit3.visitAsync;
  }
});

// infra/model-release.ts
import { ApiObject as ApiObject3, Duration, JsonPatch, Size } from "cdk8s";
import * as kplus from "cdk8s-plus-28";
import { Construct } from "constructs";

// infra/istio/destination-rule.ts
import { ApiObject } from "cdk8s";

// src/model/istio.ts
var ISTIO_API_VERSIONS = ["v1", "v1beta1"];
var DEFAULT_ISTIO_API_VERSION = "v1";
var ISTIO_NETWORKING_GROUP = "networking.istio.io";

// infra/istio/api-version.ts
function networkingApiVersion(version, kind, scope, id) {
  const object = `${kind} ${[scope.node.path, id].filter(Boolean).join("/")}`;
  const chosen = version ?? DEFAULT_ISTIO_API_VERSION;
  if (!ISTIO_API_VERSIONS.includes(chosen)) {
    throw new Error(
      `${object}: apiVersion ${JSON.stringify(chosen)} is not one model-gate writes; expected ${ISTIO_API_VERSIONS.map((v) => `"${v}"`).join(" or ")}`
    );
  }
  return `${ISTIO_NETWORKING_GROUP}/${String(chosen)}`;
}

// infra/istio/destination-rule.ts
var DestinationRule = class extends ApiObject {
  constructor(scope, id, props) {
    super(scope, id, {
      apiVersion: networkingApiVersion(props.apiVersion, "DestinationRule", scope, id),
      kind: "DestinationRule",
      metadata: props.metadata,
      spec: props.spec
    });
  }
};

// infra/istio/virtual-service.ts
import { ApiObject as ApiObject2 } from "cdk8s";
var VirtualService = class extends ApiObject2 {
  constructor(scope, id, props) {
    super(scope, id, {
      apiVersion: networkingApiVersion(props.apiVersion, "VirtualService", scope, id),
      kind: "VirtualService",
      metadata: props.metadata,
      spec: props.spec
    });
  }
};

// src/errors.ts
var BRAND = /* @__PURE__ */ Symbol.for("model-gate.InputError");
var InputError = class extends Error {
  problems;
  [BRAND] = true;
  static [Symbol.hasInstance](value) {
    return typeof value === "object" && value !== null && value[BRAND] === true;
  }
  constructor(problems) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join("\n"));
    this.name = "InputError";
    this.problems = list;
  }
};
function formatProblem(p) {
  const where = [p.source, p.line === void 0 ? void 0 : `line ${p.line}`, p.path ? printable(p.path) : void 0].filter(Boolean).join(": ");
  return `${where}: ${p.message}`;
}
function throwIfAny(problems) {
  if (problems.length > 0) throw new InputError(problems);
}
var MAX_PATH_LENGTH = 200;
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
var ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function printable(path) {
  const escaped = path.replace(CONTROL, (ch) => ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return escaped.length <= MAX_PATH_LENGTH ? escaped : `${escaped.slice(0, MAX_PATH_LENGTH - 1)}\u2026`;
}

// src/format.ts
function formatNumber(value, digits = 6) {
  if (value === null || value === void 0) return "\u2014";
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e9)) return value.toExponential(digits - 3);
  return String(Number(value.toPrecision(digits)));
}
function formatCount(count) {
  return Number.isSafeInteger(count) ? String(count).replace(/\B(?=(\d{3})+$)/g, ",") : count.toLocaleString("en-US");
}

// src/read/quote.ts
function quote(text, max = 100) {
  if (text.length <= max) return JSON.stringify(text);
  let cut = max;
  if (/[\ud800-\udbff]/.test(text.charAt(cut - 1))) cut--;
  return `${JSON.stringify(text.slice(0, cut)).slice(0, -1)}\u2026" (${formatCount(text.length)} characters)`;
}

// src/read/yaml.ts
var import_yaml = __toESM(require_dist(), 1);

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  return currentParent[0];
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var visit2 = visit;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/read/limits.ts
var MIB = 1 << 20;
var MAX_METRICS_FILE_BYTES = 2 * MIB;
var MAX_GATES_FILE_BYTES = 1 * MIB;
var MAX_RELEASE_FILE_BYTES = 1 * MIB;
var MAX_TEXT_FILE_BYTES = 4 * MIB;
var MAX_REPORT_FILE_BYTES = 64 * MIB;
var MAX_MANIFEST_FILE_BYTES = 4 * MIB;
var MAX_RECORD_BYTES = 4 * MIB;
var MAX_NESTING_DEPTH = 64;
var MAX_YAML_DOCUMENTS = 1e3;
var MAX_YAML_DOCUMENT_TOKENS = 1e5;
var MAX_YAML_TOKENS = 5e5;
var MAX_YAML_ANCHORS = 1e4;
var MAX_YAML_ALIASED_VALUES = 1e5;

// src/read/json.ts
function parseJson(text, file) {
  const json = stripBom(text);
  const tooDeep = () => {
    const offset = offsetBeyondDepth(json, MAX_NESTING_DEPTH);
    if (offset < 0) return;
    const { line, column } = lineAndColumn(json, offset);
    throw new InputError({ source: file, line, message: `column ${column}: nested more than ${MAX_NESTING_DEPTH} levels deep: too deep to read` });
  };
  let data;
  try {
    data = JSON.parse(json);
  } catch {
    tooDeep();
    throw new InputError({ source: file, ...locateJsonError(json) });
  }
  tooDeep();
  let duplicate;
  try {
    duplicate = firstDuplicateKey(json);
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message))
      throw new InputError({ source: file, message: `nested too deeply to read (${error.message})` });
    throw error;
  }
  if (duplicate) {
    const { line, column } = lineAndColumn(json, duplicate.offset);
    throw new InputError({
      source: file,
      line,
      message: `column ${column}: the key ${quote(duplicate.key)} appears twice in one object: JSON.parse would keep the last one silently`
    });
  }
  return data;
}
function offsetBeyondDepth(json, max) {
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 34) {
      for (i++; i < json.length; i++) {
        const d = json.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if (c === 93 || c === 125) {
      depth--;
    }
  }
  return -1;
}
function firstDuplicateKey(json) {
  const objects = [];
  let found;
  visit2(json, {
    onObjectBegin: () => void objects.push(/* @__PURE__ */ new Set()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (key, offset) => {
      const keys = objects[objects.length - 1];
      if (keys?.has(key)) found ??= { key, offset };
      keys?.add(key);
    }
  });
  return found;
}
function locateJsonError(text) {
  if (text.trim() === "") return { message: "the file is empty: expected a JSON object" };
  const errors = [];
  parse2(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { message: "not valid JSON" };
  const { line, column } = lineAndColumn(text, first.offset);
  const found = text.slice(first.offset, first.offset + Math.max(first.length, 1)).trim();
  const nonFinite = /^-?(NaN|Infinity)/.exec(text.slice(first.offset));
  const message = nonFinite ? `column ${column}: ${nonFinite[0]} is not a number in JSON: every value must be a finite number` : `column ${column}: not valid JSON (${describe(printParseErrorCode(first.error))}${found ? `, found ${JSON.stringify(found.slice(0, 20))}` : ""})`;
  return { line, message };
}
function describe(code) {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}

// src/read/validate.ts
function validateWith(validate, data, file) {
  if (validate(data)) return data;
  const problems = relevant(validate.errors ?? []).map((error) => ({ source: file, path: pathOf(error), message: explain(error) }));
  throw new InputError(problems);
}
function relevant(errors) {
  return errors.filter((e) => e.keyword !== "if" && e.keyword !== "propertyNames");
}
function pathOf(error) {
  const base = error.instancePath || "/";
  if (error.keyword === "additionalProperties") {
    return join(base, String(error.params.additionalProperty));
  }
  if (error.keyword === "pattern" && error.propertyName !== void 0) return join(base, error.propertyName);
  return base;
}
function join(base, key) {
  const escaped = (key.length > 100 ? `${key.slice(0, 100)}\u2026` : key).replace(/~/g, "~0").replace(/\//g, "~1");
  return base === "/" ? `/${escaped}` : `${base}/${escaped}`;
}
function explain(error) {
  const schema = error.parentSchema ?? {};
  const got = describeValue(error.data);
  switch (error.keyword) {
    case "type":
      return `expected ${article(String(error.params.type))}, got ${got}`;
    case "minimum":
    case "maximum":
      if (schema.minimum === 0 && schema.maximum === 1) return `expected a proportion between 0 and 1, got ${got}`;
      if (schema.type === "integer" && schema.minimum === 0 && schema.maximum === void 0) return `expected a non-negative integer, got ${got}`;
      return `expected a value ${error.keyword === "minimum" ? "\u2265" : "\u2264"} ${String(error.params.limit)}, got ${got}`;
    case "required":
      return `missing required field "${String(error.params.missingProperty)}"`;
    case "additionalProperties": {
      const allowed = Object.keys(schema.properties ?? {});
      return `unknown field ${quote(String(error.params.additionalProperty))}${allowed.length ? `; expected one of: ${allowed.join(", ")}` : ""}`;
    }
    case "enum":
      return `expected one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}, got ${got}`;
    // A schema says in words what its pattern accepts with `$comment` (see schemas/release.ts).
    case "pattern": {
      const expected = typeof schema.$comment === "string" ? schema.$comment : void 0;
      if (error.propertyName !== void 0) {
        return `the name ${quote(error.propertyName)} is not allowed: ${expected ?? "use letters, digits and _ . : / - (at most 128 characters, starting with a letter or _)"}`;
      }
      return expected ? `expected ${expected}, got ${got}` : `${got} does not match the pattern ${String(error.params.pattern)}`;
    }
    case "exclusiveMinimum":
      return `expected a value > ${String(error.params.limit)}, got ${got}`;
    case "uniqueItems":
      return `expected no duplicates, but ${describeItem(error.data[Number(error.params.i)])} appears more than once`;
    case "minProperties":
      return "expected at least one entry";
    case "minItems":
      return `expected at least ${String(error.params.limit)} item(s)`;
    case "minLength":
    case "maxLength":
      return `expected a string of ${error.keyword === "minLength" ? "at least" : "at most"} ${String(error.params.limit)} characters`;
    default:
      return error.message ?? "invalid value";
  }
}
function article(type) {
  if (type.includes(",")) return type.split(",").map(article).join(" or ");
  if (type === "integer") return "an integer";
  if (type === "object") return "an object";
  if (type === "array") return "an array";
  return `a ${type}`;
}
function describeItem(item) {
  return typeof item === "string" ? quote(item) : JSON.stringify(item);
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value)}`;
  if (typeof value === "object") return "an object";
  return String(value);
}

// src/read/yaml.ts
var OPTIONS = { uniqueKeys: false, resolveKnownTags: false };
function parseYaml(text, file) {
  const lines = new import_yaml.LineCounter();
  let first;
  for (const doc of documents(text, file, lines)) {
    if (first) throw new InputError({ source: file, line: doc.line, message: "not valid YAML: expected one document, but a second one starts here" });
    first = doc;
  }
  return first ?? { data: null, line: 1, lineOf: () => void 0 };
}
function validateYaml(validate, source, file) {
  try {
    return validateWith(validate, source.data ?? {}, file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.problems.map((p) => ({ ...p, line: source.lineOf(pointerSegments(p.path)) })));
  }
}
function pointerSegments(pointer) {
  if (!pointer || pointer === "/") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function* documents(text, file, lines) {
  const source = stripBom(text);
  const parser = new import_yaml.Parser(lines.addNewLine);
  const stop = (message) => {
    throw new InputError({ source: file, line: lines.linePos(parser.offset).line, message });
  };
  function* tokens() {
    lines.addNewLine(0);
    let inFile = 0;
    let inDocument = 0;
    for (const lexeme of new import_yaml.Lexer().lex(source)) {
      if (++inFile > MAX_YAML_TOKENS)
        stop(`more than ${formatCount(MAX_YAML_TOKENS)} YAML tokens (values, indicators, spaces and line breaks) in one file: too large to read`);
      if (++inDocument > MAX_YAML_DOCUMENT_TOKENS)
        stop(`more than ${formatCount(MAX_YAML_DOCUMENT_TOKENS)} YAML tokens (values, indicators, spaces and line breaks) in one document: too large to read`);
      for (const token of parser.next(lexeme)) {
        if (token.type === "document") inDocument = 0;
        yield token;
      }
      if (parser.stack.length > MAX_NESTING_DEPTH + 2) stop(`nested more than ${MAX_NESTING_DEPTH} levels deep: too deep to read`);
    }
    yield* parser.end();
  }
  const composer = new import_yaml.Composer(OPTIONS);
  function* composed() {
    for (const token of tokens()) {
      if (token.type === "document") yield* composer.end();
      yield* composer.next(token);
    }
    yield* composer.end(false, source.length);
  }
  let count = 0;
  try {
    for (const doc of composed()) {
      if (++count > MAX_YAML_DOCUMENTS) {
        throw new InputError({
          source: file,
          line: startLine(doc, lines),
          message: `more than ${formatCount(MAX_YAML_DOCUMENTS)} YAML documents in one file: split it`
        });
      }
      throwIfErrors([...doc.errors, ...doc.warnings.filter(isTagProblem)], source, file, lines);
      checkNodes(doc, file, lines);
      yield { data: doc.toJS({ maxAliasCount: -1 }), line: startLine(doc, lines), lineOf: (path) => lineOfPath(doc, lines, path) };
    }
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message))
      throw new InputError({ source: file, message: `not valid YAML: nested too deeply to read (${error.message})` });
    if (error instanceof ReferenceError) throw new InputError({ source: file, message: `not valid YAML: ${firstLine(error.message)}` });
    throw error;
  }
}
function startLine(doc, lines) {
  const start = doc.contents?.range?.[0] ?? doc.range?.[0] ?? 0;
  return lines.linePos(start).line;
}
function isTagProblem(warning) {
  return warning.code === "TAG_RESOLVE_FAILED" || warning.code === "BAD_COLLECTION_TYPE";
}
function throwIfErrors(errors, source, file, lines) {
  if (errors.length === 0) return;
  throw new InputError(errors.map((e) => ({ source: file, line: lines.linePos(e.pos[0]).line, message: `not valid YAML: ${describeError(e, source)}` })));
}
function describeError(error, source) {
  if (isTagProblem(error)) {
    const tag = /^\S+/.exec(source.slice(error.pos[0], error.pos[0] + 200))?.[0] ?? "";
    return `the tag ${quote(tag)} is not supported: these files hold plain data (mappings, sequences, strings, numbers, booleans, null); remove the tag`;
  }
  return firstLine(error.message).replace(/ at line \d+, column \d+:?$/, "");
}
function checkNodes(doc, file, lines) {
  const fail = (node, message) => {
    throw new InputError({ source: file, line: lines.linePos(node.range?.[0] ?? 0).line, message });
  };
  const anchors = /* @__PURE__ */ new Map();
  let anchorsAndAliases = 0;
  let aliased = 0;
  const count = (node, depth = 0) => {
    if ((0, import_yaml.isAlias)(node)) {
      if (++anchorsAndAliases > MAX_YAML_ANCHORS) fail(node, `not valid YAML: more than ${formatCount(MAX_YAML_ANCHORS)} anchors and aliases in one document`);
      const name = shorten(node.source);
      if (!anchors.has(node.source)) fail(node, `not valid YAML: the alias *${name} has no anchor &${name} before it`);
      const size2 = anchors.get(node.source);
      if (size2 === void 0) fail(node, `not valid YAML: the alias *${name} is inside the value of its own anchor &${name}: it would repeat itself forever`);
      aliased += size2;
      if (aliased > MAX_YAML_ALIASED_VALUES)
        fail(node, `not valid YAML: aliases repeat more than ${formatCount(MAX_YAML_ALIASED_VALUES)} values in one document: write the values out instead`);
      return size2;
    }
    const anchor = node?.anchor;
    if (anchor) {
      if (++anchorsAndAliases > MAX_YAML_ANCHORS)
        fail(node, `not valid YAML: more than ${formatCount(MAX_YAML_ANCHORS)} anchors and aliases in one document`);
      anchors.set(anchor, void 0);
    }
    let size = 1;
    if (((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) && depth === MAX_NESTING_DEPTH) fail(node, `nested more than ${MAX_NESTING_DEPTH} levels deep: too deep to read`);
    if ((0, import_yaml.isMap)(node)) {
      const keys = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        if ((0, import_yaml.isScalar)(pair.key)) {
          if (keys.has(pair.key.value)) fail(pair.key, `not valid YAML: Map keys must be unique: ${quote(String(pair.key.value))} appears twice`);
          keys.add(pair.key.value);
        }
        size += count(pair.key, depth + 1) + count(pair.value, depth + 1);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) size += (0, import_yaml.isPair)(item) ? count(item.key, depth + 1) + count(item.value, depth + 1) : count(item, depth + 1);
    }
    if (anchor) anchors.set(anchor, size);
    return size;
  };
  count(doc.contents);
}
function lineOfPath(doc, lines, path) {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    const segment = path[depth - 1];
    let offset;
    if ((0, import_yaml.isMap)(parent)) {
      const pair = parent.items.find((item) => (0, import_yaml.isScalar)(item.key) && String(item.key.value) === segment);
      offset = (0, import_yaml.isScalar)(pair?.key) ? pair.key.range?.[0] : void 0;
    } else if ((0, import_yaml.isSeq)(parent)) {
      const item = parent.items[Number(segment)];
      offset = item?.range?.[0];
    }
    if (offset !== void 0) return lines.linePos(offset).line;
  }
  return void 0;
}
function shorten(name) {
  return name.length > 100 ? `${name.slice(0, 100)}\u2026` : name;
}
function firstLine(message) {
  return message.split("\n")[0] ?? message;
}

// src/read/schemas/compiled/release.js
var release_default = validate21;
var schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://model-gate.dev/schemas/release.schema.json", "title": "model-gate release file", "description": "What to deploy for a model (a stable and a candidate version) and how Istio routes to it. model-gate synth turns it and the gate report into Kubernetes and Istio manifests.", "type": "object", "additionalProperties": false, "required": ["name", "namespace", "port", "stable", "candidate", "resources", "probes", "autoscaling"], "properties": { "$schema": { "type": "string" }, "name": { "type": "string", "pattern": "^[a-z]([-a-z0-9]*[a-z0-9])?$", "$comment": 'a DNS-1035 label: lower-case letters, digits and "-", starting with a letter and ending with a letter or digit', "maxLength": 56, "description": 'Name of the Service, the `app` label, and the stable objects; the canary objects add "-canary".' }, "namespace": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "$comment": 'a DNS-1123 label: lower-case letters, digits and "-", starting and ending with a letter or digit', "maxLength": 63, "description": "Namespace of every object." }, "port": { "type": "integer", "minimum": 1, "maximum": 65535, "description": "The container port the model server listens on (HTTP)." }, "servicePort": { "type": "integer", "minimum": 1, "maximum": 65535, "description": "The Service port. Default: the container port." }, "labels": { "type": "object", "description": "Extra labels for every object and pod (app, version and track are set by model-gate).", "propertyNames": { "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "$comment": 'a label key is an optional DNS subdomain and "/", then a name of at most 63 letters, digits, "-", "_" and "."', "maxLength": 317 }, "additionalProperties": { "type": "string", "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "$comment": 'a Kubernetes label value: letters, digits, "-", "_" and ".", starting and ending with a letter or digit (at most 63 characters)', "maxLength": 63 } }, "stable": { "type": "object", "additionalProperties": false, "required": ["version", "image"], "properties": { "version": { "type": "string", "pattern": "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$", "$comment": 'a Kubernetes label value: letters, digits, "-", "_" and ".", starting and ending with a letter or digit (at most 63 characters)', "maxLength": 63, "description": "The `version` label of its pods, which the DestinationRule subsets select (e.g. v2-4-0)." }, "image": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9._/:]*[a-z0-9])?(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", "$comment": "an image reference such as registry.example.com/model:1.2.0 or \u2026@sha256:<64 hex digits>", "maxLength": 512, "description": "Container image; pin it with a tag other than latest, or better a digest." } }, "description": "The version serving production now." }, "candidate": { "type": "object", "additionalProperties": false, "required": ["version", "image"], "properties": { "version": { "type": "string", "pattern": "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$", "$comment": 'a Kubernetes label value: letters, digits, "-", "_" and ".", starting and ending with a letter or digit (at most 63 characters)', "maxLength": 63, "description": "The `version` label of its pods, which the DestinationRule subsets select (e.g. v2-4-0)." }, "image": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9._/:]*[a-z0-9])?(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", "$comment": "an image reference such as registry.example.com/model:1.2.0 or \u2026@sha256:<64 hex digits>", "maxLength": 512, "description": "Container image; pin it with a tag other than latest, or better a digest." } }, "description": "The version the gates evaluated." }, "resources": { "type": "object", "additionalProperties": false, "required": ["requests", "limits"], "description": "Requests and limits of the model container.", "properties": { "requests": { "type": "object", "additionalProperties": false, "required": ["cpu", "memory"], "properties": { "cpu": { "type": "string", "pattern": "^([1-9][0-9]*m|[0-9]+(\\.[0-9]{1,3})?)$", "$comment": 'CPU as cores ("1", "0.5") or millicores ("500m")', "maxLength": 16 }, "memory": { "type": "string", "pattern": "^[1-9][0-9]*(Mi|Gi)$", "$comment": 'memory in Mi or Gi ("512Mi", "2Gi")', "maxLength": 16 } } }, "limits": { "type": "object", "additionalProperties": false, "required": ["cpu", "memory"], "properties": { "cpu": { "type": "string", "pattern": "^([1-9][0-9]*m|[0-9]+(\\.[0-9]{1,3})?)$", "$comment": 'CPU as cores ("1", "0.5") or millicores ("500m")', "maxLength": 16 }, "memory": { "type": "string", "pattern": "^[1-9][0-9]*(Mi|Gi)$", "$comment": 'memory in Mi or Gi ("512Mi", "2Gi")', "maxLength": 16 } } } } }, "securityContext": { "type": "object", "additionalProperties": false, "description": "The model container's security context. Default: non-root, read-only root filesystem (an emptyDir at /tmp), the image's user.", "properties": { "runAsUser": { "type": "integer", "minimum": 1, "maximum": 2147483647, "description": "Numeric user id: needed when the image names its user (USER model-server), which runAsNonRoot cannot check." }, "runAsGroup": { "type": "integer", "minimum": 0, "maximum": 2147483647, "description": "Numeric group id." }, "readOnlyRootFilesystem": { "type": "boolean", "description": "Default true; set false for servers that write outside /tmp." } } }, "probes": { "type": "object", "additionalProperties": false, "required": ["readiness"], "properties": { "readiness": { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "pattern": "^/[\\x21-\\x7e]*$", "$comment": "a path starting with / (printable ASCII, no spaces)", "maxLength": 1024, "description": "HTTP GET path on the container port." }, "initialDelaySeconds": { "type": "integer", "minimum": 0, "maximum": 3600, "description": "Seconds after the container starts (and after the startup probe succeeds) before the first check." }, "periodSeconds": { "type": "integer", "minimum": 1, "maximum": 3600, "description": "Seconds between checks." }, "timeoutSeconds": { "type": "integer", "minimum": 1, "maximum": 3600, "description": "Seconds before a check times out." }, "failureThreshold": { "type": "integer", "minimum": 1, "maximum": 1e3, "description": "Consecutive failures before the probe fails." } }, "description": "Traffic reaches a pod only while this passes." }, "liveness": { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "pattern": "^/[\\x21-\\x7e]*$", "$comment": "a path starting with / (printable ASCII, no spaces)", "maxLength": 1024, "description": "HTTP GET path on the container port." }, "initialDelaySeconds": { "type": "integer", "minimum": 0, "maximum": 3600, "description": "Seconds after the container starts (and after the startup probe succeeds) before the first check." }, "periodSeconds": { "type": "integer", "minimum": 1, "maximum": 3600, "description": "Seconds between checks." }, "timeoutSeconds": { "type": "integer", "minimum": 1, "maximum": 3600, "description": "Seconds before a check times out." }, "failureThreshold": { "type": "integer", "minimum": 1, "maximum": 1e3, "description": "Consecutive failures before the probe fails." } }, "description": "The pod restarts when this fails. Must not start before the readiness probe." }, "startup": { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "pattern": "^/[\\x21-\\x7e]*$", "$comment": "a path starting with / (printable ASCII, no spaces)", "maxLength": 1024, "description": "HTTP GET path on the container port." }, "initialDelaySeconds": { "type": "integer", "minimum": 0, "maximum": 3600, "description": "Seconds after the container starts (and after the startup probe succeeds) before the first check." }, "periodSeconds": { "type": "integer", "minimum": 1, "maximum": 3600, "description": "Seconds between checks." }, "timeoutSeconds": { "type": "integer", "minimum": 1, "maximum": 3600, "description": "Seconds before a check times out." }, "failureThreshold": { "type": "integer", "minimum": 1, "maximum": 1e3, "description": "Consecutive failures before the probe fails." } }, "description": "Holds the other probes back while the model loads. Default: the readiness path every 10 s, up to 30 times (5 minutes)." } } }, "autoscaling": { "type": "object", "additionalProperties": false, "required": ["minReplicas", "maxReplicas", "cpuUtilization"], "description": "The stable Deployment's autoscaler; the canary's is sized from it by the canary weight.", "properties": { "minReplicas": { "type": "integer", "minimum": 1, "description": "At least this many stable pods." }, "maxReplicas": { "type": "integer", "minimum": 1, "description": "At most this many stable pods." }, "cpuUtilization": { "type": "integer", "minimum": 1, "maximum": 1e3, "description": "Target average CPU utilization, in percent of the CPU request." }, "podMetric": { "type": "object", "additionalProperties": false, "required": ["name", "averageValue"], "description": "A custom per-pod metric (from a metrics adapter), such as requests per second.", "properties": { "name": { "type": "string", "pattern": "^[A-Za-z_:][A-Za-z0-9_:]*$", "$comment": 'a metric name: letters, digits, "_" and ":"', "maxLength": 253, "description": "Metric name as the metrics adapter serves it." }, "averageValue": { "type": "number", "exclusiveMinimum": 0, "description": "Target average value per pod." } } } } }, "istio": { "type": "object", "additionalProperties": false, "description": "The VirtualService and DestinationRule.", "properties": { "apiVersion": { "enum": ["v1", "v1beta1"], "description": "The networking.istio.io version of the DestinationRule and VirtualService: v1, served from Istio 1.22 on, or v1beta1 for older clusters. Default: v1." }, "hosts": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "$comment": "a host name such as models.example.com, *.example.com or a short service name", "maxLength": 253 }, "description": "Hosts the VirtualService serves. Default: the Service's cluster-local name." }, "gateways": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "$comment": "a gateway as namespace/name, name, or mesh", "maxLength": 253 }, "description": 'Gateways the routes apply to. Listing gateways drops the implicit mesh gateway: add "mesh" to keep in-cluster traffic routed. Default: mesh only.' }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "$comment": "a duration such as 500ms, 2s or 1m30s", "maxLength": 32, "description": "Route timeout (e.g. 2s). Default: none (Istio waits indefinitely)." }, "retries": { "type": "object", "additionalProperties": false, "required": ["attempts"], "description": "Retries for failed requests. Default: none (attempts: 0), because inference POSTs may not be idempotent and Istio would otherwise retry twice.", "properties": { "attempts": { "type": "integer", "minimum": 0, "maximum": 10 }, "perTryTimeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "$comment": "a duration such as 500ms, 2s or 1m30s", "maxLength": 32, "description": "Timeout of each attempt." }, "retryOn": { "type": "string", "pattern": "^[a-z0-9-]+(,[a-z0-9-]+)*$", "$comment": "comma-separated retry conditions without spaces", "maxLength": 256, "description": "Envoy retry conditions, comma-separated (e.g. connect-failure,refused-stream,unavailable)." } } }, "canaryHeader": { "type": "object", "additionalProperties": false, "required": ["name", "value"], "description": 'Requests carrying this header go to the canary while it serves. Default: x-canary: "true".', "properties": { "name": { "type": "string", "pattern": "^[a-z0-9][-a-z0-9_]*$", "$comment": "a lower-case header name", "maxLength": 128, "description": "Header name." }, "value": { "type": "string", "minLength": 1, "maxLength": 256, "description": "Exact header value." } } }, "outlierDetection": { "type": "object", "additionalProperties": false, "description": "Eject pods that keep failing from the load-balancing pool.", "properties": { "consecutive5xxErrors": { "type": "integer", "minimum": 1, "maximum": 1e3 }, "interval": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "$comment": "a duration such as 500ms, 2s or 1m30s", "maxLength": 32, "description": "Time between ejection sweeps." }, "baseEjectionTime": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "$comment": "a duration such as 500ms, 2s or 1m30s", "maxLength": 32, "description": "Minimum ejection duration." }, "maxEjectionPercent": { "type": "integer", "minimum": 1, "maximum": 100 } } } } }, "monitoring": { "type": "object", "additionalProperties": false, "description": "Emit a PrometheusRule (Prometheus Operator) whose alerts use the thresholds of the gates file. Leave out where the cluster has no Prometheus Operator.", "properties": { "for": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "$comment": "a duration such as 500ms, 2s or 1m30s", "maxLength": 32, "description": "How long a condition must hold before an alert fires. Default 10m." }, "window": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "$comment": "a duration such as 500ms, 2s or 1m30s", "maxLength": 32, "description": "Rate window of the serving metrics. Default 5m." }, "labelsWindow": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "$comment": "a duration such as 500ms, 2s or 1m30s", "maxLength": 32, "description": "Rate window of the delayed-label metric (accuracy, recall). Default 1h." }, "selector": { "type": "object", "description": "Label matchers added to every query. Default: {model: <name>}.", "propertyNames": { "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$", "$comment": "a Prometheus label name: letters, digits and _", "maxLength": 128 }, "additionalProperties": { "type": "string", "maxLength": 256 } }, "metrics": { "type": "object", "additionalProperties": false, "description": "Names of the serving metrics.", "properties": { "latency": { "type": "string", "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*$", "$comment": "a Prometheus metric name", "maxLength": 200, "description": "histogram of inference latency in seconds (default model_inference_latency_seconds)" }, "predictions": { "type": "string", "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*$", "$comment": "a Prometheus metric name", "maxLength": 200, "description": 'counter of predictions, failures labelled status="error" (default model_predictions_total)' }, "confidence": { "type": "string", "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*$", "$comment": "a Prometheus metric name", "maxLength": 200, "description": "histogram of the predicted class's probability (default model_prediction_confidence)" }, "drift": { "type": "string", "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*$", "$comment": "a Prometheus metric name", "maxLength": 200, "description": "gauge of a drift score (PSI) per feature (default feature_drift_score)" }, "labeled": { "type": "string", "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*$", "$comment": "a Prometheus metric name", "maxLength": 200, "description": 'counter of predictions whose label arrived, labelled correct="true|false" and label="1|0" (default model_labeled_predictions_total)' } } } } }, "disruptionBudget": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "PodDisruptionBudget of each Deployment: set minAvailable or maxUnavailable. Default: maxUnavailable: 1.", "properties": { "minAvailable": { "type": ["integer", "string"], "minimum": 0, "pattern": "^(100|[1-9]?[0-9])%$", "$comment": 'a number of pods or a percentage such as "25%"', "description": "Pods that must stay up during voluntary disruptions (e.g. node drains)." }, "maxUnavailable": { "type": ["integer", "string"], "minimum": 0, "pattern": "^(100|[1-9]?[0-9])%$", "$comment": 'a number of pods or a percentage such as "25%"', "description": "Pods that may be down during voluntary disruptions." } } } } };
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^[a-z]([-a-z0-9]*[a-z0-9])?$", "u");
var pattern1 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var pattern2 = new RegExp("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "u");
var pattern3 = new RegExp("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "u");
var pattern4 = new RegExp("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$", "u");
var pattern5 = new RegExp("^[a-z0-9]([-a-z0-9._/:]*[a-z0-9])?(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", "u");
var pattern8 = new RegExp("^([1-9][0-9]*m|[0-9]+(\\.[0-9]{1,3})?)$", "u");
var pattern9 = new RegExp("^[1-9][0-9]*(Mi|Gi)$", "u");
var pattern12 = new RegExp("^/[\\x21-\\x7e]*$", "u");
var pattern15 = new RegExp("^[A-Za-z_:][A-Za-z0-9_:]*$", "u");
var pattern16 = new RegExp("^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
var pattern17 = new RegExp("^([a-z0-9]([-a-z0-9]*[a-z0-9])?/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "u");
var pattern18 = new RegExp("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "u");
var pattern20 = new RegExp("^[a-z0-9-]+(,[a-z0-9-]+)*$", "u");
var pattern21 = new RegExp("^[a-z0-9][-a-z0-9_]*$", "u");
var pattern27 = new RegExp("^[a-zA-Z_][a-zA-Z0-9_]*$", "u");
var pattern28 = new RegExp("^[a-zA-Z_:][a-zA-Z0-9_:]*$", "u");
var pattern33 = new RegExp("^(100|[1-9]?[0-9])%$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.namespace === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.port === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.stable === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stable" }, message: "must have required property 'stable'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.candidate === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "candidate" }, message: "must have required property 'candidate'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.resources === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.probes === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "probes" }, message: "must have required property 'probes'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.autoscaling === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "autoscaling" }, message: "must have required property 'autoscaling'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema6.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err9 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.$schema.type, parentSchema: schema6.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (data1.length > 56) {
          const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 56 }, message: "must NOT have more than 56 characters", schema: 56, parentSchema: schema6.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern0.test(data1)) {
          const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema6.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.name.type, parentSchema: schema6.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      let data2 = data.namespace;
      if (typeof data2 === "string") {
        if (data2.length > 63) {
          const err13 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema6.properties.namespace, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern1.test(data2)) {
          const err14 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema6.properties.namespace, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.namespace.type, parentSchema: schema6.properties.namespace, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.port !== void 0) {
      let data3 = data.port;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err16 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.port.type, parentSchema: schema6.properties.port, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 65535 || isNaN(data3)) {
          const err17 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema6.properties.port, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err18 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.port, data: data3 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.servicePort !== void 0) {
      let data4 = data.servicePort;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err19 = { instancePath: instancePath + "/servicePort", schemaPath: "#/properties/servicePort/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.servicePort.type, parentSchema: schema6.properties.servicePort, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 65535 || isNaN(data4)) {
          const err20 = { instancePath: instancePath + "/servicePort", schemaPath: "#/properties/servicePort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema6.properties.servicePort, data: data4 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err21 = { instancePath: instancePath + "/servicePort", schemaPath: "#/properties/servicePort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.servicePort, data: data4 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.labels !== void 0) {
      let data5 = data.labels;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          const _errs16 = errors;
          if (typeof key1 === "string") {
            if (key1.length > 317) {
              const err22 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/propertyNames/maxLength", keyword: "maxLength", params: { limit: 317 }, message: "must NOT have more than 317 characters", schema: 317, parentSchema: schema6.properties.labels.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (!pattern2.test(key1)) {
              const err23 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema6.properties.labels.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          var valid1 = _errs16 === errors;
          if (!valid1) {
            const err24 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema6.properties.labels.propertyNames, parentSchema: schema6.properties.labels, data: data5 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          let data6 = data5[key2];
          if (typeof data6 === "string") {
            if (data6.length > 63) {
              const err25 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema6.properties.labels.additionalProperties, data: data6 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (!pattern3.test(data6)) {
              const err26 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$" }, message: 'must match pattern "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"', schema: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", parentSchema: schema6.properties.labels.additionalProperties, data: data6 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.labels.additionalProperties.type, parentSchema: schema6.properties.labels.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.labels.type, parentSchema: schema6.properties.labels, data: data5 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.stable !== void 0) {
      let data7 = data.stable;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.version === void 0) {
          const err29 = { instancePath: instancePath + "/stable", schemaPath: "#/properties/stable/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema6.properties.stable.required, parentSchema: schema6.properties.stable, data: data7 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data7.image === void 0) {
          const err30 = { instancePath: instancePath + "/stable", schemaPath: "#/properties/stable/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'", schema: schema6.properties.stable.required, parentSchema: schema6.properties.stable, data: data7 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        for (const key3 in data7) {
          if (!(key3 === "version" || key3 === "image")) {
            const err31 = { instancePath: instancePath + "/stable", schemaPath: "#/properties/stable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.stable, data: data7 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data7.version !== void 0) {
          let data8 = data7.version;
          if (typeof data8 === "string") {
            if (data8.length > 63) {
              const err32 = { instancePath: instancePath + "/stable/version", schemaPath: "#/properties/stable/properties/version/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema6.properties.stable.properties.version, data: data8 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (!pattern4.test(data8)) {
              const err33 = { instancePath: instancePath + "/stable/version", schemaPath: "#/properties/stable/properties/version/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"', schema: "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$", parentSchema: schema6.properties.stable.properties.version, data: data8 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/stable/version", schemaPath: "#/properties/stable/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.stable.properties.version.type, parentSchema: schema6.properties.stable.properties.version, data: data8 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data7.image !== void 0) {
          let data9 = data7.image;
          if (typeof data9 === "string") {
            if (data9.length > 512) {
              const err35 = { instancePath: instancePath + "/stable/image", schemaPath: "#/properties/stable/properties/image/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema6.properties.stable.properties.image, data: data9 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (!pattern5.test(data9)) {
              const err36 = { instancePath: instancePath + "/stable/image", schemaPath: "#/properties/stable/properties/image/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9._/:]*[a-z0-9])?(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9._/:]*[a-z0-9])?(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$"', schema: "^[a-z0-9]([-a-z0-9._/:]*[a-z0-9])?(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", parentSchema: schema6.properties.stable.properties.image, data: data9 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/stable/image", schemaPath: "#/properties/stable/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.stable.properties.image.type, parentSchema: schema6.properties.stable.properties.image, data: data9 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/stable", schemaPath: "#/properties/stable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.stable.type, parentSchema: schema6.properties.stable, data: data7 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.candidate !== void 0) {
      let data10 = data.candidate;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.version === void 0) {
          const err39 = { instancePath: instancePath + "/candidate", schemaPath: "#/properties/candidate/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema6.properties.candidate.required, parentSchema: schema6.properties.candidate, data: data10 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data10.image === void 0) {
          const err40 = { instancePath: instancePath + "/candidate", schemaPath: "#/properties/candidate/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'", schema: schema6.properties.candidate.required, parentSchema: schema6.properties.candidate, data: data10 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        for (const key4 in data10) {
          if (!(key4 === "version" || key4 === "image")) {
            const err41 = { instancePath: instancePath + "/candidate", schemaPath: "#/properties/candidate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.candidate, data: data10 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data10.version !== void 0) {
          let data11 = data10.version;
          if (typeof data11 === "string") {
            if (data11.length > 63) {
              const err42 = { instancePath: instancePath + "/candidate/version", schemaPath: "#/properties/candidate/properties/version/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema6.properties.candidate.properties.version, data: data11 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (!pattern4.test(data11)) {
              const err43 = { instancePath: instancePath + "/candidate/version", schemaPath: "#/properties/candidate/properties/version/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"', schema: "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$", parentSchema: schema6.properties.candidate.properties.version, data: data11 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/candidate/version", schemaPath: "#/properties/candidate/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.candidate.properties.version.type, parentSchema: schema6.properties.candidate.properties.version, data: data11 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data10.image !== void 0) {
          let data12 = data10.image;
          if (typeof data12 === "string") {
            if (data12.length > 512) {
              const err45 = { instancePath: instancePath + "/candidate/image", schemaPath: "#/properties/candidate/properties/image/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema6.properties.candidate.properties.image, data: data12 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (!pattern5.test(data12)) {
              const err46 = { instancePath: instancePath + "/candidate/image", schemaPath: "#/properties/candidate/properties/image/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9._/:]*[a-z0-9])?(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9._/:]*[a-z0-9])?(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$"', schema: "^[a-z0-9]([-a-z0-9._/:]*[a-z0-9])?(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", parentSchema: schema6.properties.candidate.properties.image, data: data12 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/candidate/image", schemaPath: "#/properties/candidate/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.candidate.properties.image.type, parentSchema: schema6.properties.candidate.properties.image, data: data12 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/candidate", schemaPath: "#/properties/candidate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.candidate.type, parentSchema: schema6.properties.candidate, data: data10 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data13 = data.resources;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.requests === void 0) {
          const err49 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema6.properties.resources.required, parentSchema: schema6.properties.resources, data: data13 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (data13.limits === void 0) {
          const err50 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/required", keyword: "required", params: { missingProperty: "limits" }, message: "must have required property 'limits'", schema: schema6.properties.resources.required, parentSchema: schema6.properties.resources, data: data13 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        for (const key5 in data13) {
          if (!(key5 === "requests" || key5 === "limits")) {
            const err51 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.resources, data: data13 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data13.requests !== void 0) {
          let data14 = data13.requests;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.cpu === void 0) {
              const err52 = { instancePath: instancePath + "/resources/requests", schemaPath: "#/properties/resources/properties/requests/required", keyword: "required", params: { missingProperty: "cpu" }, message: "must have required property 'cpu'", schema: schema6.properties.resources.properties.requests.required, parentSchema: schema6.properties.resources.properties.requests, data: data14 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data14.memory === void 0) {
              const err53 = { instancePath: instancePath + "/resources/requests", schemaPath: "#/properties/resources/properties/requests/required", keyword: "required", params: { missingProperty: "memory" }, message: "must have required property 'memory'", schema: schema6.properties.resources.properties.requests.required, parentSchema: schema6.properties.resources.properties.requests, data: data14 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            for (const key6 in data14) {
              if (!(key6 === "cpu" || key6 === "memory")) {
                const err54 = { instancePath: instancePath + "/resources/requests", schemaPath: "#/properties/resources/properties/requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.resources.properties.requests, data: data14 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data14.cpu !== void 0) {
              let data15 = data14.cpu;
              if (typeof data15 === "string") {
                if (data15.length > 16) {
                  const err55 = { instancePath: instancePath + "/resources/requests/cpu", schemaPath: "#/properties/resources/properties/requests/properties/cpu/maxLength", keyword: "maxLength", params: { limit: 16 }, message: "must NOT have more than 16 characters", schema: 16, parentSchema: schema6.properties.resources.properties.requests.properties.cpu, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                if (!pattern8.test(data15)) {
                  const err56 = { instancePath: instancePath + "/resources/requests/cpu", schemaPath: "#/properties/resources/properties/requests/properties/cpu/pattern", keyword: "pattern", params: { pattern: "^([1-9][0-9]*m|[0-9]+(\\.[0-9]{1,3})?)$" }, message: 'must match pattern "^([1-9][0-9]*m|[0-9]+(\\.[0-9]{1,3})?)$"', schema: "^([1-9][0-9]*m|[0-9]+(\\.[0-9]{1,3})?)$", parentSchema: schema6.properties.resources.properties.requests.properties.cpu, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/resources/requests/cpu", schemaPath: "#/properties/resources/properties/requests/properties/cpu/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.resources.properties.requests.properties.cpu.type, parentSchema: schema6.properties.resources.properties.requests.properties.cpu, data: data15 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data14.memory !== void 0) {
              let data16 = data14.memory;
              if (typeof data16 === "string") {
                if (data16.length > 16) {
                  const err58 = { instancePath: instancePath + "/resources/requests/memory", schemaPath: "#/properties/resources/properties/requests/properties/memory/maxLength", keyword: "maxLength", params: { limit: 16 }, message: "must NOT have more than 16 characters", schema: 16, parentSchema: schema6.properties.resources.properties.requests.properties.memory, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                if (!pattern9.test(data16)) {
                  const err59 = { instancePath: instancePath + "/resources/requests/memory", schemaPath: "#/properties/resources/properties/requests/properties/memory/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*(Mi|Gi)$" }, message: 'must match pattern "^[1-9][0-9]*(Mi|Gi)$"', schema: "^[1-9][0-9]*(Mi|Gi)$", parentSchema: schema6.properties.resources.properties.requests.properties.memory, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/resources/requests/memory", schemaPath: "#/properties/resources/properties/requests/properties/memory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.resources.properties.requests.properties.memory.type, parentSchema: schema6.properties.resources.properties.requests.properties.memory, data: data16 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
          } else {
            const err61 = { instancePath: instancePath + "/resources/requests", schemaPath: "#/properties/resources/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.resources.properties.requests.type, parentSchema: schema6.properties.resources.properties.requests, data: data14 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data13.limits !== void 0) {
          let data17 = data13.limits;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.cpu === void 0) {
              const err62 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/properties/resources/properties/limits/required", keyword: "required", params: { missingProperty: "cpu" }, message: "must have required property 'cpu'", schema: schema6.properties.resources.properties.limits.required, parentSchema: schema6.properties.resources.properties.limits, data: data17 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data17.memory === void 0) {
              const err63 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/properties/resources/properties/limits/required", keyword: "required", params: { missingProperty: "memory" }, message: "must have required property 'memory'", schema: schema6.properties.resources.properties.limits.required, parentSchema: schema6.properties.resources.properties.limits, data: data17 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            for (const key7 in data17) {
              if (!(key7 === "cpu" || key7 === "memory")) {
                const err64 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/properties/resources/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.resources.properties.limits, data: data17 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data17.cpu !== void 0) {
              let data18 = data17.cpu;
              if (typeof data18 === "string") {
                if (data18.length > 16) {
                  const err65 = { instancePath: instancePath + "/resources/limits/cpu", schemaPath: "#/properties/resources/properties/limits/properties/cpu/maxLength", keyword: "maxLength", params: { limit: 16 }, message: "must NOT have more than 16 characters", schema: 16, parentSchema: schema6.properties.resources.properties.limits.properties.cpu, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                if (!pattern8.test(data18)) {
                  const err66 = { instancePath: instancePath + "/resources/limits/cpu", schemaPath: "#/properties/resources/properties/limits/properties/cpu/pattern", keyword: "pattern", params: { pattern: "^([1-9][0-9]*m|[0-9]+(\\.[0-9]{1,3})?)$" }, message: 'must match pattern "^([1-9][0-9]*m|[0-9]+(\\.[0-9]{1,3})?)$"', schema: "^([1-9][0-9]*m|[0-9]+(\\.[0-9]{1,3})?)$", parentSchema: schema6.properties.resources.properties.limits.properties.cpu, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/resources/limits/cpu", schemaPath: "#/properties/resources/properties/limits/properties/cpu/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.resources.properties.limits.properties.cpu.type, parentSchema: schema6.properties.resources.properties.limits.properties.cpu, data: data18 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data17.memory !== void 0) {
              let data19 = data17.memory;
              if (typeof data19 === "string") {
                if (data19.length > 16) {
                  const err68 = { instancePath: instancePath + "/resources/limits/memory", schemaPath: "#/properties/resources/properties/limits/properties/memory/maxLength", keyword: "maxLength", params: { limit: 16 }, message: "must NOT have more than 16 characters", schema: 16, parentSchema: schema6.properties.resources.properties.limits.properties.memory, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (!pattern9.test(data19)) {
                  const err69 = { instancePath: instancePath + "/resources/limits/memory", schemaPath: "#/properties/resources/properties/limits/properties/memory/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*(Mi|Gi)$" }, message: 'must match pattern "^[1-9][0-9]*(Mi|Gi)$"', schema: "^[1-9][0-9]*(Mi|Gi)$", parentSchema: schema6.properties.resources.properties.limits.properties.memory, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              } else {
                const err70 = { instancePath: instancePath + "/resources/limits/memory", schemaPath: "#/properties/resources/properties/limits/properties/memory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.resources.properties.limits.properties.memory.type, parentSchema: schema6.properties.resources.properties.limits.properties.memory, data: data19 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/properties/resources/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.resources.properties.limits.type, parentSchema: schema6.properties.resources.properties.limits, data: data17 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.resources.type, parentSchema: schema6.properties.resources, data: data13 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.securityContext !== void 0) {
      let data20 = data.securityContext;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key8 in data20) {
          if (!(key8 === "runAsUser" || key8 === "runAsGroup" || key8 === "readOnlyRootFilesystem")) {
            const err73 = { instancePath: instancePath + "/securityContext", schemaPath: "#/properties/securityContext/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.securityContext, data: data20 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data20.runAsUser !== void 0) {
          let data21 = data20.runAsUser;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
            const err74 = { instancePath: instancePath + "/securityContext/runAsUser", schemaPath: "#/properties/securityContext/properties/runAsUser/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.securityContext.properties.runAsUser.type, parentSchema: schema6.properties.securityContext.properties.runAsUser, data: data21 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 > 2147483647 || isNaN(data21)) {
              const err75 = { instancePath: instancePath + "/securityContext/runAsUser", schemaPath: "#/properties/securityContext/properties/runAsUser/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema6.properties.securityContext.properties.runAsUser, data: data21 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            if (data21 < 1 || isNaN(data21)) {
              const err76 = { instancePath: instancePath + "/securityContext/runAsUser", schemaPath: "#/properties/securityContext/properties/runAsUser/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.securityContext.properties.runAsUser, data: data21 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          }
        }
        if (data20.runAsGroup !== void 0) {
          let data22 = data20.runAsGroup;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err77 = { instancePath: instancePath + "/securityContext/runAsGroup", schemaPath: "#/properties/securityContext/properties/runAsGroup/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.securityContext.properties.runAsGroup.type, parentSchema: schema6.properties.securityContext.properties.runAsGroup, data: data22 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 > 2147483647 || isNaN(data22)) {
              const err78 = { instancePath: instancePath + "/securityContext/runAsGroup", schemaPath: "#/properties/securityContext/properties/runAsGroup/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema6.properties.securityContext.properties.runAsGroup, data: data22 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data22 < 0 || isNaN(data22)) {
              const err79 = { instancePath: instancePath + "/securityContext/runAsGroup", schemaPath: "#/properties/securityContext/properties/runAsGroup/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.properties.securityContext.properties.runAsGroup, data: data22 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          }
        }
        if (data20.readOnlyRootFilesystem !== void 0) {
          let data23 = data20.readOnlyRootFilesystem;
          if (typeof data23 !== "boolean") {
            const err80 = { instancePath: instancePath + "/securityContext/readOnlyRootFilesystem", schemaPath: "#/properties/securityContext/properties/readOnlyRootFilesystem/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.securityContext.properties.readOnlyRootFilesystem.type, parentSchema: schema6.properties.securityContext.properties.readOnlyRootFilesystem, data: data23 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      } else {
        const err81 = { instancePath: instancePath + "/securityContext", schemaPath: "#/properties/securityContext/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.securityContext.type, parentSchema: schema6.properties.securityContext, data: data20 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.probes !== void 0) {
      let data24 = data.probes;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        if (data24.readiness === void 0) {
          const err82 = { instancePath: instancePath + "/probes", schemaPath: "#/properties/probes/required", keyword: "required", params: { missingProperty: "readiness" }, message: "must have required property 'readiness'", schema: schema6.properties.probes.required, parentSchema: schema6.properties.probes, data: data24 };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        for (const key9 in data24) {
          if (!(key9 === "readiness" || key9 === "liveness" || key9 === "startup")) {
            const err83 = { instancePath: instancePath + "/probes", schemaPath: "#/properties/probes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.probes, data: data24 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data24.readiness !== void 0) {
          let data25 = data24.readiness;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.path === void 0) {
              const err84 = { instancePath: instancePath + "/probes/readiness", schemaPath: "#/properties/probes/properties/readiness/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema6.properties.probes.properties.readiness.required, parentSchema: schema6.properties.probes.properties.readiness, data: data25 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
            for (const key10 in data25) {
              if (!(key10 === "path" || key10 === "initialDelaySeconds" || key10 === "periodSeconds" || key10 === "timeoutSeconds" || key10 === "failureThreshold")) {
                const err85 = { instancePath: instancePath + "/probes/readiness", schemaPath: "#/properties/probes/properties/readiness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.probes.properties.readiness, data: data25 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data25.path !== void 0) {
              let data26 = data25.path;
              if (typeof data26 === "string") {
                if (data26.length > 1024) {
                  const err86 = { instancePath: instancePath + "/probes/readiness/path", schemaPath: "#/properties/probes/properties/readiness/properties/path/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema6.properties.probes.properties.readiness.properties.path, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
                if (!pattern12.test(data26)) {
                  const err87 = { instancePath: instancePath + "/probes/readiness/path", schemaPath: "#/properties/probes/properties/readiness/properties/path/pattern", keyword: "pattern", params: { pattern: "^/[\\x21-\\x7e]*$" }, message: 'must match pattern "^/[\\x21-\\x7e]*$"', schema: "^/[\\x21-\\x7e]*$", parentSchema: schema6.properties.probes.properties.readiness.properties.path, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              } else {
                const err88 = { instancePath: instancePath + "/probes/readiness/path", schemaPath: "#/properties/probes/properties/readiness/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.probes.properties.readiness.properties.path.type, parentSchema: schema6.properties.probes.properties.readiness.properties.path, data: data26 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data25.initialDelaySeconds !== void 0) {
              let data27 = data25.initialDelaySeconds;
              if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                const err89 = { instancePath: instancePath + "/probes/readiness/initialDelaySeconds", schemaPath: "#/properties/probes/properties/readiness/properties/initialDelaySeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.probes.properties.readiness.properties.initialDelaySeconds.type, parentSchema: schema6.properties.probes.properties.readiness.properties.initialDelaySeconds, data: data27 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 > 3600 || isNaN(data27)) {
                  const err90 = { instancePath: instancePath + "/probes/readiness/initialDelaySeconds", schemaPath: "#/properties/probes/properties/readiness/properties/initialDelaySeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema6.properties.probes.properties.readiness.properties.initialDelaySeconds, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
                if (data27 < 0 || isNaN(data27)) {
                  const err91 = { instancePath: instancePath + "/probes/readiness/initialDelaySeconds", schemaPath: "#/properties/probes/properties/readiness/properties/initialDelaySeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.properties.probes.properties.readiness.properties.initialDelaySeconds, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
            }
            if (data25.periodSeconds !== void 0) {
              let data28 = data25.periodSeconds;
              if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
                const err92 = { instancePath: instancePath + "/probes/readiness/periodSeconds", schemaPath: "#/properties/probes/properties/readiness/properties/periodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.probes.properties.readiness.properties.periodSeconds.type, parentSchema: schema6.properties.probes.properties.readiness.properties.periodSeconds, data: data28 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              if (typeof data28 == "number" && isFinite(data28)) {
                if (data28 > 3600 || isNaN(data28)) {
                  const err93 = { instancePath: instancePath + "/probes/readiness/periodSeconds", schemaPath: "#/properties/probes/properties/readiness/properties/periodSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema6.properties.probes.properties.readiness.properties.periodSeconds, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                if (data28 < 1 || isNaN(data28)) {
                  const err94 = { instancePath: instancePath + "/probes/readiness/periodSeconds", schemaPath: "#/properties/probes/properties/readiness/properties/periodSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.probes.properties.readiness.properties.periodSeconds, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
            }
            if (data25.timeoutSeconds !== void 0) {
              let data29 = data25.timeoutSeconds;
              if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                const err95 = { instancePath: instancePath + "/probes/readiness/timeoutSeconds", schemaPath: "#/properties/probes/properties/readiness/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.probes.properties.readiness.properties.timeoutSeconds.type, parentSchema: schema6.properties.probes.properties.readiness.properties.timeoutSeconds, data: data29 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
              if (typeof data29 == "number" && isFinite(data29)) {
                if (data29 > 3600 || isNaN(data29)) {
                  const err96 = { instancePath: instancePath + "/probes/readiness/timeoutSeconds", schemaPath: "#/properties/probes/properties/readiness/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema6.properties.probes.properties.readiness.properties.timeoutSeconds, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                if (data29 < 1 || isNaN(data29)) {
                  const err97 = { instancePath: instancePath + "/probes/readiness/timeoutSeconds", schemaPath: "#/properties/probes/properties/readiness/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.probes.properties.readiness.properties.timeoutSeconds, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              }
            }
            if (data25.failureThreshold !== void 0) {
              let data30 = data25.failureThreshold;
              if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
                const err98 = { instancePath: instancePath + "/probes/readiness/failureThreshold", schemaPath: "#/properties/probes/properties/readiness/properties/failureThreshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.probes.properties.readiness.properties.failureThreshold.type, parentSchema: schema6.properties.probes.properties.readiness.properties.failureThreshold, data: data30 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
              if (typeof data30 == "number" && isFinite(data30)) {
                if (data30 > 1e3 || isNaN(data30)) {
                  const err99 = { instancePath: instancePath + "/probes/readiness/failureThreshold", schemaPath: "#/properties/probes/properties/readiness/properties/failureThreshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema6.properties.probes.properties.readiness.properties.failureThreshold, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
                if (data30 < 1 || isNaN(data30)) {
                  const err100 = { instancePath: instancePath + "/probes/readiness/failureThreshold", schemaPath: "#/properties/probes/properties/readiness/properties/failureThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.probes.properties.readiness.properties.failureThreshold, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err101 = { instancePath: instancePath + "/probes/readiness", schemaPath: "#/properties/probes/properties/readiness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.probes.properties.readiness.type, parentSchema: schema6.properties.probes.properties.readiness, data: data25 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data24.liveness !== void 0) {
          let data31 = data24.liveness;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.path === void 0) {
              const err102 = { instancePath: instancePath + "/probes/liveness", schemaPath: "#/properties/probes/properties/liveness/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema6.properties.probes.properties.liveness.required, parentSchema: schema6.properties.probes.properties.liveness, data: data31 };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
            for (const key11 in data31) {
              if (!(key11 === "path" || key11 === "initialDelaySeconds" || key11 === "periodSeconds" || key11 === "timeoutSeconds" || key11 === "failureThreshold")) {
                const err103 = { instancePath: instancePath + "/probes/liveness", schemaPath: "#/properties/probes/properties/liveness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.probes.properties.liveness, data: data31 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data31.path !== void 0) {
              let data32 = data31.path;
              if (typeof data32 === "string") {
                if (data32.length > 1024) {
                  const err104 = { instancePath: instancePath + "/probes/liveness/path", schemaPath: "#/properties/probes/properties/liveness/properties/path/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema6.properties.probes.properties.liveness.properties.path, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
                if (!pattern12.test(data32)) {
                  const err105 = { instancePath: instancePath + "/probes/liveness/path", schemaPath: "#/properties/probes/properties/liveness/properties/path/pattern", keyword: "pattern", params: { pattern: "^/[\\x21-\\x7e]*$" }, message: 'must match pattern "^/[\\x21-\\x7e]*$"', schema: "^/[\\x21-\\x7e]*$", parentSchema: schema6.properties.probes.properties.liveness.properties.path, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              } else {
                const err106 = { instancePath: instancePath + "/probes/liveness/path", schemaPath: "#/properties/probes/properties/liveness/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.probes.properties.liveness.properties.path.type, parentSchema: schema6.properties.probes.properties.liveness.properties.path, data: data32 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data31.initialDelaySeconds !== void 0) {
              let data33 = data31.initialDelaySeconds;
              if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
                const err107 = { instancePath: instancePath + "/probes/liveness/initialDelaySeconds", schemaPath: "#/properties/probes/properties/liveness/properties/initialDelaySeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.probes.properties.liveness.properties.initialDelaySeconds.type, parentSchema: schema6.properties.probes.properties.liveness.properties.initialDelaySeconds, data: data33 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
              if (typeof data33 == "number" && isFinite(data33)) {
                if (data33 > 3600 || isNaN(data33)) {
                  const err108 = { instancePath: instancePath + "/probes/liveness/initialDelaySeconds", schemaPath: "#/properties/probes/properties/liveness/properties/initialDelaySeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema6.properties.probes.properties.liveness.properties.initialDelaySeconds, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
                if (data33 < 0 || isNaN(data33)) {
                  const err109 = { instancePath: instancePath + "/probes/liveness/initialDelaySeconds", schemaPath: "#/properties/probes/properties/liveness/properties/initialDelaySeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.properties.probes.properties.liveness.properties.initialDelaySeconds, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
            }
            if (data31.periodSeconds !== void 0) {
              let data34 = data31.periodSeconds;
              if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                const err110 = { instancePath: instancePath + "/probes/liveness/periodSeconds", schemaPath: "#/properties/probes/properties/liveness/properties/periodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.probes.properties.liveness.properties.periodSeconds.type, parentSchema: schema6.properties.probes.properties.liveness.properties.periodSeconds, data: data34 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
              if (typeof data34 == "number" && isFinite(data34)) {
                if (data34 > 3600 || isNaN(data34)) {
                  const err111 = { instancePath: instancePath + "/probes/liveness/periodSeconds", schemaPath: "#/properties/probes/properties/liveness/properties/periodSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema6.properties.probes.properties.liveness.properties.periodSeconds, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
                if (data34 < 1 || isNaN(data34)) {
                  const err112 = { instancePath: instancePath + "/probes/liveness/periodSeconds", schemaPath: "#/properties/probes/properties/liveness/properties/periodSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.probes.properties.liveness.properties.periodSeconds, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              }
            }
            if (data31.timeoutSeconds !== void 0) {
              let data35 = data31.timeoutSeconds;
              if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
                const err113 = { instancePath: instancePath + "/probes/liveness/timeoutSeconds", schemaPath: "#/properties/probes/properties/liveness/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.probes.properties.liveness.properties.timeoutSeconds.type, parentSchema: schema6.properties.probes.properties.liveness.properties.timeoutSeconds, data: data35 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
              if (typeof data35 == "number" && isFinite(data35)) {
                if (data35 > 3600 || isNaN(data35)) {
                  const err114 = { instancePath: instancePath + "/probes/liveness/timeoutSeconds", schemaPath: "#/properties/probes/properties/liveness/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema6.properties.probes.properties.liveness.properties.timeoutSeconds, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
                if (data35 < 1 || isNaN(data35)) {
                  const err115 = { instancePath: instancePath + "/probes/liveness/timeoutSeconds", schemaPath: "#/properties/probes/properties/liveness/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.probes.properties.liveness.properties.timeoutSeconds, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
              }
            }
            if (data31.failureThreshold !== void 0) {
              let data36 = data31.failureThreshold;
              if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                const err116 = { instancePath: instancePath + "/probes/liveness/failureThreshold", schemaPath: "#/properties/probes/properties/liveness/properties/failureThreshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.probes.properties.liveness.properties.failureThreshold.type, parentSchema: schema6.properties.probes.properties.liveness.properties.failureThreshold, data: data36 };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
              if (typeof data36 == "number" && isFinite(data36)) {
                if (data36 > 1e3 || isNaN(data36)) {
                  const err117 = { instancePath: instancePath + "/probes/liveness/failureThreshold", schemaPath: "#/properties/probes/properties/liveness/properties/failureThreshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema6.properties.probes.properties.liveness.properties.failureThreshold, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
                if (data36 < 1 || isNaN(data36)) {
                  const err118 = { instancePath: instancePath + "/probes/liveness/failureThreshold", schemaPath: "#/properties/probes/properties/liveness/properties/failureThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.probes.properties.liveness.properties.failureThreshold, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err119 = { instancePath: instancePath + "/probes/liveness", schemaPath: "#/properties/probes/properties/liveness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.probes.properties.liveness.type, parentSchema: schema6.properties.probes.properties.liveness, data: data31 };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
        }
        if (data24.startup !== void 0) {
          let data37 = data24.startup;
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            if (data37.path === void 0) {
              const err120 = { instancePath: instancePath + "/probes/startup", schemaPath: "#/properties/probes/properties/startup/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema6.properties.probes.properties.startup.required, parentSchema: schema6.properties.probes.properties.startup, data: data37 };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
            for (const key12 in data37) {
              if (!(key12 === "path" || key12 === "initialDelaySeconds" || key12 === "periodSeconds" || key12 === "timeoutSeconds" || key12 === "failureThreshold")) {
                const err121 = { instancePath: instancePath + "/probes/startup", schemaPath: "#/properties/probes/properties/startup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.probes.properties.startup, data: data37 };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
            if (data37.path !== void 0) {
              let data38 = data37.path;
              if (typeof data38 === "string") {
                if (data38.length > 1024) {
                  const err122 = { instancePath: instancePath + "/probes/startup/path", schemaPath: "#/properties/probes/properties/startup/properties/path/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema6.properties.probes.properties.startup.properties.path, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
                if (!pattern12.test(data38)) {
                  const err123 = { instancePath: instancePath + "/probes/startup/path", schemaPath: "#/properties/probes/properties/startup/properties/path/pattern", keyword: "pattern", params: { pattern: "^/[\\x21-\\x7e]*$" }, message: 'must match pattern "^/[\\x21-\\x7e]*$"', schema: "^/[\\x21-\\x7e]*$", parentSchema: schema6.properties.probes.properties.startup.properties.path, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
              } else {
                const err124 = { instancePath: instancePath + "/probes/startup/path", schemaPath: "#/properties/probes/properties/startup/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.probes.properties.startup.properties.path.type, parentSchema: schema6.properties.probes.properties.startup.properties.path, data: data38 };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
            if (data37.initialDelaySeconds !== void 0) {
              let data39 = data37.initialDelaySeconds;
              if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)) && isFinite(data39))) {
                const err125 = { instancePath: instancePath + "/probes/startup/initialDelaySeconds", schemaPath: "#/properties/probes/properties/startup/properties/initialDelaySeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.probes.properties.startup.properties.initialDelaySeconds.type, parentSchema: schema6.properties.probes.properties.startup.properties.initialDelaySeconds, data: data39 };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
              if (typeof data39 == "number" && isFinite(data39)) {
                if (data39 > 3600 || isNaN(data39)) {
                  const err126 = { instancePath: instancePath + "/probes/startup/initialDelaySeconds", schemaPath: "#/properties/probes/properties/startup/properties/initialDelaySeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema6.properties.probes.properties.startup.properties.initialDelaySeconds, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
                if (data39 < 0 || isNaN(data39)) {
                  const err127 = { instancePath: instancePath + "/probes/startup/initialDelaySeconds", schemaPath: "#/properties/probes/properties/startup/properties/initialDelaySeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.properties.probes.properties.startup.properties.initialDelaySeconds, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
              }
            }
            if (data37.periodSeconds !== void 0) {
              let data40 = data37.periodSeconds;
              if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
                const err128 = { instancePath: instancePath + "/probes/startup/periodSeconds", schemaPath: "#/properties/probes/properties/startup/properties/periodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.probes.properties.startup.properties.periodSeconds.type, parentSchema: schema6.properties.probes.properties.startup.properties.periodSeconds, data: data40 };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
              if (typeof data40 == "number" && isFinite(data40)) {
                if (data40 > 3600 || isNaN(data40)) {
                  const err129 = { instancePath: instancePath + "/probes/startup/periodSeconds", schemaPath: "#/properties/probes/properties/startup/properties/periodSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema6.properties.probes.properties.startup.properties.periodSeconds, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
                if (data40 < 1 || isNaN(data40)) {
                  const err130 = { instancePath: instancePath + "/probes/startup/periodSeconds", schemaPath: "#/properties/probes/properties/startup/properties/periodSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.probes.properties.startup.properties.periodSeconds, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              }
            }
            if (data37.timeoutSeconds !== void 0) {
              let data41 = data37.timeoutSeconds;
              if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
                const err131 = { instancePath: instancePath + "/probes/startup/timeoutSeconds", schemaPath: "#/properties/probes/properties/startup/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.probes.properties.startup.properties.timeoutSeconds.type, parentSchema: schema6.properties.probes.properties.startup.properties.timeoutSeconds, data: data41 };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
              if (typeof data41 == "number" && isFinite(data41)) {
                if (data41 > 3600 || isNaN(data41)) {
                  const err132 = { instancePath: instancePath + "/probes/startup/timeoutSeconds", schemaPath: "#/properties/probes/properties/startup/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema6.properties.probes.properties.startup.properties.timeoutSeconds, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
                if (data41 < 1 || isNaN(data41)) {
                  const err133 = { instancePath: instancePath + "/probes/startup/timeoutSeconds", schemaPath: "#/properties/probes/properties/startup/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.probes.properties.startup.properties.timeoutSeconds, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              }
            }
            if (data37.failureThreshold !== void 0) {
              let data42 = data37.failureThreshold;
              if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
                const err134 = { instancePath: instancePath + "/probes/startup/failureThreshold", schemaPath: "#/properties/probes/properties/startup/properties/failureThreshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.probes.properties.startup.properties.failureThreshold.type, parentSchema: schema6.properties.probes.properties.startup.properties.failureThreshold, data: data42 };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
              if (typeof data42 == "number" && isFinite(data42)) {
                if (data42 > 1e3 || isNaN(data42)) {
                  const err135 = { instancePath: instancePath + "/probes/startup/failureThreshold", schemaPath: "#/properties/probes/properties/startup/properties/failureThreshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema6.properties.probes.properties.startup.properties.failureThreshold, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
                if (data42 < 1 || isNaN(data42)) {
                  const err136 = { instancePath: instancePath + "/probes/startup/failureThreshold", schemaPath: "#/properties/probes/properties/startup/properties/failureThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.probes.properties.startup.properties.failureThreshold, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err136];
                  } else {
                    vErrors.push(err136);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err137 = { instancePath: instancePath + "/probes/startup", schemaPath: "#/properties/probes/properties/startup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.probes.properties.startup.type, parentSchema: schema6.properties.probes.properties.startup, data: data37 };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
        }
      } else {
        const err138 = { instancePath: instancePath + "/probes", schemaPath: "#/properties/probes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.probes.type, parentSchema: schema6.properties.probes, data: data24 };
        if (vErrors === null) {
          vErrors = [err138];
        } else {
          vErrors.push(err138);
        }
        errors++;
      }
    }
    if (data.autoscaling !== void 0) {
      let data43 = data.autoscaling;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        if (data43.minReplicas === void 0) {
          const err139 = { instancePath: instancePath + "/autoscaling", schemaPath: "#/properties/autoscaling/required", keyword: "required", params: { missingProperty: "minReplicas" }, message: "must have required property 'minReplicas'", schema: schema6.properties.autoscaling.required, parentSchema: schema6.properties.autoscaling, data: data43 };
          if (vErrors === null) {
            vErrors = [err139];
          } else {
            vErrors.push(err139);
          }
          errors++;
        }
        if (data43.maxReplicas === void 0) {
          const err140 = { instancePath: instancePath + "/autoscaling", schemaPath: "#/properties/autoscaling/required", keyword: "required", params: { missingProperty: "maxReplicas" }, message: "must have required property 'maxReplicas'", schema: schema6.properties.autoscaling.required, parentSchema: schema6.properties.autoscaling, data: data43 };
          if (vErrors === null) {
            vErrors = [err140];
          } else {
            vErrors.push(err140);
          }
          errors++;
        }
        if (data43.cpuUtilization === void 0) {
          const err141 = { instancePath: instancePath + "/autoscaling", schemaPath: "#/properties/autoscaling/required", keyword: "required", params: { missingProperty: "cpuUtilization" }, message: "must have required property 'cpuUtilization'", schema: schema6.properties.autoscaling.required, parentSchema: schema6.properties.autoscaling, data: data43 };
          if (vErrors === null) {
            vErrors = [err141];
          } else {
            vErrors.push(err141);
          }
          errors++;
        }
        for (const key13 in data43) {
          if (!(key13 === "minReplicas" || key13 === "maxReplicas" || key13 === "cpuUtilization" || key13 === "podMetric")) {
            const err142 = { instancePath: instancePath + "/autoscaling", schemaPath: "#/properties/autoscaling/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.autoscaling, data: data43 };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
        }
        if (data43.minReplicas !== void 0) {
          let data44 = data43.minReplicas;
          if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
            const err143 = { instancePath: instancePath + "/autoscaling/minReplicas", schemaPath: "#/properties/autoscaling/properties/minReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.autoscaling.properties.minReplicas.type, parentSchema: schema6.properties.autoscaling.properties.minReplicas, data: data44 };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
          if (typeof data44 == "number" && isFinite(data44)) {
            if (data44 < 1 || isNaN(data44)) {
              const err144 = { instancePath: instancePath + "/autoscaling/minReplicas", schemaPath: "#/properties/autoscaling/properties/minReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.autoscaling.properties.minReplicas, data: data44 };
              if (vErrors === null) {
                vErrors = [err144];
              } else {
                vErrors.push(err144);
              }
              errors++;
            }
          }
        }
        if (data43.maxReplicas !== void 0) {
          let data45 = data43.maxReplicas;
          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
            const err145 = { instancePath: instancePath + "/autoscaling/maxReplicas", schemaPath: "#/properties/autoscaling/properties/maxReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.autoscaling.properties.maxReplicas.type, parentSchema: schema6.properties.autoscaling.properties.maxReplicas, data: data45 };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
          if (typeof data45 == "number" && isFinite(data45)) {
            if (data45 < 1 || isNaN(data45)) {
              const err146 = { instancePath: instancePath + "/autoscaling/maxReplicas", schemaPath: "#/properties/autoscaling/properties/maxReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.autoscaling.properties.maxReplicas, data: data45 };
              if (vErrors === null) {
                vErrors = [err146];
              } else {
                vErrors.push(err146);
              }
              errors++;
            }
          }
        }
        if (data43.cpuUtilization !== void 0) {
          let data46 = data43.cpuUtilization;
          if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
            const err147 = { instancePath: instancePath + "/autoscaling/cpuUtilization", schemaPath: "#/properties/autoscaling/properties/cpuUtilization/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.autoscaling.properties.cpuUtilization.type, parentSchema: schema6.properties.autoscaling.properties.cpuUtilization, data: data46 };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
          if (typeof data46 == "number" && isFinite(data46)) {
            if (data46 > 1e3 || isNaN(data46)) {
              const err148 = { instancePath: instancePath + "/autoscaling/cpuUtilization", schemaPath: "#/properties/autoscaling/properties/cpuUtilization/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema6.properties.autoscaling.properties.cpuUtilization, data: data46 };
              if (vErrors === null) {
                vErrors = [err148];
              } else {
                vErrors.push(err148);
              }
              errors++;
            }
            if (data46 < 1 || isNaN(data46)) {
              const err149 = { instancePath: instancePath + "/autoscaling/cpuUtilization", schemaPath: "#/properties/autoscaling/properties/cpuUtilization/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.autoscaling.properties.cpuUtilization, data: data46 };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
            }
          }
        }
        if (data43.podMetric !== void 0) {
          let data47 = data43.podMetric;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.name === void 0) {
              const err150 = { instancePath: instancePath + "/autoscaling/podMetric", schemaPath: "#/properties/autoscaling/properties/podMetric/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema6.properties.autoscaling.properties.podMetric.required, parentSchema: schema6.properties.autoscaling.properties.podMetric, data: data47 };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
            if (data47.averageValue === void 0) {
              const err151 = { instancePath: instancePath + "/autoscaling/podMetric", schemaPath: "#/properties/autoscaling/properties/podMetric/required", keyword: "required", params: { missingProperty: "averageValue" }, message: "must have required property 'averageValue'", schema: schema6.properties.autoscaling.properties.podMetric.required, parentSchema: schema6.properties.autoscaling.properties.podMetric, data: data47 };
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors++;
            }
            for (const key14 in data47) {
              if (!(key14 === "name" || key14 === "averageValue")) {
                const err152 = { instancePath: instancePath + "/autoscaling/podMetric", schemaPath: "#/properties/autoscaling/properties/podMetric/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.autoscaling.properties.podMetric, data: data47 };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
            if (data47.name !== void 0) {
              let data48 = data47.name;
              if (typeof data48 === "string") {
                if (data48.length > 253) {
                  const err153 = { instancePath: instancePath + "/autoscaling/podMetric/name", schemaPath: "#/properties/autoscaling/properties/podMetric/properties/name/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema6.properties.autoscaling.properties.podMetric.properties.name, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
                if (!pattern15.test(data48)) {
                  const err154 = { instancePath: instancePath + "/autoscaling/podMetric/name", schemaPath: "#/properties/autoscaling/properties/podMetric/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_:][A-Za-z0-9_:]*$" }, message: 'must match pattern "^[A-Za-z_:][A-Za-z0-9_:]*$"', schema: "^[A-Za-z_:][A-Za-z0-9_:]*$", parentSchema: schema6.properties.autoscaling.properties.podMetric.properties.name, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err154];
                  } else {
                    vErrors.push(err154);
                  }
                  errors++;
                }
              } else {
                const err155 = { instancePath: instancePath + "/autoscaling/podMetric/name", schemaPath: "#/properties/autoscaling/properties/podMetric/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.autoscaling.properties.podMetric.properties.name.type, parentSchema: schema6.properties.autoscaling.properties.podMetric.properties.name, data: data48 };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
            if (data47.averageValue !== void 0) {
              let data49 = data47.averageValue;
              if (typeof data49 == "number" && isFinite(data49)) {
                if (data49 <= 0 || isNaN(data49)) {
                  const err156 = { instancePath: instancePath + "/autoscaling/podMetric/averageValue", schemaPath: "#/properties/autoscaling/properties/podMetric/properties/averageValue/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema6.properties.autoscaling.properties.podMetric.properties.averageValue, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err156];
                  } else {
                    vErrors.push(err156);
                  }
                  errors++;
                }
              } else {
                const err157 = { instancePath: instancePath + "/autoscaling/podMetric/averageValue", schemaPath: "#/properties/autoscaling/properties/podMetric/properties/averageValue/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.properties.autoscaling.properties.podMetric.properties.averageValue.type, parentSchema: schema6.properties.autoscaling.properties.podMetric.properties.averageValue, data: data49 };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
            }
          } else {
            const err158 = { instancePath: instancePath + "/autoscaling/podMetric", schemaPath: "#/properties/autoscaling/properties/podMetric/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.autoscaling.properties.podMetric.type, parentSchema: schema6.properties.autoscaling.properties.podMetric, data: data47 };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
        }
      } else {
        const err159 = { instancePath: instancePath + "/autoscaling", schemaPath: "#/properties/autoscaling/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.autoscaling.type, parentSchema: schema6.properties.autoscaling, data: data43 };
        if (vErrors === null) {
          vErrors = [err159];
        } else {
          vErrors.push(err159);
        }
        errors++;
      }
    }
    if (data.istio !== void 0) {
      let data50 = data.istio;
      if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
        for (const key15 in data50) {
          if (!(key15 === "apiVersion" || key15 === "hosts" || key15 === "gateways" || key15 === "timeout" || key15 === "retries" || key15 === "canaryHeader" || key15 === "outlierDetection")) {
            const err160 = { instancePath: instancePath + "/istio", schemaPath: "#/properties/istio/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.istio, data: data50 };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
        }
        if (data50.apiVersion !== void 0) {
          let data51 = data50.apiVersion;
          if (!(data51 === "v1" || data51 === "v1beta1")) {
            const err161 = { instancePath: instancePath + "/istio/apiVersion", schemaPath: "#/properties/istio/properties/apiVersion/enum", keyword: "enum", params: { allowedValues: schema6.properties.istio.properties.apiVersion.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.istio.properties.apiVersion.enum, parentSchema: schema6.properties.istio.properties.apiVersion, data: data51 };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          }
        }
        if (data50.hosts !== void 0) {
          let data52 = data50.hosts;
          if (Array.isArray(data52)) {
            if (data52.length < 1) {
              const err162 = { instancePath: instancePath + "/istio/hosts", schemaPath: "#/properties/istio/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6.properties.istio.properties.hosts, data: data52 };
              if (vErrors === null) {
                vErrors = [err162];
              } else {
                vErrors.push(err162);
              }
              errors++;
            }
            const len0 = data52.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data53 = data52[i0];
              if (typeof data53 === "string") {
                if (data53.length > 253) {
                  const err163 = { instancePath: instancePath + "/istio/hosts/" + i0, schemaPath: "#/properties/istio/properties/hosts/items/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema6.properties.istio.properties.hosts.items, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err163];
                  } else {
                    vErrors.push(err163);
                  }
                  errors++;
                }
                if (!pattern16.test(data53)) {
                  const err164 = { instancePath: instancePath + "/istio/hosts/" + i0, schemaPath: "#/properties/istio/properties/hosts/items/pattern", keyword: "pattern", params: { pattern: "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"', schema: "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", parentSchema: schema6.properties.istio.properties.hosts.items, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err164];
                  } else {
                    vErrors.push(err164);
                  }
                  errors++;
                }
              } else {
                const err165 = { instancePath: instancePath + "/istio/hosts/" + i0, schemaPath: "#/properties/istio/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.istio.properties.hosts.items.type, parentSchema: schema6.properties.istio.properties.hosts.items, data: data53 };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
            }
            let i1 = data52.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data52[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err166 = { instancePath: instancePath + "/istio/hosts", schemaPath: "#/properties/istio/properties/hosts/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema6.properties.istio.properties.hosts, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err166];
                  } else {
                    vErrors.push(err166);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err167 = { instancePath: instancePath + "/istio/hosts", schemaPath: "#/properties/istio/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.istio.properties.hosts.type, parentSchema: schema6.properties.istio.properties.hosts, data: data52 };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
        }
        if (data50.gateways !== void 0) {
          let data54 = data50.gateways;
          if (Array.isArray(data54)) {
            if (data54.length < 1) {
              const err168 = { instancePath: instancePath + "/istio/gateways", schemaPath: "#/properties/istio/properties/gateways/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6.properties.istio.properties.gateways, data: data54 };
              if (vErrors === null) {
                vErrors = [err168];
              } else {
                vErrors.push(err168);
              }
              errors++;
            }
            const len1 = data54.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data55 = data54[i2];
              if (typeof data55 === "string") {
                if (data55.length > 253) {
                  const err169 = { instancePath: instancePath + "/istio/gateways/" + i2, schemaPath: "#/properties/istio/properties/gateways/items/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema6.properties.istio.properties.gateways.items, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err169];
                  } else {
                    vErrors.push(err169);
                  }
                  errors++;
                }
                if (!pattern17.test(data55)) {
                  const err170 = { instancePath: instancePath + "/istio/gateways/" + i2, schemaPath: "#/properties/istio/properties/gateways/items/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: 'must match pattern "^([a-z0-9]([-a-z0-9]*[a-z0-9])?/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"', schema: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", parentSchema: schema6.properties.istio.properties.gateways.items, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err170];
                  } else {
                    vErrors.push(err170);
                  }
                  errors++;
                }
              } else {
                const err171 = { instancePath: instancePath + "/istio/gateways/" + i2, schemaPath: "#/properties/istio/properties/gateways/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.istio.properties.gateways.items.type, parentSchema: schema6.properties.istio.properties.gateways.items, data: data55 };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            let i3 = data54.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data54[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err172 = { instancePath: instancePath + "/istio/gateways", schemaPath: "#/properties/istio/properties/gateways/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema6.properties.istio.properties.gateways, data: data54 };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err173 = { instancePath: instancePath + "/istio/gateways", schemaPath: "#/properties/istio/properties/gateways/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.istio.properties.gateways.type, parentSchema: schema6.properties.istio.properties.gateways, data: data54 };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
        }
        if (data50.timeout !== void 0) {
          let data56 = data50.timeout;
          if (typeof data56 === "string") {
            if (data56.length > 32) {
              const err174 = { instancePath: instancePath + "/istio/timeout", schemaPath: "#/properties/istio/properties/timeout/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema6.properties.istio.properties.timeout, data: data56 };
              if (vErrors === null) {
                vErrors = [err174];
              } else {
                vErrors.push(err174);
              }
              errors++;
            }
            if (!pattern18.test(data56)) {
              const err175 = { instancePath: instancePath + "/istio/timeout", schemaPath: "#/properties/istio/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.properties.istio.properties.timeout, data: data56 };
              if (vErrors === null) {
                vErrors = [err175];
              } else {
                vErrors.push(err175);
              }
              errors++;
            }
          } else {
            const err176 = { instancePath: instancePath + "/istio/timeout", schemaPath: "#/properties/istio/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.istio.properties.timeout.type, parentSchema: schema6.properties.istio.properties.timeout, data: data56 };
            if (vErrors === null) {
              vErrors = [err176];
            } else {
              vErrors.push(err176);
            }
            errors++;
          }
        }
        if (data50.retries !== void 0) {
          let data57 = data50.retries;
          if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
            if (data57.attempts === void 0) {
              const err177 = { instancePath: instancePath + "/istio/retries", schemaPath: "#/properties/istio/properties/retries/required", keyword: "required", params: { missingProperty: "attempts" }, message: "must have required property 'attempts'", schema: schema6.properties.istio.properties.retries.required, parentSchema: schema6.properties.istio.properties.retries, data: data57 };
              if (vErrors === null) {
                vErrors = [err177];
              } else {
                vErrors.push(err177);
              }
              errors++;
            }
            for (const key16 in data57) {
              if (!(key16 === "attempts" || key16 === "perTryTimeout" || key16 === "retryOn")) {
                const err178 = { instancePath: instancePath + "/istio/retries", schemaPath: "#/properties/istio/properties/retries/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.istio.properties.retries, data: data57 };
                if (vErrors === null) {
                  vErrors = [err178];
                } else {
                  vErrors.push(err178);
                }
                errors++;
              }
            }
            if (data57.attempts !== void 0) {
              let data58 = data57.attempts;
              if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)) && isFinite(data58))) {
                const err179 = { instancePath: instancePath + "/istio/retries/attempts", schemaPath: "#/properties/istio/properties/retries/properties/attempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.istio.properties.retries.properties.attempts.type, parentSchema: schema6.properties.istio.properties.retries.properties.attempts, data: data58 };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
              if (typeof data58 == "number" && isFinite(data58)) {
                if (data58 > 10 || isNaN(data58)) {
                  const err180 = { instancePath: instancePath + "/istio/retries/attempts", schemaPath: "#/properties/istio/properties/retries/properties/attempts/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema6.properties.istio.properties.retries.properties.attempts, data: data58 };
                  if (vErrors === null) {
                    vErrors = [err180];
                  } else {
                    vErrors.push(err180);
                  }
                  errors++;
                }
                if (data58 < 0 || isNaN(data58)) {
                  const err181 = { instancePath: instancePath + "/istio/retries/attempts", schemaPath: "#/properties/istio/properties/retries/properties/attempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.properties.istio.properties.retries.properties.attempts, data: data58 };
                  if (vErrors === null) {
                    vErrors = [err181];
                  } else {
                    vErrors.push(err181);
                  }
                  errors++;
                }
              }
            }
            if (data57.perTryTimeout !== void 0) {
              let data59 = data57.perTryTimeout;
              if (typeof data59 === "string") {
                if (data59.length > 32) {
                  const err182 = { instancePath: instancePath + "/istio/retries/perTryTimeout", schemaPath: "#/properties/istio/properties/retries/properties/perTryTimeout/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema6.properties.istio.properties.retries.properties.perTryTimeout, data: data59 };
                  if (vErrors === null) {
                    vErrors = [err182];
                  } else {
                    vErrors.push(err182);
                  }
                  errors++;
                }
                if (!pattern18.test(data59)) {
                  const err183 = { instancePath: instancePath + "/istio/retries/perTryTimeout", schemaPath: "#/properties/istio/properties/retries/properties/perTryTimeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.properties.istio.properties.retries.properties.perTryTimeout, data: data59 };
                  if (vErrors === null) {
                    vErrors = [err183];
                  } else {
                    vErrors.push(err183);
                  }
                  errors++;
                }
              } else {
                const err184 = { instancePath: instancePath + "/istio/retries/perTryTimeout", schemaPath: "#/properties/istio/properties/retries/properties/perTryTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.istio.properties.retries.properties.perTryTimeout.type, parentSchema: schema6.properties.istio.properties.retries.properties.perTryTimeout, data: data59 };
                if (vErrors === null) {
                  vErrors = [err184];
                } else {
                  vErrors.push(err184);
                }
                errors++;
              }
            }
            if (data57.retryOn !== void 0) {
              let data60 = data57.retryOn;
              if (typeof data60 === "string") {
                if (data60.length > 256) {
                  const err185 = { instancePath: instancePath + "/istio/retries/retryOn", schemaPath: "#/properties/istio/properties/retries/properties/retryOn/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema6.properties.istio.properties.retries.properties.retryOn, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err185];
                  } else {
                    vErrors.push(err185);
                  }
                  errors++;
                }
                if (!pattern20.test(data60)) {
                  const err186 = { instancePath: instancePath + "/istio/retries/retryOn", schemaPath: "#/properties/istio/properties/retries/properties/retryOn/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+(,[a-z0-9-]+)*$" }, message: 'must match pattern "^[a-z0-9-]+(,[a-z0-9-]+)*$"', schema: "^[a-z0-9-]+(,[a-z0-9-]+)*$", parentSchema: schema6.properties.istio.properties.retries.properties.retryOn, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err186];
                  } else {
                    vErrors.push(err186);
                  }
                  errors++;
                }
              } else {
                const err187 = { instancePath: instancePath + "/istio/retries/retryOn", schemaPath: "#/properties/istio/properties/retries/properties/retryOn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.istio.properties.retries.properties.retryOn.type, parentSchema: schema6.properties.istio.properties.retries.properties.retryOn, data: data60 };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
            }
          } else {
            const err188 = { instancePath: instancePath + "/istio/retries", schemaPath: "#/properties/istio/properties/retries/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.istio.properties.retries.type, parentSchema: schema6.properties.istio.properties.retries, data: data57 };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
        }
        if (data50.canaryHeader !== void 0) {
          let data61 = data50.canaryHeader;
          if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
            if (data61.name === void 0) {
              const err189 = { instancePath: instancePath + "/istio/canaryHeader", schemaPath: "#/properties/istio/properties/canaryHeader/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema6.properties.istio.properties.canaryHeader.required, parentSchema: schema6.properties.istio.properties.canaryHeader, data: data61 };
              if (vErrors === null) {
                vErrors = [err189];
              } else {
                vErrors.push(err189);
              }
              errors++;
            }
            if (data61.value === void 0) {
              const err190 = { instancePath: instancePath + "/istio/canaryHeader", schemaPath: "#/properties/istio/properties/canaryHeader/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema6.properties.istio.properties.canaryHeader.required, parentSchema: schema6.properties.istio.properties.canaryHeader, data: data61 };
              if (vErrors === null) {
                vErrors = [err190];
              } else {
                vErrors.push(err190);
              }
              errors++;
            }
            for (const key17 in data61) {
              if (!(key17 === "name" || key17 === "value")) {
                const err191 = { instancePath: instancePath + "/istio/canaryHeader", schemaPath: "#/properties/istio/properties/canaryHeader/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.istio.properties.canaryHeader, data: data61 };
                if (vErrors === null) {
                  vErrors = [err191];
                } else {
                  vErrors.push(err191);
                }
                errors++;
              }
            }
            if (data61.name !== void 0) {
              let data62 = data61.name;
              if (typeof data62 === "string") {
                if (data62.length > 128) {
                  const err192 = { instancePath: instancePath + "/istio/canaryHeader/name", schemaPath: "#/properties/istio/properties/canaryHeader/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema6.properties.istio.properties.canaryHeader.properties.name, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err192];
                  } else {
                    vErrors.push(err192);
                  }
                  errors++;
                }
                if (!pattern21.test(data62)) {
                  const err193 = { instancePath: instancePath + "/istio/canaryHeader/name", schemaPath: "#/properties/istio/properties/canaryHeader/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][-a-z0-9_]*$" }, message: 'must match pattern "^[a-z0-9][-a-z0-9_]*$"', schema: "^[a-z0-9][-a-z0-9_]*$", parentSchema: schema6.properties.istio.properties.canaryHeader.properties.name, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err193];
                  } else {
                    vErrors.push(err193);
                  }
                  errors++;
                }
              } else {
                const err194 = { instancePath: instancePath + "/istio/canaryHeader/name", schemaPath: "#/properties/istio/properties/canaryHeader/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.istio.properties.canaryHeader.properties.name.type, parentSchema: schema6.properties.istio.properties.canaryHeader.properties.name, data: data62 };
                if (vErrors === null) {
                  vErrors = [err194];
                } else {
                  vErrors.push(err194);
                }
                errors++;
              }
            }
            if (data61.value !== void 0) {
              let data63 = data61.value;
              if (typeof data63 === "string") {
                if (data63.length > 256) {
                  const err195 = { instancePath: instancePath + "/istio/canaryHeader/value", schemaPath: "#/properties/istio/properties/canaryHeader/properties/value/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema6.properties.istio.properties.canaryHeader.properties.value, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err195];
                  } else {
                    vErrors.push(err195);
                  }
                  errors++;
                }
                if (data63.length < 1) {
                  const err196 = { instancePath: instancePath + "/istio/canaryHeader/value", schemaPath: "#/properties/istio/properties/canaryHeader/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.istio.properties.canaryHeader.properties.value, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err196];
                  } else {
                    vErrors.push(err196);
                  }
                  errors++;
                }
              } else {
                const err197 = { instancePath: instancePath + "/istio/canaryHeader/value", schemaPath: "#/properties/istio/properties/canaryHeader/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.istio.properties.canaryHeader.properties.value.type, parentSchema: schema6.properties.istio.properties.canaryHeader.properties.value, data: data63 };
                if (vErrors === null) {
                  vErrors = [err197];
                } else {
                  vErrors.push(err197);
                }
                errors++;
              }
            }
          } else {
            const err198 = { instancePath: instancePath + "/istio/canaryHeader", schemaPath: "#/properties/istio/properties/canaryHeader/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.istio.properties.canaryHeader.type, parentSchema: schema6.properties.istio.properties.canaryHeader, data: data61 };
            if (vErrors === null) {
              vErrors = [err198];
            } else {
              vErrors.push(err198);
            }
            errors++;
          }
        }
        if (data50.outlierDetection !== void 0) {
          let data64 = data50.outlierDetection;
          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            for (const key18 in data64) {
              if (!(key18 === "consecutive5xxErrors" || key18 === "interval" || key18 === "baseEjectionTime" || key18 === "maxEjectionPercent")) {
                const err199 = { instancePath: instancePath + "/istio/outlierDetection", schemaPath: "#/properties/istio/properties/outlierDetection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.istio.properties.outlierDetection, data: data64 };
                if (vErrors === null) {
                  vErrors = [err199];
                } else {
                  vErrors.push(err199);
                }
                errors++;
              }
            }
            if (data64.consecutive5xxErrors !== void 0) {
              let data65 = data64.consecutive5xxErrors;
              if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)) && isFinite(data65))) {
                const err200 = { instancePath: instancePath + "/istio/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/istio/properties/outlierDetection/properties/consecutive5xxErrors/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.istio.properties.outlierDetection.properties.consecutive5xxErrors.type, parentSchema: schema6.properties.istio.properties.outlierDetection.properties.consecutive5xxErrors, data: data65 };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
              if (typeof data65 == "number" && isFinite(data65)) {
                if (data65 > 1e3 || isNaN(data65)) {
                  const err201 = { instancePath: instancePath + "/istio/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/istio/properties/outlierDetection/properties/consecutive5xxErrors/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema6.properties.istio.properties.outlierDetection.properties.consecutive5xxErrors, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err201];
                  } else {
                    vErrors.push(err201);
                  }
                  errors++;
                }
                if (data65 < 1 || isNaN(data65)) {
                  const err202 = { instancePath: instancePath + "/istio/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/istio/properties/outlierDetection/properties/consecutive5xxErrors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.istio.properties.outlierDetection.properties.consecutive5xxErrors, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err202];
                  } else {
                    vErrors.push(err202);
                  }
                  errors++;
                }
              }
            }
            if (data64.interval !== void 0) {
              let data66 = data64.interval;
              if (typeof data66 === "string") {
                if (data66.length > 32) {
                  const err203 = { instancePath: instancePath + "/istio/outlierDetection/interval", schemaPath: "#/properties/istio/properties/outlierDetection/properties/interval/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema6.properties.istio.properties.outlierDetection.properties.interval, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err203];
                  } else {
                    vErrors.push(err203);
                  }
                  errors++;
                }
                if (!pattern18.test(data66)) {
                  const err204 = { instancePath: instancePath + "/istio/outlierDetection/interval", schemaPath: "#/properties/istio/properties/outlierDetection/properties/interval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.properties.istio.properties.outlierDetection.properties.interval, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err204];
                  } else {
                    vErrors.push(err204);
                  }
                  errors++;
                }
              } else {
                const err205 = { instancePath: instancePath + "/istio/outlierDetection/interval", schemaPath: "#/properties/istio/properties/outlierDetection/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.istio.properties.outlierDetection.properties.interval.type, parentSchema: schema6.properties.istio.properties.outlierDetection.properties.interval, data: data66 };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
            if (data64.baseEjectionTime !== void 0) {
              let data67 = data64.baseEjectionTime;
              if (typeof data67 === "string") {
                if (data67.length > 32) {
                  const err206 = { instancePath: instancePath + "/istio/outlierDetection/baseEjectionTime", schemaPath: "#/properties/istio/properties/outlierDetection/properties/baseEjectionTime/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema6.properties.istio.properties.outlierDetection.properties.baseEjectionTime, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err206];
                  } else {
                    vErrors.push(err206);
                  }
                  errors++;
                }
                if (!pattern18.test(data67)) {
                  const err207 = { instancePath: instancePath + "/istio/outlierDetection/baseEjectionTime", schemaPath: "#/properties/istio/properties/outlierDetection/properties/baseEjectionTime/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.properties.istio.properties.outlierDetection.properties.baseEjectionTime, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err207];
                  } else {
                    vErrors.push(err207);
                  }
                  errors++;
                }
              } else {
                const err208 = { instancePath: instancePath + "/istio/outlierDetection/baseEjectionTime", schemaPath: "#/properties/istio/properties/outlierDetection/properties/baseEjectionTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.istio.properties.outlierDetection.properties.baseEjectionTime.type, parentSchema: schema6.properties.istio.properties.outlierDetection.properties.baseEjectionTime, data: data67 };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
            }
            if (data64.maxEjectionPercent !== void 0) {
              let data68 = data64.maxEjectionPercent;
              if (!(typeof data68 == "number" && (!(data68 % 1) && !isNaN(data68)) && isFinite(data68))) {
                const err209 = { instancePath: instancePath + "/istio/outlierDetection/maxEjectionPercent", schemaPath: "#/properties/istio/properties/outlierDetection/properties/maxEjectionPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.istio.properties.outlierDetection.properties.maxEjectionPercent.type, parentSchema: schema6.properties.istio.properties.outlierDetection.properties.maxEjectionPercent, data: data68 };
                if (vErrors === null) {
                  vErrors = [err209];
                } else {
                  vErrors.push(err209);
                }
                errors++;
              }
              if (typeof data68 == "number" && isFinite(data68)) {
                if (data68 > 100 || isNaN(data68)) {
                  const err210 = { instancePath: instancePath + "/istio/outlierDetection/maxEjectionPercent", schemaPath: "#/properties/istio/properties/outlierDetection/properties/maxEjectionPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema6.properties.istio.properties.outlierDetection.properties.maxEjectionPercent, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err210];
                  } else {
                    vErrors.push(err210);
                  }
                  errors++;
                }
                if (data68 < 1 || isNaN(data68)) {
                  const err211 = { instancePath: instancePath + "/istio/outlierDetection/maxEjectionPercent", schemaPath: "#/properties/istio/properties/outlierDetection/properties/maxEjectionPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.istio.properties.outlierDetection.properties.maxEjectionPercent, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err211];
                  } else {
                    vErrors.push(err211);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err212 = { instancePath: instancePath + "/istio/outlierDetection", schemaPath: "#/properties/istio/properties/outlierDetection/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.istio.properties.outlierDetection.type, parentSchema: schema6.properties.istio.properties.outlierDetection, data: data64 };
            if (vErrors === null) {
              vErrors = [err212];
            } else {
              vErrors.push(err212);
            }
            errors++;
          }
        }
      } else {
        const err213 = { instancePath: instancePath + "/istio", schemaPath: "#/properties/istio/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.istio.type, parentSchema: schema6.properties.istio, data: data50 };
        if (vErrors === null) {
          vErrors = [err213];
        } else {
          vErrors.push(err213);
        }
        errors++;
      }
    }
    if (data.monitoring !== void 0) {
      let data69 = data.monitoring;
      if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
        for (const key19 in data69) {
          if (!(key19 === "for" || key19 === "window" || key19 === "labelsWindow" || key19 === "selector" || key19 === "metrics")) {
            const err214 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.monitoring, data: data69 };
            if (vErrors === null) {
              vErrors = [err214];
            } else {
              vErrors.push(err214);
            }
            errors++;
          }
        }
        if (data69.for !== void 0) {
          let data70 = data69.for;
          if (typeof data70 === "string") {
            if (data70.length > 32) {
              const err215 = { instancePath: instancePath + "/monitoring/for", schemaPath: "#/properties/monitoring/properties/for/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema6.properties.monitoring.properties.for, data: data70 };
              if (vErrors === null) {
                vErrors = [err215];
              } else {
                vErrors.push(err215);
              }
              errors++;
            }
            if (!pattern18.test(data70)) {
              const err216 = { instancePath: instancePath + "/monitoring/for", schemaPath: "#/properties/monitoring/properties/for/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.properties.monitoring.properties.for, data: data70 };
              if (vErrors === null) {
                vErrors = [err216];
              } else {
                vErrors.push(err216);
              }
              errors++;
            }
          } else {
            const err217 = { instancePath: instancePath + "/monitoring/for", schemaPath: "#/properties/monitoring/properties/for/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.monitoring.properties.for.type, parentSchema: schema6.properties.monitoring.properties.for, data: data70 };
            if (vErrors === null) {
              vErrors = [err217];
            } else {
              vErrors.push(err217);
            }
            errors++;
          }
        }
        if (data69.window !== void 0) {
          let data71 = data69.window;
          if (typeof data71 === "string") {
            if (data71.length > 32) {
              const err218 = { instancePath: instancePath + "/monitoring/window", schemaPath: "#/properties/monitoring/properties/window/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema6.properties.monitoring.properties.window, data: data71 };
              if (vErrors === null) {
                vErrors = [err218];
              } else {
                vErrors.push(err218);
              }
              errors++;
            }
            if (!pattern18.test(data71)) {
              const err219 = { instancePath: instancePath + "/monitoring/window", schemaPath: "#/properties/monitoring/properties/window/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.properties.monitoring.properties.window, data: data71 };
              if (vErrors === null) {
                vErrors = [err219];
              } else {
                vErrors.push(err219);
              }
              errors++;
            }
          } else {
            const err220 = { instancePath: instancePath + "/monitoring/window", schemaPath: "#/properties/monitoring/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.monitoring.properties.window.type, parentSchema: schema6.properties.monitoring.properties.window, data: data71 };
            if (vErrors === null) {
              vErrors = [err220];
            } else {
              vErrors.push(err220);
            }
            errors++;
          }
        }
        if (data69.labelsWindow !== void 0) {
          let data72 = data69.labelsWindow;
          if (typeof data72 === "string") {
            if (data72.length > 32) {
              const err221 = { instancePath: instancePath + "/monitoring/labelsWindow", schemaPath: "#/properties/monitoring/properties/labelsWindow/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema6.properties.monitoring.properties.labelsWindow, data: data72 };
              if (vErrors === null) {
                vErrors = [err221];
              } else {
                vErrors.push(err221);
              }
              errors++;
            }
            if (!pattern18.test(data72)) {
              const err222 = { instancePath: instancePath + "/monitoring/labelsWindow", schemaPath: "#/properties/monitoring/properties/labelsWindow/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.properties.monitoring.properties.labelsWindow, data: data72 };
              if (vErrors === null) {
                vErrors = [err222];
              } else {
                vErrors.push(err222);
              }
              errors++;
            }
          } else {
            const err223 = { instancePath: instancePath + "/monitoring/labelsWindow", schemaPath: "#/properties/monitoring/properties/labelsWindow/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.monitoring.properties.labelsWindow.type, parentSchema: schema6.properties.monitoring.properties.labelsWindow, data: data72 };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
        }
        if (data69.selector !== void 0) {
          let data73 = data69.selector;
          if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
            for (const key20 in data73) {
              const _errs195 = errors;
              if (typeof key20 === "string") {
                if (key20.length > 128) {
                  const err224 = { instancePath: instancePath + "/monitoring/selector", schemaPath: "#/properties/monitoring/properties/selector/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema6.properties.monitoring.properties.selector.propertyNames, data: key20, propertyName: key20 };
                  if (vErrors === null) {
                    vErrors = [err224];
                  } else {
                    vErrors.push(err224);
                  }
                  errors++;
                }
                if (!pattern27.test(key20)) {
                  const err225 = { instancePath: instancePath + "/monitoring/selector", schemaPath: "#/properties/monitoring/properties/selector/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$" }, message: 'must match pattern "^[a-zA-Z_][a-zA-Z0-9_]*$"', schema: "^[a-zA-Z_][a-zA-Z0-9_]*$", parentSchema: schema6.properties.monitoring.properties.selector.propertyNames, data: key20, propertyName: key20 };
                  if (vErrors === null) {
                    vErrors = [err225];
                  } else {
                    vErrors.push(err225);
                  }
                  errors++;
                }
              }
              var valid26 = _errs195 === errors;
              if (!valid26) {
                const err226 = { instancePath: instancePath + "/monitoring/selector", schemaPath: "#/properties/monitoring/properties/selector/propertyNames", keyword: "propertyNames", params: { propertyName: key20 }, message: "property name must be valid", schema: schema6.properties.monitoring.properties.selector.propertyNames, parentSchema: schema6.properties.monitoring.properties.selector, data: data73 };
                if (vErrors === null) {
                  vErrors = [err226];
                } else {
                  vErrors.push(err226);
                }
                errors++;
              }
            }
            for (const key21 in data73) {
              let data74 = data73[key21];
              if (typeof data74 === "string") {
                if (data74.length > 256) {
                  const err227 = { instancePath: instancePath + "/monitoring/selector/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/monitoring/properties/selector/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema6.properties.monitoring.properties.selector.additionalProperties, data: data74 };
                  if (vErrors === null) {
                    vErrors = [err227];
                  } else {
                    vErrors.push(err227);
                  }
                  errors++;
                }
              } else {
                const err228 = { instancePath: instancePath + "/monitoring/selector/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/monitoring/properties/selector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.monitoring.properties.selector.additionalProperties.type, parentSchema: schema6.properties.monitoring.properties.selector.additionalProperties, data: data74 };
                if (vErrors === null) {
                  vErrors = [err228];
                } else {
                  vErrors.push(err228);
                }
                errors++;
              }
            }
          } else {
            const err229 = { instancePath: instancePath + "/monitoring/selector", schemaPath: "#/properties/monitoring/properties/selector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.monitoring.properties.selector.type, parentSchema: schema6.properties.monitoring.properties.selector, data: data73 };
            if (vErrors === null) {
              vErrors = [err229];
            } else {
              vErrors.push(err229);
            }
            errors++;
          }
        }
        if (data69.metrics !== void 0) {
          let data75 = data69.metrics;
          if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
            for (const key22 in data75) {
              if (!(key22 === "latency" || key22 === "predictions" || key22 === "confidence" || key22 === "drift" || key22 === "labeled")) {
                const err230 = { instancePath: instancePath + "/monitoring/metrics", schemaPath: "#/properties/monitoring/properties/metrics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.monitoring.properties.metrics, data: data75 };
                if (vErrors === null) {
                  vErrors = [err230];
                } else {
                  vErrors.push(err230);
                }
                errors++;
              }
            }
            if (data75.latency !== void 0) {
              let data76 = data75.latency;
              if (typeof data76 === "string") {
                if (data76.length > 200) {
                  const err231 = { instancePath: instancePath + "/monitoring/metrics/latency", schemaPath: "#/properties/monitoring/properties/metrics/properties/latency/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema6.properties.monitoring.properties.metrics.properties.latency, data: data76 };
                  if (vErrors === null) {
                    vErrors = [err231];
                  } else {
                    vErrors.push(err231);
                  }
                  errors++;
                }
                if (!pattern28.test(data76)) {
                  const err232 = { instancePath: instancePath + "/monitoring/metrics/latency", schemaPath: "#/properties/monitoring/properties/metrics/properties/latency/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"', schema: "^[a-zA-Z_:][a-zA-Z0-9_:]*$", parentSchema: schema6.properties.monitoring.properties.metrics.properties.latency, data: data76 };
                  if (vErrors === null) {
                    vErrors = [err232];
                  } else {
                    vErrors.push(err232);
                  }
                  errors++;
                }
              } else {
                const err233 = { instancePath: instancePath + "/monitoring/metrics/latency", schemaPath: "#/properties/monitoring/properties/metrics/properties/latency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.monitoring.properties.metrics.properties.latency.type, parentSchema: schema6.properties.monitoring.properties.metrics.properties.latency, data: data76 };
                if (vErrors === null) {
                  vErrors = [err233];
                } else {
                  vErrors.push(err233);
                }
                errors++;
              }
            }
            if (data75.predictions !== void 0) {
              let data77 = data75.predictions;
              if (typeof data77 === "string") {
                if (data77.length > 200) {
                  const err234 = { instancePath: instancePath + "/monitoring/metrics/predictions", schemaPath: "#/properties/monitoring/properties/metrics/properties/predictions/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema6.properties.monitoring.properties.metrics.properties.predictions, data: data77 };
                  if (vErrors === null) {
                    vErrors = [err234];
                  } else {
                    vErrors.push(err234);
                  }
                  errors++;
                }
                if (!pattern28.test(data77)) {
                  const err235 = { instancePath: instancePath + "/monitoring/metrics/predictions", schemaPath: "#/properties/monitoring/properties/metrics/properties/predictions/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"', schema: "^[a-zA-Z_:][a-zA-Z0-9_:]*$", parentSchema: schema6.properties.monitoring.properties.metrics.properties.predictions, data: data77 };
                  if (vErrors === null) {
                    vErrors = [err235];
                  } else {
                    vErrors.push(err235);
                  }
                  errors++;
                }
              } else {
                const err236 = { instancePath: instancePath + "/monitoring/metrics/predictions", schemaPath: "#/properties/monitoring/properties/metrics/properties/predictions/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.monitoring.properties.metrics.properties.predictions.type, parentSchema: schema6.properties.monitoring.properties.metrics.properties.predictions, data: data77 };
                if (vErrors === null) {
                  vErrors = [err236];
                } else {
                  vErrors.push(err236);
                }
                errors++;
              }
            }
            if (data75.confidence !== void 0) {
              let data78 = data75.confidence;
              if (typeof data78 === "string") {
                if (data78.length > 200) {
                  const err237 = { instancePath: instancePath + "/monitoring/metrics/confidence", schemaPath: "#/properties/monitoring/properties/metrics/properties/confidence/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema6.properties.monitoring.properties.metrics.properties.confidence, data: data78 };
                  if (vErrors === null) {
                    vErrors = [err237];
                  } else {
                    vErrors.push(err237);
                  }
                  errors++;
                }
                if (!pattern28.test(data78)) {
                  const err238 = { instancePath: instancePath + "/monitoring/metrics/confidence", schemaPath: "#/properties/monitoring/properties/metrics/properties/confidence/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"', schema: "^[a-zA-Z_:][a-zA-Z0-9_:]*$", parentSchema: schema6.properties.monitoring.properties.metrics.properties.confidence, data: data78 };
                  if (vErrors === null) {
                    vErrors = [err238];
                  } else {
                    vErrors.push(err238);
                  }
                  errors++;
                }
              } else {
                const err239 = { instancePath: instancePath + "/monitoring/metrics/confidence", schemaPath: "#/properties/monitoring/properties/metrics/properties/confidence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.monitoring.properties.metrics.properties.confidence.type, parentSchema: schema6.properties.monitoring.properties.metrics.properties.confidence, data: data78 };
                if (vErrors === null) {
                  vErrors = [err239];
                } else {
                  vErrors.push(err239);
                }
                errors++;
              }
            }
            if (data75.drift !== void 0) {
              let data79 = data75.drift;
              if (typeof data79 === "string") {
                if (data79.length > 200) {
                  const err240 = { instancePath: instancePath + "/monitoring/metrics/drift", schemaPath: "#/properties/monitoring/properties/metrics/properties/drift/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema6.properties.monitoring.properties.metrics.properties.drift, data: data79 };
                  if (vErrors === null) {
                    vErrors = [err240];
                  } else {
                    vErrors.push(err240);
                  }
                  errors++;
                }
                if (!pattern28.test(data79)) {
                  const err241 = { instancePath: instancePath + "/monitoring/metrics/drift", schemaPath: "#/properties/monitoring/properties/metrics/properties/drift/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"', schema: "^[a-zA-Z_:][a-zA-Z0-9_:]*$", parentSchema: schema6.properties.monitoring.properties.metrics.properties.drift, data: data79 };
                  if (vErrors === null) {
                    vErrors = [err241];
                  } else {
                    vErrors.push(err241);
                  }
                  errors++;
                }
              } else {
                const err242 = { instancePath: instancePath + "/monitoring/metrics/drift", schemaPath: "#/properties/monitoring/properties/metrics/properties/drift/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.monitoring.properties.metrics.properties.drift.type, parentSchema: schema6.properties.monitoring.properties.metrics.properties.drift, data: data79 };
                if (vErrors === null) {
                  vErrors = [err242];
                } else {
                  vErrors.push(err242);
                }
                errors++;
              }
            }
            if (data75.labeled !== void 0) {
              let data80 = data75.labeled;
              if (typeof data80 === "string") {
                if (data80.length > 200) {
                  const err243 = { instancePath: instancePath + "/monitoring/metrics/labeled", schemaPath: "#/properties/monitoring/properties/metrics/properties/labeled/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema6.properties.monitoring.properties.metrics.properties.labeled, data: data80 };
                  if (vErrors === null) {
                    vErrors = [err243];
                  } else {
                    vErrors.push(err243);
                  }
                  errors++;
                }
                if (!pattern28.test(data80)) {
                  const err244 = { instancePath: instancePath + "/monitoring/metrics/labeled", schemaPath: "#/properties/monitoring/properties/metrics/properties/labeled/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"', schema: "^[a-zA-Z_:][a-zA-Z0-9_:]*$", parentSchema: schema6.properties.monitoring.properties.metrics.properties.labeled, data: data80 };
                  if (vErrors === null) {
                    vErrors = [err244];
                  } else {
                    vErrors.push(err244);
                  }
                  errors++;
                }
              } else {
                const err245 = { instancePath: instancePath + "/monitoring/metrics/labeled", schemaPath: "#/properties/monitoring/properties/metrics/properties/labeled/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.monitoring.properties.metrics.properties.labeled.type, parentSchema: schema6.properties.monitoring.properties.metrics.properties.labeled, data: data80 };
                if (vErrors === null) {
                  vErrors = [err245];
                } else {
                  vErrors.push(err245);
                }
                errors++;
              }
            }
          } else {
            const err246 = { instancePath: instancePath + "/monitoring/metrics", schemaPath: "#/properties/monitoring/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.monitoring.properties.metrics.type, parentSchema: schema6.properties.monitoring.properties.metrics, data: data75 };
            if (vErrors === null) {
              vErrors = [err246];
            } else {
              vErrors.push(err246);
            }
            errors++;
          }
        }
      } else {
        const err247 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.monitoring.type, parentSchema: schema6.properties.monitoring, data: data69 };
        if (vErrors === null) {
          vErrors = [err247];
        } else {
          vErrors.push(err247);
        }
        errors++;
      }
    }
    if (data.disruptionBudget !== void 0) {
      let data81 = data.disruptionBudget;
      if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
        if (Object.keys(data81).length < 1) {
          const err248 = { instancePath: instancePath + "/disruptionBudget", schemaPath: "#/properties/disruptionBudget/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema6.properties.disruptionBudget, data: data81 };
          if (vErrors === null) {
            vErrors = [err248];
          } else {
            vErrors.push(err248);
          }
          errors++;
        }
        for (const key23 in data81) {
          if (!(key23 === "minAvailable" || key23 === "maxUnavailable")) {
            const err249 = { instancePath: instancePath + "/disruptionBudget", schemaPath: "#/properties/disruptionBudget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.disruptionBudget, data: data81 };
            if (vErrors === null) {
              vErrors = [err249];
            } else {
              vErrors.push(err249);
            }
            errors++;
          }
        }
        if (data81.minAvailable !== void 0) {
          let data82 = data81.minAvailable;
          if (!(typeof data82 == "number" && (!(data82 % 1) && !isNaN(data82)) && isFinite(data82)) && typeof data82 !== "string") {
            const err250 = { instancePath: instancePath + "/disruptionBudget/minAvailable", schemaPath: "#/properties/disruptionBudget/properties/minAvailable/type", keyword: "type", params: { type: schema6.properties.disruptionBudget.properties.minAvailable.type }, message: "must be integer,string", schema: schema6.properties.disruptionBudget.properties.minAvailable.type, parentSchema: schema6.properties.disruptionBudget.properties.minAvailable, data: data82 };
            if (vErrors === null) {
              vErrors = [err250];
            } else {
              vErrors.push(err250);
            }
            errors++;
          }
          if (typeof data82 == "number" && isFinite(data82)) {
            if (data82 < 0 || isNaN(data82)) {
              const err251 = { instancePath: instancePath + "/disruptionBudget/minAvailable", schemaPath: "#/properties/disruptionBudget/properties/minAvailable/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.properties.disruptionBudget.properties.minAvailable, data: data82 };
              if (vErrors === null) {
                vErrors = [err251];
              } else {
                vErrors.push(err251);
              }
              errors++;
            }
          }
          if (typeof data82 === "string") {
            if (!pattern33.test(data82)) {
              const err252 = { instancePath: instancePath + "/disruptionBudget/minAvailable", schemaPath: "#/properties/disruptionBudget/properties/minAvailable/pattern", keyword: "pattern", params: { pattern: "^(100|[1-9]?[0-9])%$" }, message: 'must match pattern "^(100|[1-9]?[0-9])%$"', schema: "^(100|[1-9]?[0-9])%$", parentSchema: schema6.properties.disruptionBudget.properties.minAvailable, data: data82 };
              if (vErrors === null) {
                vErrors = [err252];
              } else {
                vErrors.push(err252);
              }
              errors++;
            }
          }
        }
        if (data81.maxUnavailable !== void 0) {
          let data83 = data81.maxUnavailable;
          if (!(typeof data83 == "number" && (!(data83 % 1) && !isNaN(data83)) && isFinite(data83)) && typeof data83 !== "string") {
            const err253 = { instancePath: instancePath + "/disruptionBudget/maxUnavailable", schemaPath: "#/properties/disruptionBudget/properties/maxUnavailable/type", keyword: "type", params: { type: schema6.properties.disruptionBudget.properties.maxUnavailable.type }, message: "must be integer,string", schema: schema6.properties.disruptionBudget.properties.maxUnavailable.type, parentSchema: schema6.properties.disruptionBudget.properties.maxUnavailable, data: data83 };
            if (vErrors === null) {
              vErrors = [err253];
            } else {
              vErrors.push(err253);
            }
            errors++;
          }
          if (typeof data83 == "number" && isFinite(data83)) {
            if (data83 < 0 || isNaN(data83)) {
              const err254 = { instancePath: instancePath + "/disruptionBudget/maxUnavailable", schemaPath: "#/properties/disruptionBudget/properties/maxUnavailable/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.properties.disruptionBudget.properties.maxUnavailable, data: data83 };
              if (vErrors === null) {
                vErrors = [err254];
              } else {
                vErrors.push(err254);
              }
              errors++;
            }
          }
          if (typeof data83 === "string") {
            if (!pattern33.test(data83)) {
              const err255 = { instancePath: instancePath + "/disruptionBudget/maxUnavailable", schemaPath: "#/properties/disruptionBudget/properties/maxUnavailable/pattern", keyword: "pattern", params: { pattern: "^(100|[1-9]?[0-9])%$" }, message: 'must match pattern "^(100|[1-9]?[0-9])%$"', schema: "^(100|[1-9]?[0-9])%$", parentSchema: schema6.properties.disruptionBudget.properties.maxUnavailable, data: data83 };
              if (vErrors === null) {
                vErrors = [err255];
              } else {
                vErrors.push(err255);
              }
              errors++;
            }
          }
        }
      } else {
        const err256 = { instancePath: instancePath + "/disruptionBudget", schemaPath: "#/properties/disruptionBudget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.disruptionBudget.type, parentSchema: schema6.properties.disruptionBudget, data: data81 };
        if (vErrors === null) {
          vErrors = [err256];
        } else {
          vErrors.push(err256);
        }
        errors++;
      }
    }
  } else {
    const err257 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.type, parentSchema: schema6, data };
    if (vErrors === null) {
      vErrors = [err257];
    } else {
      vErrors.push(err257);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// src/read/release-file.ts
var DEFAULT_MONITORING_METRICS = {
  latency: "model_inference_latency_seconds",
  predictions: "model_predictions_total",
  confidence: "model_prediction_confidence",
  drift: "feature_drift_score",
  labeled: "model_labeled_predictions_total"
};
var RESERVED_LABELS = ["app", "version", "track"];
var DEFAULT_RETRIES = { attempts: 0 };
var DEFAULT_CANARY_HEADER = { name: "x-canary", value: "true" };
var DEFAULT_DISRUPTION_BUDGET = { maxUnavailable: 1 };
var DEFAULT_STARTUP = { periodSeconds: 10, failureThreshold: 30 };
function parseReleaseFile(text, source) {
  const yaml = parseYaml(text, source);
  const raw = validateYaml(release_default, yaml, source);
  const problems = checkRelease(raw).map((p) => ({ source, path: p.path, line: yaml.lineOf(pointerSegments(p.path)), message: p.message }));
  throwIfAny(problems);
  return withDefaults(raw, source);
}
function serviceHost(spec) {
  return `${spec.name}.${spec.namespace}.svc.cluster.local`;
}
function withDefaults(raw, source) {
  const istio = raw.istio ?? {};
  return {
    ...raw,
    source,
    servicePort: raw.servicePort ?? raw.port,
    labels: raw.labels ?? {},
    probes: { ...raw.probes, startup: raw.probes.startup ?? { path: raw.probes.readiness.path, ...DEFAULT_STARTUP } },
    istio: {
      ...istio,
      apiVersion: istio.apiVersion ?? DEFAULT_ISTIO_API_VERSION,
      hosts: istio.hosts ?? [serviceHost(raw)],
      retries: istio.retries ?? { ...DEFAULT_RETRIES },
      canaryHeader: istio.canaryHeader ?? { ...DEFAULT_CANARY_HEADER }
    },
    disruptionBudget: raw.disruptionBudget ?? DEFAULT_DISRUPTION_BUDGET,
    monitoring: raw.monitoring && {
      for: raw.monitoring.for ?? "10m",
      window: raw.monitoring.window ?? "5m",
      labelsWindow: raw.monitoring.labelsWindow ?? "1h",
      selector: raw.monitoring.selector ?? { model: raw.name },
      metrics: { ...DEFAULT_MONITORING_METRICS, ...raw.monitoring.metrics }
    }
  };
}
function checkRelease(raw) {
  const problems = [];
  const add = (path, message) => void problems.push({ path, message });
  if (raw.stable.version === raw.candidate.version) {
    add("/candidate/version", `is the same as /stable/version (${quote(raw.stable.version)}): the DestinationRule could not tell the two apart`);
  }
  for (const key of RESERVED_LABELS) {
    if (raw.labels?.[key] !== void 0) add(`/labels/${key}`, `"${key}" is set by model-gate; remove it from labels`);
  }
  const { minReplicas, maxReplicas } = raw.autoscaling;
  if (minReplicas > maxReplicas) add("/autoscaling/minReplicas", `${minReplicas} is above maxReplicas ${maxReplicas}`);
  const { requests, limits } = raw.resources;
  if (cpuMillis(requests.cpu) > cpuMillis(limits.cpu)) add("/resources/requests/cpu", `${requests.cpu} is above the limit ${limits.cpu}`);
  if (memoryMebibytes(requests.memory) > memoryMebibytes(limits.memory)) {
    add("/resources/requests/memory", `${requests.memory} is above the limit ${limits.memory}`);
  }
  const { readiness, liveness } = raw.probes;
  if (liveness && (liveness.initialDelaySeconds ?? 0) < (readiness.initialDelaySeconds ?? 0)) {
    add(
      "/probes/liveness/initialDelaySeconds",
      `${liveness.initialDelaySeconds ?? 0} is before the readiness probe's ${readiness.initialDelaySeconds ?? 0}: a pod still loading its model would be restarted`
    );
  }
  const budget = raw.disruptionBudget ?? {};
  if (budget.minAvailable !== void 0 && budget.maxUnavailable !== void 0) {
    add("/disruptionBudget", "set minAvailable or maxUnavailable, not both");
  } else if (budget.maxUnavailable === 0 || budget.maxUnavailable === "0%") {
    add("/disruptionBudget/maxUnavailable", `${budget.maxUnavailable} would block every node drain`);
  } else if (budget.minAvailable !== void 0 && minimumPods(budget.minAvailable, minReplicas) >= minReplicas) {
    add("/disruptionBudget/minAvailable", `${budget.minAvailable} would block node drains when the Deployment runs at minReplicas (${minReplicas})`);
  }
  const gateways = raw.istio?.gateways;
  if (gateways && !gateways.includes("mesh")) {
    add("/istio/gateways", 'lists no "mesh": callers inside the cluster would bypass the weighted routes and reach the canary by pod count; add mesh');
  }
  const hosts = raw.istio?.hosts;
  if (hosts && !hosts.some((h) => h === serviceHost(raw) || h === raw.name || h === `${raw.name}.${raw.namespace}`)) {
    add("/istio/hosts", `does not include the Service (${serviceHost(raw)}): callers inside the cluster would bypass the weighted routes; add it`);
  }
  const retries = raw.istio?.retries;
  if (retries && retries.attempts === 0 && (retries.perTryTimeout !== void 0 || retries.retryOn !== void 0)) {
    add("/istio/retries", "perTryTimeout and retryOn have no effect with attempts: 0");
  }
  return problems;
}
function minimumPods(minAvailable, replicas) {
  return typeof minAvailable === "number" ? minAvailable : Math.ceil(Number(minAvailable.replace("%", "")) * replicas / 100);
}
function cpuMillis(quantity) {
  return quantity.endsWith("m") ? Number(quantity.slice(0, -1)) : Math.round(Number(quantity) * 1e3);
}
function memoryMebibytes(quantity) {
  const amount = Number(quantity.slice(0, -2));
  return quantity.endsWith("Gi") ? amount * 1024 : amount;
}

// src/read/outcome.ts
var DECISIONS = ["rollback", "hold", "advance", "promote"];
function parseReportFile(text, file) {
  const data = parseJson(text, file);
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new InputError({ source: file, path: "/", message: "expected a JSON object: the report model-gate evaluate writes" });
  }
  const report = data;
  if (report.decision === "none") {
    const why = report.error?.message;
    throw new InputError({
      source: file,
      path: "/decision",
      message: `the run that wrote this report made no decision${typeof why === "string" ? ` (${why.split("\n")[0]})` : ""}: there is nothing to deploy`
    });
  }
  const outcome = { decision: report.decision, canaryWeight: report.canaryWeight };
  checkOutcome(outcome, file);
  return outcome;
}
function checkOutcome(outcome, file) {
  const { decision, canaryWeight: w } = outcome;
  if (!DECISIONS.includes(decision)) {
    throw new InputError({
      source: file,
      path: "/decision",
      message: `expected one of ${DECISIONS.map((d) => JSON.stringify(d)).join(", ")}, got ${describeValue(decision)}`
    });
  }
  if (typeof w !== "number" || !Number.isInteger(w) || w < 0 || w > 100) {
    throw new InputError({ source: file, path: "/canaryWeight", message: `expected an integer from 0 to 100, got ${describeValue(w)}` });
  }
  const expected = {
    rollback: w === 0 ? void 0 : "0",
    promote: w === 100 ? void 0 : "100",
    advance: w > 0 && w < 100 ? void 0 : "between 1 and 99",
    hold: void 0
  }[decision];
  if (expected !== void 0) {
    throw new InputError({ source: file, path: "/canaryWeight", message: `${w} does not go with decision "${decision}": expected ${expected}` });
  }
}

// src/synthesize/sizing.ts
function canaryReplicas(stable, weight) {
  return Math.max(1, Math.ceil(stable * weight / 100));
}
function trafficSplit(canaryWeight) {
  return { stable: 100 - canaryWeight, canary: canaryWeight };
}
function canaryBudget(budget, canaryMin) {
  if (!("minAvailable" in budget)) return budget;
  const pods = typeof budget.minAvailable === "number" ? budget.minAvailable : Math.ceil(percent(budget.minAvailable) * canaryMin / 100);
  return { minAvailable: Math.min(pods, canaryMin - 1) };
}
function percent(value) {
  return Number(value.replace("%", ""));
}

// src/synthesize/plan.ts
var ANNOTATION_PREFIX = "model-gate.dev";
function planRelease(spec, outcome, reportFile = "gate report") {
  checkOutcome(outcome, reportFile);
  const canary = outcome.decision === "promote" ? "none" : outcome.canaryWeight > 0 ? "serving" : "idle";
  const weight = canary === "serving" ? outcome.canaryWeight : 0;
  const host = serviceHost(spec);
  const labels = { ...spec.labels, app: spec.name };
  const workload = (track, model) => ({
    track,
    name: track === "stable" ? spec.name : `${spec.name}-canary`,
    model,
    podLabels: { ...labels, version: model.version, track },
    selector: { app: spec.name, track }
  });
  const { minReplicas, maxReplicas } = spec.autoscaling;
  const stable = {
    ...workload("stable", canary === "none" ? spec.candidate : spec.stable),
    autoscaler: { minReplicas, maxReplicas },
    disruptionBudget: spec.disruptionBudget
  };
  const workloads = [stable];
  if (canary === "serving") {
    const canaryMin = canaryReplicas(minReplicas, weight);
    workloads.push({
      ...workload("canary", spec.candidate),
      autoscaler: { minReplicas: canaryMin, maxReplicas: canaryReplicas(maxReplicas, weight) },
      disruptionBudget: canaryBudget(spec.disruptionBudget, canaryMin)
    });
  } else if (canary === "idle") {
    workloads.push({ ...workload("canary", spec.candidate), replicas: 0 });
  }
  const subsets = workloads.map(
    (w) => canary === "none" ? { name: w.track, labels: { track: w.track } } : { name: w.track, labels: { version: w.model.version } }
  );
  const { outlierDetection, hosts, gateways } = spec.istio;
  const route = (name, destinations, match) => ({
    name,
    ...match ? { match } : {},
    route: destinations.map(([subset, weight2]) => ({ destination: { host, subset }, weight: weight2 })),
    ...spec.istio.timeout ? { timeout: spec.istio.timeout } : {},
    retries: spec.istio.retries
  });
  const split = trafficSplit(weight);
  const http = canary === "serving" ? [
    route("canary-header", [["canary", 100]], [{ headers: { [spec.istio.canaryHeader.name]: { exact: spec.istio.canaryHeader.value } } }]),
    route("default", [
      ["stable", split.stable],
      ["canary", split.canary]
    ])
  ] : [route("default", [["stable", 100]])];
  return {
    spec,
    outcome,
    canary,
    labels,
    workloads,
    service: { name: spec.name, selector: { app: spec.name }, port: spec.servicePort, targetPort: spec.port, portName: "http" },
    destinationRule: { name: spec.name, spec: { host, subsets, ...outlierDetection ? { trafficPolicy: { outlierDetection } } : {} } },
    virtualService: {
      name: spec.name,
      annotations: {
        [`${ANNOTATION_PREFIX}/decision`]: outcome.decision,
        [`${ANNOTATION_PREFIX}/canary-weight`]: String(outcome.canaryWeight),
        [`${ANNOTATION_PREFIX}/candidate`]: spec.candidate.version
      },
      spec: { hosts, ...gateways ? { gateways } : {}, http }
    }
  };
}

// infra/model-release.ts
var ModelRelease = class extends Construct {
  plan;
  deployments = {};
  service;
  destinationRule;
  virtualService;
  constructor(scope, id, { spec, outcome, reportFile }) {
    super(scope, id);
    this.plan = planRelease(spec, outcome, reportFile);
    const { plan } = this;
    const { namespace, istio } = plan.spec;
    const { service } = plan;
    this.service = new kplus.Service(this, "service", {
      metadata: { name: service.name, namespace, labels: plan.labels },
      ports: [{ name: service.portName, port: service.port, targetPort: service.targetPort }]
    });
    for (const [key, value] of Object.entries(service.selector)) this.service.selectLabel(key, value);
    for (const workload of plan.workloads) this.deployments[workload.track] = this.addWorkload(workload);
    this.destinationRule = new DestinationRule(this, "destination-rule", {
      apiVersion: istio.apiVersion,
      metadata: { name: plan.destinationRule.name, namespace, labels: plan.labels },
      spec: plan.destinationRule.spec
    });
    this.virtualService = new VirtualService(this, "virtual-service", {
      apiVersion: istio.apiVersion,
      metadata: { name: plan.virtualService.name, namespace, labels: plan.labels, annotations: plan.virtualService.annotations },
      spec: plan.virtualService.spec
    });
    this.virtualService.addDependency(this.destinationRule);
  }
  addWorkload(workload) {
    const { spec } = this.plan;
    const metadata = { name: workload.name, namespace: spec.namespace, labels: workload.podLabels };
    const deployment = new kplus.Deployment(this, workload.track, {
      metadata,
      select: false,
      podMetadata: { labels: workload.podLabels },
      replicas: workload.replicas,
      containers: [this.container(workload)]
    });
    deployment.select(kplus.LabelSelector.of({ labels: workload.selector }));
    ApiObject3.of(deployment).addJsonPatch(JsonPatch.remove(`/spec/template/metadata/labels/${kplus.Pod.ADDRESS_LABEL.replace("/", "~1")}`));
    deployment.containers[0]?.mount("/tmp", kplus.Volume.fromEmptyDir(this, `${workload.track}-tmp`, "tmp"));
    if (workload.autoscaler) {
      const { cpuUtilization, podMetric } = spec.autoscaling;
      new kplus.HorizontalPodAutoscaler(this, `${workload.track}-autoscaler`, {
        metadata,
        target: deployment,
        minReplicas: workload.autoscaler.minReplicas,
        maxReplicas: workload.autoscaler.maxReplicas,
        metrics: [
          kplus.Metric.resourceCpu(kplus.MetricTarget.averageUtilization(cpuUtilization)),
          ...podMetric ? [kplus.Metric.pods({ name: podMetric.name, target: kplus.MetricTarget.averageValue(podMetric.averageValue) })] : []
        ]
      });
    }
    if (workload.disruptionBudget) {
      new kplus.k8s.KubePodDisruptionBudget(this, `${workload.track}-budget`, {
        metadata,
        spec: { selector: { matchLabels: workload.selector }, ...budgetSpec(workload.disruptionBudget) }
      });
    }
    return deployment;
  }
  container(workload) {
    const { port, resources, probes, securityContext } = this.plan.spec;
    const probe = (p) => kplus.Probe.fromHttpGet(p.path, {
      port,
      initialDelaySeconds: seconds(p.initialDelaySeconds),
      periodSeconds: seconds(p.periodSeconds),
      timeoutSeconds: seconds(p.timeoutSeconds),
      failureThreshold: p.failureThreshold
    });
    return {
      name: "model",
      image: workload.model.image,
      ports: [{ number: port, name: "http" }],
      resources: {
        cpu: { request: cpu(resources.requests.cpu), limit: cpu(resources.limits.cpu) },
        memory: { request: Size.mebibytes(memoryMebibytes(resources.requests.memory)), limit: Size.mebibytes(memoryMebibytes(resources.limits.memory)) }
      },
      readiness: probe(probes.readiness),
      ...probes.liveness ? { liveness: probe(probes.liveness) } : {},
      startup: probe(probes.startup),
      // non-root always; a numeric user lets the kubelet verify it for images that name theirs
      securityContext: {
        ensureNonRoot: true,
        readOnlyRootFilesystem: securityContext?.readOnlyRootFilesystem ?? true,
        ...securityContext?.runAsUser === void 0 ? {} : { user: securityContext.runAsUser },
        ...securityContext?.runAsGroup === void 0 ? {} : { group: securityContext.runAsGroup }
      }
    };
  }
};
function cpu(quantity) {
  return quantity.endsWith("m") ? kplus.Cpu.millis(cpuMillis(quantity)) : kplus.Cpu.units(Number(quantity));
}
function seconds(value) {
  return value === void 0 ? void 0 : Duration.seconds(value);
}
function budgetSpec(budget) {
  const intOrString = (value) => typeof value === "number" ? kplus.k8s.IntOrString.fromNumber(value) : kplus.k8s.IntOrString.fromString(value);
  return "minAvailable" in budget ? { minAvailable: intOrString(budget.minAvailable) } : { maxUnavailable: intOrString(budget.maxUnavailable) };
}

// infra/model-alerts.ts
import { ApiObject as ApiObject4 } from "cdk8s";
import { Construct as Construct2 } from "constructs";

// src/read/duration.ts
var UNIT_SECONDS = { ms: 1e-3, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536e3 };
var PART = /([0-9]+)(ms|s|m|h|d|w|y)/g;
function durationSeconds(text) {
  if (text === "0") return 0;
  let seconds2 = 0;
  for (const [, amount, unit] of text.matchAll(PART)) seconds2 += Number(amount) * UNIT_SECONDS[unit];
  return seconds2;
}
function formatDuration(seconds2) {
  if (seconds2 === 0) return "0s";
  let rest = Math.round(seconds2 * 1e3);
  const parts = [];
  for (const [unit, size] of [
    ["d", 864e5],
    ["h", 36e5],
    ["m", 6e4],
    ["s", 1e3],
    ["ms", 1]
  ]) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join("");
}

// src/model/gates.ts
var BOUND_KEYS = ["min", "max", "max_drop", "max_drop_relative", "max_increase", "max_increase_relative"];
var CONFIDENCE_LEVELS = [0.9, 0.95, 0.99];

// src/model/metric-info.ts
var higherProportion = { direction: "higher", kind: "proportion" };
var lowerProportion = { direction: "lower", kind: "proportion" };
var FAIRNESS_METRICS = [
  "demographic_parity_difference",
  "demographic_parity_ratio",
  "equalized_odds_difference",
  "equalized_odds_ratio",
  "equal_opportunity_difference",
  "equal_opportunity_ratio"
];
var REGRESSION_FAIRNESS_METRICS = [
  "mean_absolute_error_difference",
  "mean_absolute_error_ratio",
  "root_mean_squared_error_difference",
  "root_mean_squared_error_ratio"
];
var MULTICLASS_FAIRNESS_METRICS = ["accuracy_difference", "accuracy_ratio"];
var GROUP_METRICS = [...FAIRNESS_METRICS, ...REGRESSION_FAIRNESS_METRICS, ...MULTICLASS_FAIRNESS_METRICS];
var REGRESSION_METRICS = [
  "mean_absolute_error",
  "mean_squared_error",
  "root_mean_squared_error",
  "r2",
  "mean_absolute_percentage_error",
  "median_absolute_error",
  "max_error"
];
var OUTPUTS_FINITE_METRIC = "model_outputs_finite";
var LIVE_METRICS = [
  "request_error_rate",
  "request_success_rate",
  "request_rate",
  "request_latency_p50_ms",
  "request_latency_p95_ms",
  "request_latency_p99_ms"
];
var KNOWN_METRICS = {
  accuracy: higherProportion,
  balanced_accuracy: higherProportion,
  precision: higherProportion,
  recall: higherProportion,
  f1: higherProportion,
  roc_auc: higherProportion,
  average_precision: higherProportion,
  true_positive_rate: higherProportion,
  error_rate: lowerProportion,
  false_positive_rate: lowerProportion,
  selection_rate: { kind: "proportion" },
  log_loss: { direction: "lower", kind: "nonnegative" },
  samples: { direction: "higher", kind: "count" },
  [OUTPUTS_FINITE_METRIC]: higherProportion,
  prediction_confidence_median: higherProportion,
  drifted_feature_share: lowerProportion,
  psi_max: { direction: "lower", kind: "nonnegative" },
  request_error_rate: lowerProportion,
  request_success_rate: higherProportion,
  request_rate: { kind: "nonnegative" },
  ...Object.fromEntries(
    REGRESSION_METRICS.map((name) => [name, name === "r2" ? { direction: "higher", kind: "number" } : { direction: "lower", kind: "nonnegative" }])
  ),
  ...Object.fromEntries(FAIRNESS_METRICS.map((name) => [name, name.endsWith("_ratio") ? higherProportion : lowerProportion]))
};
var PATTERNS = [
  [/^((precision|recall|f1)(_macro|_micro|_weighted|\.)|top_\d+_accuracy)/, higherProportion],
  [/^support\./, { direction: "higher", kind: "nonnegative" }],
  [/^(request_)?latency_/, { direction: "lower", kind: "nonnegative" }],
  [/_ratio$/, { direction: "higher", kind: "number" }],
  [/_difference$/, { direction: "lower", kind: "number" }]
];
function metricInfo(name) {
  const known = KNOWN_METRICS[name];
  if (known) return known;
  for (const [pattern, info] of PATTERNS) if (pattern.test(name)) return info;
  return { kind: "number" };
}
var METRIC_NAME_PATTERN = "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$";

// src/read/schemas/gates.ts
var nonnegative = { type: "number", minimum: 0 };
var confidence = (description) => ({ enum: [...CONFIDENCE_LEVELS], description });
var gate = {
  type: "object",
  additionalProperties: false,
  properties: {
    metric: { type: "string", pattern: METRIC_NAME_PATTERN, description: "Metric to check; defaults to the gate id." },
    feature: { type: "string", pattern: METRIC_NAME_PATTERN, description: "For fairness metrics: check this sensitive feature only (default: the worst feature decides)." },
    min: { type: "number", description: "value \u2265 min" },
    max: { type: "number", description: "value \u2264 max" },
    max_drop: { ...nonnegative, description: "higher-is-better metrics: value \u2265 baseline \u2212 max_drop" },
    max_drop_relative: { ...nonnegative, description: "higher-is-better metrics: value \u2265 baseline \xD7 (1 \u2212 max_drop_relative)" },
    max_increase: { ...nonnegative, description: "lower-is-better metrics: value \u2264 baseline + max_increase" },
    max_increase_relative: { ...nonnegative, description: "lower-is-better metrics: value \u2264 baseline \xD7 (1 + max_increase_relative)" },
    not_worse: {
      type: "object",
      additionalProperties: false,
      description: "accuracy only, with baseline predictions on the same rows: fail when the candidate is significantly worse (McNemar exact test, p < alpha).",
      properties: { alpha: { type: "number", exclusiveMinimum: 0, maximum: 0.5, description: "significance level, default 0.05" } }
    },
    confidence: confidence(
      "pass only when the metric's interval at this level clears the bound: min/max the Wilson interval, max_drop and max_drop_relative the paired interval of the accuracy difference; not_worse's alpha defaults to 1 \u2212 confidence"
    ),
    direction: { enum: ["higher", "lower"], description: "Which direction is better, for metrics the engine does not know." },
    severity: { enum: ["block", "warn"], description: "block (default): failing rolls back. warn: failing holds the canary." },
    description: { type: "string", maxLength: 500 }
  }
};
var DURATION_PATTERN = "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$";
var LABEL_VALUE_PATTERN = "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$";
var duration = (description) => ({ type: ["string", "integer"], pattern: DURATION_PATTERN, minimum: 0, maximum: 0, description });
var labelValue = (description) => ({ type: "string", minLength: 1, maxLength: 63, pattern: LABEL_VALUE_PATTERN, description });
var { feature: _feature, not_worse: _notWorse, confidence: _confidence, ...liveGateProperties } = gate.properties;
var liveGate = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...liveGateProperties,
    query: {
      type: "string",
      minLength: 1,
      maxLength: 4e3,
      description: "PromQL for a custom metric, with {{namespace}}, {{app}}, {{version}} and {{window}}; built-in metrics need none."
    }
  }
};
var analysis = {
  type: "object",
  additionalProperties: false,
  required: ["metrics"],
  description: "Judge each canary step on the canary's live metrics against the stable's (Prometheus, Istio's standard metrics).",
  properties: {
    prometheus: { type: "string", pattern: "^https?://", maxLength: 2048, description: "Prometheus base URL (the prometheus-url option wins)." },
    namespace: labelValue("destination_workload_namespace, when there is no release file"),
    app: labelValue("destination_app (the pods' app label), when there is no release file"),
    "stable-version": labelValue("the stable's pods' version label, when there is no release file"),
    "canary-version": labelValue("the canary's pods' version label, when there is no release file"),
    window: duration("the range each check reads (default 10m)"),
    interval: duration("time between checks while watching (default 1m)"),
    duration: duration("how long one run watches the canary; 0 (default) judges the last window at once"),
    timeout: duration("bounds the whole watch (default: duration + 2 intervals + 1m)"),
    "failure-limit": { type: "integer", minimum: 1, maximum: 1e3, description: "failed checks before rollback (default 2)" },
    "min-requests": { type: "integer", minimum: 0, description: "requests each side needs in a window; fewer makes a check inconclusive (default 200)" },
    metrics: {
      type: "object",
      minProperties: 1,
      description: "Live metric \u2192 its gate: request_error_rate, request_success_rate, request_rate, request_latency_p50_ms, _p95_ms, _p99_ms, or a custom metric with query.",
      propertyNames: { pattern: METRIC_NAME_PATTERN },
      additionalProperties: liveGate
    }
  }
};
var gatesSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://model-gate.dev/schemas/gates.schema.json",
  title: "model-gate gates file",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    gates: {
      type: "object",
      description: "Gate id \u2192 bounds. The id is the metric name unless the gate sets `metric`.",
      propertyNames: { pattern: METRIC_NAME_PATTERN },
      additionalProperties: gate
    },
    confidence: confidence("default confidence for every gate check that has an interval in the run; the others stay point comparisons"),
    canary: {
      type: "object",
      additionalProperties: false,
      properties: {
        steps: {
          type: "array",
          description: "Canary weights in percent, strictly increasing, ending at 100.",
          minItems: 1,
          items: { type: "integer", minimum: 1, maximum: 100 }
        },
        analysis
      }
    }
  }
};

// src/evaluate/canary/queries.ts
var LABEL_VALUE = new RegExp(LABEL_VALUE_PATTERN);
var QUANTILES = { request_latency_p50_ms: "0.5", request_latency_p95_ms: "0.95", request_latency_p99_ms: "0.99" };
var FIVE_XX = 'response_code=~"5.."';
var NOT_FIVE_XX = 'response_code!~"5.."';
function sideQueries(metric, target, version, windowSeconds) {
  for (const [what, value] of [
    ["namespace", target.namespace],
    ["app", target.app],
    ["version", version]
  ]) {
    if (!LABEL_VALUE.test(value) || value.length > 63) {
      throw new InputError({
        source: "canary analysis",
        message: `the ${what} ${JSON.stringify(value)} is not a Kubernetes label value, so it cannot select Istio's series`
      });
    }
  }
  const window = formatDuration(windowSeconds);
  const selector = `reporter="destination",destination_workload_namespace="${target.namespace}",destination_app="${target.app}",destination_version="${version}"`;
  const rate = (extra) => `sum(rate(istio_requests_total{${selector}${extra ? `,${extra}` : ""}}[${window}]))`;
  const increase = (extra) => `sum(increase(istio_requests_total{${selector}${extra ? `,${extra}` : ""}}[${window}]))`;
  const requests = increase();
  if (metric.query !== void 0) {
    const values = { namespace: target.namespace, app: target.app, version, window };
    return { value: metric.query.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (_, name2) => values[name2]), requests };
  }
  const name = metric.name;
  const quantile2 = QUANTILES[name];
  if (quantile2 !== void 0) {
    const buckets = `sum by (le) (increase(istio_request_duration_milliseconds_bucket{${selector}}[${window}]))`;
    return {
      value: `histogram_quantile(${quantile2}, sum by (le) (rate(istio_request_duration_milliseconds_bucket{${selector}}[${window}])))`,
      requests,
      buckets
    };
  }
  switch (name) {
    case "request_rate":
      return { value: rate(), requests };
    case "request_error_rate":
      return { value: `${rate(FIVE_XX)} / ${rate()}`, requests, events: increase(FIVE_XX) };
    case "request_success_rate":
      return { value: `${rate(NOT_FIVE_XX)} / ${rate()}`, requests, events: increase(NOT_FIVE_XX) };
    default:
      throw new RangeError(`${metric.name} is neither a built-in live metric nor has a query`);
  }
}

// src/synthesize/alerts.ts
var quantile = (q) => (m, select) => (
  // the histogram is in seconds, the gate in milliseconds: scale the query, not the threshold
  `histogram_quantile(${q}, sum by (le) (rate(${m.metrics.latency}_bucket${select()}[${m.window}]))) * 1000`
);
var ratio = (numerator, denominator, window, metric) => (m, select) => `sum(rate(${m.metrics[metric]}${select(numerator)}[${window(m)}])) / sum(rate(${m.metrics[metric]}${select(denominator)}[${window(m)}]))`;
var WATCHES = {
  latency_p50_ms: { alert: "ModelLatencyP50", what: "latency p50 (ms)", query: quantile(0.5) },
  latency_p90_ms: { alert: "ModelLatencyP90", what: "latency p90 (ms)", query: quantile(0.9) },
  latency_p95_ms: { alert: "ModelLatencyP95", what: "latency p95 (ms)", query: quantile(0.95) },
  latency_p99_ms: { alert: "ModelLatencyP99", what: "latency p99 (ms)", query: quantile(0.99) },
  error_rate: { alert: "ModelErrorRate", what: "error rate", query: ratio({ status: "error" }, {}, (m) => m.window, "predictions") },
  accuracy: { alert: "ModelAccuracy", what: "accuracy on labelled predictions", query: ratio({ correct: "true" }, {}, (m) => m.labelsWindow, "labeled") },
  recall: {
    alert: "ModelRecall",
    what: "recall on labelled predictions",
    query: ratio({ label: "1", correct: "true" }, { label: "1" }, (m) => m.labelsWindow, "labeled")
  },
  prediction_confidence_median: {
    alert: "ModelConfidenceMedian",
    what: "median prediction confidence",
    query: (m, select) => `histogram_quantile(0.5, sum by (le) (rate(${m.metrics.confidence}_bucket${select()}[${m.window}])))`
  },
  psi_max: { alert: "ModelFeatureDrift", what: "largest feature drift score (PSI)", query: (m, select) => `max(${m.metrics.drift}${select()})` }
};
function alertRules(gates, spec) {
  const monitoring = spec.monitoring;
  const select = (extra = {}) => matchers({ ...monitoring.selector, ...extra });
  const offline = gates.gates.flatMap((gate2) => {
    const watch = WATCHES[gate2.metric];
    if (!watch || gate2.feature !== void 0) return [];
    return ["min", "max"].flatMap((bound) => {
      const limit = gate2.bounds[bound];
      if (limit === void 0) return [];
      const comparison = bound === "max" ? ">" : "<";
      return [
        {
          alert: `${watch.alert}${bound === "max" ? "High" : "Low"}`,
          // the threshold as the gates file wrote it (its shortest decimal)
          expr: `${watch.query(monitoring, select)} ${comparison} ${String(limit)}`,
          for: monitoring.for,
          labels: { severity: gate2.severity === "block" ? "critical" : "warning", gate: gateId(gate2, bound), model: spec.name },
          annotations: {
            summary: `${spec.name}: ${watch.what} ${bound === "max" ? "above" : "below"} ${formatNumber(limit)} (gate ${gateId(gate2, bound)} in ${templateText(gates.source)})`,
            description: `${watch.what} is {{ $value }} for ${monitoring.for}; the release gate ${gateId(gate2, bound)} (${gate2.severity}) requires ${bound === "max" ? "\u2264" : "\u2265"} ${formatNumber(limit)}.`
          }
        }
      ];
    });
  });
  return [...offline, ...gates.analysis ? liveAlertRules(gates.analysis, gates.source, spec) : []];
}
var LIVE_BOUNDS = {
  max: { suffix: "High", expr: (c, _s, l) => `(${c}) > ${l}`, words: "above", value: "the canary's value" },
  min: { suffix: "Low", expr: (c, _s, l) => `(${c}) < ${l}`, words: "below", value: "the canary's value" },
  max_increase: { suffix: "Increase", expr: (c, s, l) => `(${c}) - (${s}) > ${l}`, words: "more than the stable's plus", value: "canary \u2212 stable" },
  max_increase_relative: {
    suffix: "IncreaseRelative",
    expr: (c, s, l) => `(${c}) > (${s}) * (1 + ${l})`,
    words: "more than the stable's times 1 +",
    value: "the canary's value"
  },
  max_drop: { suffix: "Drop", expr: (c, s, l) => `(${c}) < (${s}) - ${l}`, words: "less than the stable's minus", value: "canary \u2212 stable" },
  max_drop_relative: {
    suffix: "DropRelative",
    expr: (c, s, l) => `(${c}) < (${s}) * (1 - ${l})`,
    words: "less than the stable's times 1 \u2212",
    value: "the canary's value"
  }
};
function liveAlertRules(analysis2, source, spec) {
  const target = { namespace: spec.namespace, app: spec.name, stableVersion: spec.stable.version, canaryVersion: spec.candidate.version };
  return analysis2.metrics.flatMap((metric) => {
    const canary = sideQueries(metric, target, target.canaryVersion, analysis2.windowSeconds);
    const stable = sideQueries(metric, target, target.stableVersion, analysis2.windowSeconds);
    const traffic = `and on() (${canary.requests} >= ${analysis2.minRequests}) and on() (${stable.requests} >= ${analysis2.minRequests})`;
    return BOUND_KEYS.flatMap((bound) => {
      const limit = metric.gate.bounds[bound];
      if (limit === void 0) return [];
      const how = LIVE_BOUNDS[bound];
      const id = `canary.analysis.${metric.gate.id}.${bound}`;
      return [
        {
          alert: `Canary${camel(metric.gate.id)}${how.suffix}`,
          expr: `(${how.expr(canary.value, stable.value, String(limit))}) ${traffic}`,
          for: spec.monitoring.for,
          labels: { severity: metric.gate.severity === "block" ? "critical" : "warning", gate: id, model: spec.name },
          annotations: {
            summary: `${spec.name}: the canary's ${metric.name} ${how.words} ${formatNumber(limit)} (gate ${id} in ${templateText(source)})`,
            description: `The canary (${target.canaryVersion}) against the stable (${target.stableVersion}) over ${formatDuration(analysis2.windowSeconds)}: the live gate ${id} (${metric.gate.severity}) fails; ${how.value} is {{ $value }}.`
          }
        }
      ];
    });
  });
}
function camel(id) {
  return id.replace(/(^|[^A-Za-z0-9])([A-Za-z0-9])/g, (_, __, c) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, "");
}
function templateText(text) {
  return text.replace(/\{\{|\}\}/g, (braces) => braces.split("").join(" "));
}
function gateId(gate2, bound) {
  return `${gate2.id}.${bound}`;
}
function matchers(labels) {
  const entries = Object.entries(labels);
  if (entries.length === 0) return "";
  return `{${entries.map(([key, value]) => `${key}=${JSON.stringify(value)}`).join(",")}}`;
}

// infra/model-alerts.ts
var ModelAlerts = class extends Construct2 {
  rule;
  constructor(scope, id, { spec, gates }) {
    super(scope, id);
    this.rule = new ApiObject4(this, "rule", {
      apiVersion: "monitoring.coreos.com/v1",
      kind: "PrometheusRule",
      metadata: { name: `${spec.name}-gates`, namespace: spec.namespace, labels: { app: spec.name, ...spec.labels } },
      spec: { groups: [{ name: `${spec.name}.gates`, rules: alertRules(gates, spec) }] }
    });
  }
};

// infra/synthesize.ts
import { App, Chart } from "cdk8s";
function synthesizeRelease(spec, outcome, reportFile, gates) {
  const app = new App();
  const chart = new Chart(app, spec.name, { disableResourceNameHashes: true });
  new ModelRelease(chart, "release", { spec, outcome, reportFile });
  const monitoring = spec.monitoring;
  if (monitoring && gates) new ModelAlerts(chart, "alerts", { spec: { ...spec, monitoring }, gates });
  return app.synthYaml();
}

// src/read/canary.ts
function stepsProblem(steps) {
  if (steps.length === 0) return "expected at least one step";
  for (const [i, step] of steps.entries()) {
    if (!Number.isInteger(step) || step < 1 || step > 100) return `step ${step} is not an integer percentage between 1 and 100`;
    const previous = steps[i - 1];
    if (previous !== void 0 && step <= previous) return `steps must increase strictly: ${previous} is followed by ${step}`;
  }
  if (steps[steps.length - 1] !== 100) return `the last step must be 100 (full promotion), got ${steps[steps.length - 1]}`;
  return void 0;
}

// src/read/closest-name.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
function closestName(name, names) {
  let best;
  for (const candidate of names) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (candidate !== name && distance <= 2 && distance <= name.length / 4 && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

// src/read/gate-checks.ts
function checkGate(gate2, file, path = `/gates/${gate2.id}`) {
  const problems = [];
  const at = (message) => ({ source: file, line: gate2.line, path, message });
  const bounds = BOUND_KEYS.filter((key) => gate2.bounds[key] !== void 0);
  if (bounds.length === 0 && !gate2.notWorse) problems.push(at(`sets no bound: expected at least one of ${BOUND_KEYS.join(", ")}, not_worse`));
  if (gate2.notWorse && gate2.metric !== "accuracy") {
    problems.push(at(`not_worse compares per-row correctness with McNemar's test, so it applies to accuracy, not to ${gate2.metric}`));
  }
  const { min, max } = gate2.bounds;
  if (min !== void 0 && max !== void 0 && min > max) problems.push(at(`min ${min} is above max ${max}: no value can pass`));
  const info = metricInfo(gate2.metric);
  if (gate2.direction && info.direction && gate2.direction !== info.direction) {
    problems.push(at(`${gate2.metric} is ${info.direction}-is-better; remove "direction: ${gate2.direction}"`));
  }
  const direction = gate2.direction ?? info.direction;
  const drops = bounds.filter((b) => b.startsWith("max_drop"));
  const increases = bounds.filter((b) => b.startsWith("max_increase"));
  if ((drops.length || increases.length) && !direction) {
    problems.push(
      at(`${[...drops, ...increases].join(", ")} needs to know which direction is better for "${gate2.metric}": add direction: higher or direction: lower`)
    );
  } else if (direction === "lower" && drops.length) {
    problems.push(at(`${gate2.metric} is lower-is-better: use max_increase / max_increase_relative instead of ${drops.join(", ")}`));
  } else if (direction === "higher" && increases.length) {
    problems.push(at(`${gate2.metric} is higher-is-better: use max_drop / max_drop_relative instead of ${increases.join(", ")}`));
  }
  if (info.kind === "proportion") {
    for (const key of ["min", "max", "max_drop", "max_increase"]) {
      const value = gate2.bounds[key];
      if (value !== void 0 && (value < 0 || value > 1)) {
        problems.push(
          at(`${key} ${value} is outside [0, 1], but ${gate2.metric} is a proportion${value > 1 && value <= 100 ? ` (did you mean ${value / 100}?)` : ""}`)
        );
      }
    }
  }
  const baselineBounds = [...drops, ...increases];
  if (gate2.confidence !== void 0 && baselineBounds.length && gate2.metric !== "accuracy") {
    problems.push(
      at(
        `confidence on ${baselineBounds.join(", ")} uses the paired interval of the accuracy difference (baseline-predictions or a baseline-model scored on the same rows), so it applies to accuracy, not to ${gate2.metric}`
      )
    );
  }
  if (gate2.feature !== void 0 && !GROUP_METRICS.includes(gate2.metric)) {
    const suggestion = closestName(gate2.metric, GROUP_METRICS);
    problems.push(
      at(
        suggestion ? `"feature" applies to the metrics between groups, not to ${gate2.metric}: did you mean ${JSON.stringify(suggestion)}?` : `"feature" applies to the metrics between groups (${GROUP_METRICS.join(", ")}), not to ${gate2.metric}`
      )
    );
  }
  return problems;
}

// src/read/canary-analysis.ts
var PLACEHOLDERS = ["namespace", "app", "version", "window"];
var DEFAULTS = { window: 600, interval: 60, duration: 0, failureLimit: 2, minRequests: 200 };
var PATH = "/canary/analysis";
function parseCanaryAnalysis(raw, yaml, source) {
  const problems = [];
  const at = (path, message) => void problems.push({ source, line: yaml.lineOf(["canary", "analysis", ...path]), path: [PATH, ...path].join("/"), message });
  const seconds2 = (key, fallback) => {
    const value = raw[key];
    return value === void 0 ? fallback : durationSeconds(String(value));
  };
  const windowSeconds = seconds2("window", DEFAULTS.window);
  const intervalSeconds = seconds2("interval", DEFAULTS.interval);
  const duration2 = seconds2("duration", DEFAULTS.duration);
  const timeoutSeconds = seconds2("timeout", duration2 + 2 * intervalSeconds + 60);
  if (windowSeconds < 1) at(["window"], "expected at least 1s: each check reads the requests of this range");
  if (duration2 > 0 && intervalSeconds < 1) at(["interval"], "expected at least 1s between checks while watching");
  if (timeoutSeconds < duration2) at(["timeout"], `${raw.timeout} is shorter than the duration ${raw.duration}: the watch could never finish`);
  const metrics = Object.entries(raw.metrics).map(([id, spec]) => {
    const { metric = id, query, direction: given, severity = "block", description, ...bounds } = spec;
    const direction = given ?? (query === void 0 ? void 0 : impliedDirection(bounds));
    const gate2 = { id, metric, direction, severity, description, bounds, line: yaml.lineOf(["canary", "analysis", "metrics", id]) };
    problems.push(...checkGate(gate2, source, `${PATH}/metrics/${id}`));
    const builtIn = LIVE_METRICS.includes(metric);
    if (builtIn && query !== void 0)
      at(["metrics", id, "query"], `${metric} is built in, from Istio's standard metrics: leave out query, or give the custom metric another name`);
    if (!builtIn && query === void 0) {
      at(["metrics", id], `${metric} is not a built-in live metric (${LIVE_METRICS.join(", ")}): give its query, PromQL with {{version}}`);
    }
    if (query !== void 0) for (const message of queryProblems(query)) at(["metrics", id, "query"], message);
    return { name: metric, ...query === void 0 ? {} : { query }, gate: gate2 };
  });
  const target = {
    ...raw.namespace ? { namespace: raw.namespace } : {},
    ...raw.app ? { app: raw.app } : {},
    ...raw["stable-version"] ? { stableVersion: raw["stable-version"] } : {},
    ...raw["canary-version"] ? { canaryVersion: raw["canary-version"] } : {}
  };
  const config = {
    ...raw.prometheus ? { prometheus: raw.prometheus } : {},
    ...Object.keys(target).length ? { target } : {},
    windowSeconds,
    intervalSeconds,
    durationSeconds: duration2,
    timeoutSeconds,
    failureLimit: raw["failure-limit"] ?? DEFAULTS.failureLimit,
    minRequests: raw["min-requests"] ?? DEFAULTS.minRequests,
    metrics,
    line: yaml.lineOf(["canary", "analysis"])
  };
  return { config, problems };
}
function impliedDirection(bounds) {
  const keys = Object.keys(bounds);
  const drops = keys.some((key) => key.startsWith("max_drop"));
  const increases = keys.some((key) => key.startsWith("max_increase"));
  return drops === increases ? void 0 : drops ? "higher" : "lower";
}
function queryProblems(query) {
  const problems = [];
  const used = /* @__PURE__ */ new Set();
  for (const [, name] of query.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    if (PLACEHOLDERS.includes(name)) used.add(name);
    else problems.push(`unknown placeholder {{${name}}}: expected ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}`);
  }
  if (!used.has("version")) problems.push("has no {{version}}: the canary and the stable would read the same series");
  return problems;
}

// src/read/schemas/compiled/gates.js
var gates_default = validate212;
var schema62 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://model-gate.dev/schemas/gates.schema.json", "title": "model-gate gates file", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "gates": { "type": "object", "description": "Gate id \u2192 bounds. The id is the metric name unless the gate sets `metric`.", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "metric": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$", "description": "Metric to check; defaults to the gate id." }, "feature": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$", "description": "For fairness metrics: check this sensitive feature only (default: the worst feature decides)." }, "min": { "type": "number", "description": "value \u2265 min" }, "max": { "type": "number", "description": "value \u2264 max" }, "max_drop": { "type": "number", "minimum": 0, "description": "higher-is-better metrics: value \u2265 baseline \u2212 max_drop" }, "max_drop_relative": { "type": "number", "minimum": 0, "description": "higher-is-better metrics: value \u2265 baseline \xD7 (1 \u2212 max_drop_relative)" }, "max_increase": { "type": "number", "minimum": 0, "description": "lower-is-better metrics: value \u2264 baseline + max_increase" }, "max_increase_relative": { "type": "number", "minimum": 0, "description": "lower-is-better metrics: value \u2264 baseline \xD7 (1 + max_increase_relative)" }, "not_worse": { "type": "object", "additionalProperties": false, "description": "accuracy only, with baseline predictions on the same rows: fail when the candidate is significantly worse (McNemar exact test, p < alpha).", "properties": { "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "description": "significance level, default 0.05" } } }, "confidence": { "enum": [0.9, 0.95, 0.99], "description": "pass only when the metric's interval at this level clears the bound: min/max the Wilson interval, max_drop and max_drop_relative the paired interval of the accuracy difference; not_worse's alpha defaults to 1 \u2212 confidence" }, "direction": { "enum": ["higher", "lower"], "description": "Which direction is better, for metrics the engine does not know." }, "severity": { "enum": ["block", "warn"], "description": "block (default): failing rolls back. warn: failing holds the canary." }, "description": { "type": "string", "maxLength": 500 } } } }, "confidence": { "enum": [0.9, 0.95, 0.99], "description": "default confidence for every gate check that has an interval in the run; the others stay point comparisons" }, "canary": { "type": "object", "additionalProperties": false, "properties": { "steps": { "type": "array", "description": "Canary weights in percent, strictly increasing, ending at 100.", "minItems": 1, "items": { "type": "integer", "minimum": 1, "maximum": 100 } }, "analysis": { "type": "object", "additionalProperties": false, "required": ["metrics"], "description": "Judge each canary step on the canary's live metrics against the stable's (Prometheus, Istio's standard metrics).", "properties": { "prometheus": { "type": "string", "pattern": "^https?://", "maxLength": 2048, "description": "Prometheus base URL (the prometheus-url option wins)." }, "namespace": { "type": "string", "minLength": 1, "maxLength": 63, "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "description": "destination_workload_namespace, when there is no release file" }, "app": { "type": "string", "minLength": 1, "maxLength": 63, "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "description": "destination_app (the pods' app label), when there is no release file" }, "stable-version": { "type": "string", "minLength": 1, "maxLength": 63, "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "description": "the stable's pods' version label, when there is no release file" }, "canary-version": { "type": "string", "minLength": 1, "maxLength": 63, "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "description": "the canary's pods' version label, when there is no release file" }, "window": { "type": ["string", "integer"], "pattern": "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$", "minimum": 0, "maximum": 0, "description": "the range each check reads (default 10m)" }, "interval": { "type": ["string", "integer"], "pattern": "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$", "minimum": 0, "maximum": 0, "description": "time between checks while watching (default 1m)" }, "duration": { "type": ["string", "integer"], "pattern": "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$", "minimum": 0, "maximum": 0, "description": "how long one run watches the canary; 0 (default) judges the last window at once" }, "timeout": { "type": ["string", "integer"], "pattern": "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$", "minimum": 0, "maximum": 0, "description": "bounds the whole watch (default: duration + 2 intervals + 1m)" }, "failure-limit": { "type": "integer", "minimum": 1, "maximum": 1e3, "description": "failed checks before rollback (default 2)" }, "min-requests": { "type": "integer", "minimum": 0, "description": "requests each side needs in a window; fewer makes a check inconclusive (default 200)" }, "metrics": { "type": "object", "minProperties": 1, "description": "Live metric \u2192 its gate: request_error_rate, request_success_rate, request_rate, request_latency_p50_ms, _p95_ms, _p99_ms, or a custom metric with query.", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "metric": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$", "description": "Metric to check; defaults to the gate id." }, "min": { "type": "number", "description": "value \u2265 min" }, "max": { "type": "number", "description": "value \u2264 max" }, "max_drop": { "type": "number", "minimum": 0, "description": "higher-is-better metrics: value \u2265 baseline \u2212 max_drop" }, "max_drop_relative": { "type": "number", "minimum": 0, "description": "higher-is-better metrics: value \u2265 baseline \xD7 (1 \u2212 max_drop_relative)" }, "max_increase": { "type": "number", "minimum": 0, "description": "lower-is-better metrics: value \u2264 baseline + max_increase" }, "max_increase_relative": { "type": "number", "minimum": 0, "description": "lower-is-better metrics: value \u2264 baseline \xD7 (1 + max_increase_relative)" }, "direction": { "enum": ["higher", "lower"], "description": "Which direction is better, for metrics the engine does not know." }, "severity": { "enum": ["block", "warn"], "description": "block (default): failing rolls back. warn: failing holds the canary." }, "description": { "type": "string", "maxLength": 500 }, "query": { "type": "string", "minLength": 1, "maxLength": 4e3, "description": "PromQL for a custom metric, with {{namespace}}, {{app}}, {{version}} and {{window}}; built-in metrics need none." } } } } } } } } } };
var pattern02 = new RegExp("^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$", "u");
var pattern32 = new RegExp("^https?://", "u");
var pattern42 = new RegExp("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "u");
var pattern82 = new RegExp("^(0|([0-9]+(ms|s|m|h|d|w|y))+)$", "u");
var func22 = Object.prototype.hasOwnProperty;
function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "gates" || key0 === "confidence" || key0 === "canary")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.$schema.type, parentSchema: schema62.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data1 = data.gates;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          const _errs6 = errors;
          if (typeof key1 === "string") {
            if (!pattern02.test(key1)) {
              const err2 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$"', schema: "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$", parentSchema: schema62.properties.gates.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          var valid1 = _errs6 === errors;
          if (!valid1) {
            const err3 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema62.properties.gates.propertyNames, parentSchema: schema62.properties.gates, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        for (const key2 in data1) {
          let data2 = data1[key2];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key3 in data2) {
              if (!func22.call(schema62.properties.gates.additionalProperties.properties, key3)) {
                const err4 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gates/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62.properties.gates.additionalProperties, data: data2 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data2.metric !== void 0) {
              let data3 = data2.metric;
              if (typeof data3 === "string") {
                if (!pattern02.test(data3)) {
                  const err5 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/metric", schemaPath: "#/properties/gates/additionalProperties/properties/metric/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$"', schema: "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$", parentSchema: schema62.properties.gates.additionalProperties.properties.metric, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              } else {
                const err6 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/metric", schemaPath: "#/properties/gates/additionalProperties/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.gates.additionalProperties.properties.metric.type, parentSchema: schema62.properties.gates.additionalProperties.properties.metric, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.feature !== void 0) {
              let data4 = data2.feature;
              if (typeof data4 === "string") {
                if (!pattern02.test(data4)) {
                  const err7 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/feature", schemaPath: "#/properties/gates/additionalProperties/properties/feature/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$"', schema: "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$", parentSchema: schema62.properties.gates.additionalProperties.properties.feature, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/feature", schemaPath: "#/properties/gates/additionalProperties/properties/feature/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.gates.additionalProperties.properties.feature.type, parentSchema: schema62.properties.gates.additionalProperties.properties.feature, data: data4 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.min !== void 0) {
              let data5 = data2.min;
              if (!(typeof data5 == "number" && isFinite(data5))) {
                const err9 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/gates/additionalProperties/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.gates.additionalProperties.properties.min.type, parentSchema: schema62.properties.gates.additionalProperties.properties.min, data: data5 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data2.max !== void 0) {
              let data6 = data2.max;
              if (!(typeof data6 == "number" && isFinite(data6))) {
                const err10 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/gates/additionalProperties/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.gates.additionalProperties.properties.max.type, parentSchema: schema62.properties.gates.additionalProperties.properties.max, data: data6 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data2.max_drop !== void 0) {
              let data7 = data2.max_drop;
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 < 0 || isNaN(data7)) {
                  const err11 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop", schemaPath: "#/properties/gates/additionalProperties/properties/max_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.gates.additionalProperties.properties.max_drop, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop", schemaPath: "#/properties/gates/additionalProperties/properties/max_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.gates.additionalProperties.properties.max_drop.type, parentSchema: schema62.properties.gates.additionalProperties.properties.max_drop, data: data7 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data2.max_drop_relative !== void 0) {
              let data8 = data2.max_drop_relative;
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 < 0 || isNaN(data8)) {
                  const err13 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop_relative", schemaPath: "#/properties/gates/additionalProperties/properties/max_drop_relative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.gates.additionalProperties.properties.max_drop_relative, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop_relative", schemaPath: "#/properties/gates/additionalProperties/properties/max_drop_relative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.gates.additionalProperties.properties.max_drop_relative.type, parentSchema: schema62.properties.gates.additionalProperties.properties.max_drop_relative, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data2.max_increase !== void 0) {
              let data9 = data2.max_increase;
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 < 0 || isNaN(data9)) {
                  const err15 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_increase", schemaPath: "#/properties/gates/additionalProperties/properties/max_increase/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.gates.additionalProperties.properties.max_increase, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_increase", schemaPath: "#/properties/gates/additionalProperties/properties/max_increase/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.gates.additionalProperties.properties.max_increase.type, parentSchema: schema62.properties.gates.additionalProperties.properties.max_increase, data: data9 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data2.max_increase_relative !== void 0) {
              let data10 = data2.max_increase_relative;
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 < 0 || isNaN(data10)) {
                  const err17 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_increase_relative", schemaPath: "#/properties/gates/additionalProperties/properties/max_increase_relative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.gates.additionalProperties.properties.max_increase_relative, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_increase_relative", schemaPath: "#/properties/gates/additionalProperties/properties/max_increase_relative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.gates.additionalProperties.properties.max_increase_relative.type, parentSchema: schema62.properties.gates.additionalProperties.properties.max_increase_relative, data: data10 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data2.not_worse !== void 0) {
              let data11 = data2.not_worse;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                for (const key4 in data11) {
                  if (!(key4 === "alpha")) {
                    const err19 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/not_worse", schemaPath: "#/properties/gates/additionalProperties/properties/not_worse/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62.properties.gates.additionalProperties.properties.not_worse, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data11.alpha !== void 0) {
                  let data12 = data11.alpha;
                  if (typeof data12 == "number" && isFinite(data12)) {
                    if (data12 > 0.5 || isNaN(data12)) {
                      const err20 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/not_worse/alpha", schemaPath: "#/properties/gates/additionalProperties/properties/not_worse/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema62.properties.gates.additionalProperties.properties.not_worse.properties.alpha, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                    if (data12 <= 0 || isNaN(data12)) {
                      const err21 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/not_worse/alpha", schemaPath: "#/properties/gates/additionalProperties/properties/not_worse/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema62.properties.gates.additionalProperties.properties.not_worse.properties.alpha, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                  } else {
                    const err22 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/not_worse/alpha", schemaPath: "#/properties/gates/additionalProperties/properties/not_worse/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.gates.additionalProperties.properties.not_worse.properties.alpha.type, parentSchema: schema62.properties.gates.additionalProperties.properties.not_worse.properties.alpha, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/not_worse", schemaPath: "#/properties/gates/additionalProperties/properties/not_worse/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.gates.additionalProperties.properties.not_worse.type, parentSchema: schema62.properties.gates.additionalProperties.properties.not_worse, data: data11 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data2.confidence !== void 0) {
              let data13 = data2.confidence;
              if (!(data13 === 0.9 || data13 === 0.95 || data13 === 0.99)) {
                const err24 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/confidence", schemaPath: "#/properties/gates/additionalProperties/properties/confidence/enum", keyword: "enum", params: { allowedValues: schema62.properties.gates.additionalProperties.properties.confidence.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.gates.additionalProperties.properties.confidence.enum, parentSchema: schema62.properties.gates.additionalProperties.properties.confidence, data: data13 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data2.direction !== void 0) {
              let data14 = data2.direction;
              if (!(data14 === "higher" || data14 === "lower")) {
                const err25 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/properties/gates/additionalProperties/properties/direction/enum", keyword: "enum", params: { allowedValues: schema62.properties.gates.additionalProperties.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.gates.additionalProperties.properties.direction.enum, parentSchema: schema62.properties.gates.additionalProperties.properties.direction, data: data14 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data2.severity !== void 0) {
              let data15 = data2.severity;
              if (!(data15 === "block" || data15 === "warn")) {
                const err26 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/gates/additionalProperties/properties/severity/enum", keyword: "enum", params: { allowedValues: schema62.properties.gates.additionalProperties.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.gates.additionalProperties.properties.severity.enum, parentSchema: schema62.properties.gates.additionalProperties.properties.severity, data: data15 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data2.description !== void 0) {
              let data16 = data2.description;
              if (typeof data16 === "string") {
                if (data16.length > 500) {
                  const err27 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/gates/additionalProperties/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema62.properties.gates.additionalProperties.properties.description, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/gates/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.gates.additionalProperties.properties.description.type, parentSchema: schema62.properties.gates.additionalProperties.properties.description, data: data16 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/gates/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gates/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.gates.additionalProperties.type, parentSchema: schema62.properties.gates.additionalProperties, data: data2 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.gates.type, parentSchema: schema62.properties.gates, data: data1 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.confidence !== void 0) {
      let data17 = data.confidence;
      if (!(data17 === 0.9 || data17 === 0.95 || data17 === 0.99)) {
        const err31 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/enum", keyword: "enum", params: { allowedValues: schema62.properties.confidence.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.confidence.enum, parentSchema: schema62.properties.confidence, data: data17 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.canary !== void 0) {
      let data18 = data.canary;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key5 in data18) {
          if (!(key5 === "steps" || key5 === "analysis")) {
            const err32 = { instancePath: instancePath + "/canary", schemaPath: "#/properties/canary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62.properties.canary, data: data18 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data18.steps !== void 0) {
          let data19 = data18.steps;
          if (Array.isArray(data19)) {
            if (data19.length < 1) {
              const err33 = { instancePath: instancePath + "/canary/steps", schemaPath: "#/properties/canary/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema62.properties.canary.properties.steps, data: data19 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            const len0 = data19.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data20 = data19[i0];
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                const err34 = { instancePath: instancePath + "/canary/steps/" + i0, schemaPath: "#/properties/canary/properties/steps/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.canary.properties.steps.items.type, parentSchema: schema62.properties.canary.properties.steps.items, data: data20 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 > 100 || isNaN(data20)) {
                  const err35 = { instancePath: instancePath + "/canary/steps/" + i0, schemaPath: "#/properties/canary/properties/steps/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema62.properties.canary.properties.steps.items, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (data20 < 1 || isNaN(data20)) {
                  const err36 = { instancePath: instancePath + "/canary/steps/" + i0, schemaPath: "#/properties/canary/properties/steps/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62.properties.canary.properties.steps.items, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/canary/steps", schemaPath: "#/properties/canary/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema62.properties.canary.properties.steps.type, parentSchema: schema62.properties.canary.properties.steps, data: data19 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data18.analysis !== void 0) {
          let data21 = data18.analysis;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.metrics === void 0) {
              const err38 = { instancePath: instancePath + "/canary/analysis", schemaPath: "#/properties/canary/properties/analysis/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema62.properties.canary.properties.analysis.required, parentSchema: schema62.properties.canary.properties.analysis, data: data21 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            for (const key6 in data21) {
              if (!func22.call(schema62.properties.canary.properties.analysis.properties, key6)) {
                const err39 = { instancePath: instancePath + "/canary/analysis", schemaPath: "#/properties/canary/properties/analysis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62.properties.canary.properties.analysis, data: data21 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data21.prometheus !== void 0) {
              let data22 = data21.prometheus;
              if (typeof data22 === "string") {
                if (data22.length > 2048) {
                  const err40 = { instancePath: instancePath + "/canary/analysis/prometheus", schemaPath: "#/properties/canary/properties/analysis/properties/prometheus/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema62.properties.canary.properties.analysis.properties.prometheus, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (!pattern32.test(data22)) {
                  const err41 = { instancePath: instancePath + "/canary/analysis/prometheus", schemaPath: "#/properties/canary/properties/analysis/properties/prometheus/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema62.properties.canary.properties.analysis.properties.prometheus, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              } else {
                const err42 = { instancePath: instancePath + "/canary/analysis/prometheus", schemaPath: "#/properties/canary/properties/analysis/properties/prometheus/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.canary.properties.analysis.properties.prometheus.type, parentSchema: schema62.properties.canary.properties.analysis.properties.prometheus, data: data22 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data21.namespace !== void 0) {
              let data23 = data21.namespace;
              if (typeof data23 === "string") {
                if (data23.length > 63) {
                  const err43 = { instancePath: instancePath + "/canary/analysis/namespace", schemaPath: "#/properties/canary/properties/analysis/properties/namespace/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema62.properties.canary.properties.analysis.properties.namespace, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                if (data23.length < 1) {
                  const err44 = { instancePath: instancePath + "/canary/analysis/namespace", schemaPath: "#/properties/canary/properties/analysis/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema62.properties.canary.properties.analysis.properties.namespace, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                if (!pattern42.test(data23)) {
                  const err45 = { instancePath: instancePath + "/canary/analysis/namespace", schemaPath: "#/properties/canary/properties/analysis/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$" }, message: 'must match pattern "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"', schema: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", parentSchema: schema62.properties.canary.properties.analysis.properties.namespace, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/canary/analysis/namespace", schemaPath: "#/properties/canary/properties/analysis/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.canary.properties.analysis.properties.namespace.type, parentSchema: schema62.properties.canary.properties.analysis.properties.namespace, data: data23 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data21.app !== void 0) {
              let data24 = data21.app;
              if (typeof data24 === "string") {
                if (data24.length > 63) {
                  const err47 = { instancePath: instancePath + "/canary/analysis/app", schemaPath: "#/properties/canary/properties/analysis/properties/app/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema62.properties.canary.properties.analysis.properties.app, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (data24.length < 1) {
                  const err48 = { instancePath: instancePath + "/canary/analysis/app", schemaPath: "#/properties/canary/properties/analysis/properties/app/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema62.properties.canary.properties.analysis.properties.app, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                if (!pattern42.test(data24)) {
                  const err49 = { instancePath: instancePath + "/canary/analysis/app", schemaPath: "#/properties/canary/properties/analysis/properties/app/pattern", keyword: "pattern", params: { pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$" }, message: 'must match pattern "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"', schema: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", parentSchema: schema62.properties.canary.properties.analysis.properties.app, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/canary/analysis/app", schemaPath: "#/properties/canary/properties/analysis/properties/app/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.canary.properties.analysis.properties.app.type, parentSchema: schema62.properties.canary.properties.analysis.properties.app, data: data24 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data21["stable-version"] !== void 0) {
              let data25 = data21["stable-version"];
              if (typeof data25 === "string") {
                if (data25.length > 63) {
                  const err51 = { instancePath: instancePath + "/canary/analysis/stable-version", schemaPath: "#/properties/canary/properties/analysis/properties/stable-version/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema62.properties.canary.properties.analysis.properties["stable-version"], data: data25 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (data25.length < 1) {
                  const err52 = { instancePath: instancePath + "/canary/analysis/stable-version", schemaPath: "#/properties/canary/properties/analysis/properties/stable-version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema62.properties.canary.properties.analysis.properties["stable-version"], data: data25 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (!pattern42.test(data25)) {
                  const err53 = { instancePath: instancePath + "/canary/analysis/stable-version", schemaPath: "#/properties/canary/properties/analysis/properties/stable-version/pattern", keyword: "pattern", params: { pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$" }, message: 'must match pattern "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"', schema: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", parentSchema: schema62.properties.canary.properties.analysis.properties["stable-version"], data: data25 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              } else {
                const err54 = { instancePath: instancePath + "/canary/analysis/stable-version", schemaPath: "#/properties/canary/properties/analysis/properties/stable-version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.canary.properties.analysis.properties["stable-version"].type, parentSchema: schema62.properties.canary.properties.analysis.properties["stable-version"], data: data25 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data21["canary-version"] !== void 0) {
              let data26 = data21["canary-version"];
              if (typeof data26 === "string") {
                if (data26.length > 63) {
                  const err55 = { instancePath: instancePath + "/canary/analysis/canary-version", schemaPath: "#/properties/canary/properties/analysis/properties/canary-version/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema62.properties.canary.properties.analysis.properties["canary-version"], data: data26 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                if (data26.length < 1) {
                  const err56 = { instancePath: instancePath + "/canary/analysis/canary-version", schemaPath: "#/properties/canary/properties/analysis/properties/canary-version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema62.properties.canary.properties.analysis.properties["canary-version"], data: data26 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                if (!pattern42.test(data26)) {
                  const err57 = { instancePath: instancePath + "/canary/analysis/canary-version", schemaPath: "#/properties/canary/properties/analysis/properties/canary-version/pattern", keyword: "pattern", params: { pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$" }, message: 'must match pattern "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"', schema: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", parentSchema: schema62.properties.canary.properties.analysis.properties["canary-version"], data: data26 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              } else {
                const err58 = { instancePath: instancePath + "/canary/analysis/canary-version", schemaPath: "#/properties/canary/properties/analysis/properties/canary-version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.canary.properties.analysis.properties["canary-version"].type, parentSchema: schema62.properties.canary.properties.analysis.properties["canary-version"], data: data26 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data21.window !== void 0) {
              let data27 = data21.window;
              if (typeof data27 !== "string" && !(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                const err59 = { instancePath: instancePath + "/canary/analysis/window", schemaPath: "#/properties/canary/properties/analysis/properties/window/type", keyword: "type", params: { type: schema62.properties.canary.properties.analysis.properties.window.type }, message: "must be string,integer", schema: schema62.properties.canary.properties.analysis.properties.window.type, parentSchema: schema62.properties.canary.properties.analysis.properties.window, data: data27 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 > 0 || isNaN(data27)) {
                  const err60 = { instancePath: instancePath + "/canary/analysis/window", schemaPath: "#/properties/canary/properties/analysis/properties/window/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0 }, message: "must be <= 0", schema: 0, parentSchema: schema62.properties.canary.properties.analysis.properties.window, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                if (data27 < 0 || isNaN(data27)) {
                  const err61 = { instancePath: instancePath + "/canary/analysis/window", schemaPath: "#/properties/canary/properties/analysis/properties/window/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.canary.properties.analysis.properties.window, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              }
              if (typeof data27 === "string") {
                if (!pattern82.test(data27)) {
                  const err62 = { instancePath: instancePath + "/canary/analysis/window", schemaPath: "#/properties/canary/properties/analysis/properties/window/pattern", keyword: "pattern", params: { pattern: "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$" }, message: 'must match pattern "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$"', schema: "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$", parentSchema: schema62.properties.canary.properties.analysis.properties.window, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
            }
            if (data21.interval !== void 0) {
              let data28 = data21.interval;
              if (typeof data28 !== "string" && !(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
                const err63 = { instancePath: instancePath + "/canary/analysis/interval", schemaPath: "#/properties/canary/properties/analysis/properties/interval/type", keyword: "type", params: { type: schema62.properties.canary.properties.analysis.properties.interval.type }, message: "must be string,integer", schema: schema62.properties.canary.properties.analysis.properties.interval.type, parentSchema: schema62.properties.canary.properties.analysis.properties.interval, data: data28 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data28 == "number" && isFinite(data28)) {
                if (data28 > 0 || isNaN(data28)) {
                  const err64 = { instancePath: instancePath + "/canary/analysis/interval", schemaPath: "#/properties/canary/properties/analysis/properties/interval/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0 }, message: "must be <= 0", schema: 0, parentSchema: schema62.properties.canary.properties.analysis.properties.interval, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data28 < 0 || isNaN(data28)) {
                  const err65 = { instancePath: instancePath + "/canary/analysis/interval", schemaPath: "#/properties/canary/properties/analysis/properties/interval/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.canary.properties.analysis.properties.interval, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
              if (typeof data28 === "string") {
                if (!pattern82.test(data28)) {
                  const err66 = { instancePath: instancePath + "/canary/analysis/interval", schemaPath: "#/properties/canary/properties/analysis/properties/interval/pattern", keyword: "pattern", params: { pattern: "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$" }, message: 'must match pattern "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$"', schema: "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$", parentSchema: schema62.properties.canary.properties.analysis.properties.interval, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              }
            }
            if (data21.duration !== void 0) {
              let data29 = data21.duration;
              if (typeof data29 !== "string" && !(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                const err67 = { instancePath: instancePath + "/canary/analysis/duration", schemaPath: "#/properties/canary/properties/analysis/properties/duration/type", keyword: "type", params: { type: schema62.properties.canary.properties.analysis.properties.duration.type }, message: "must be string,integer", schema: schema62.properties.canary.properties.analysis.properties.duration.type, parentSchema: schema62.properties.canary.properties.analysis.properties.duration, data: data29 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              if (typeof data29 == "number" && isFinite(data29)) {
                if (data29 > 0 || isNaN(data29)) {
                  const err68 = { instancePath: instancePath + "/canary/analysis/duration", schemaPath: "#/properties/canary/properties/analysis/properties/duration/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0 }, message: "must be <= 0", schema: 0, parentSchema: schema62.properties.canary.properties.analysis.properties.duration, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (data29 < 0 || isNaN(data29)) {
                  const err69 = { instancePath: instancePath + "/canary/analysis/duration", schemaPath: "#/properties/canary/properties/analysis/properties/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.canary.properties.analysis.properties.duration, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
              if (typeof data29 === "string") {
                if (!pattern82.test(data29)) {
                  const err70 = { instancePath: instancePath + "/canary/analysis/duration", schemaPath: "#/properties/canary/properties/analysis/properties/duration/pattern", keyword: "pattern", params: { pattern: "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$" }, message: 'must match pattern "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$"', schema: "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$", parentSchema: schema62.properties.canary.properties.analysis.properties.duration, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              }
            }
            if (data21.timeout !== void 0) {
              let data30 = data21.timeout;
              if (typeof data30 !== "string" && !(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
                const err71 = { instancePath: instancePath + "/canary/analysis/timeout", schemaPath: "#/properties/canary/properties/analysis/properties/timeout/type", keyword: "type", params: { type: schema62.properties.canary.properties.analysis.properties.timeout.type }, message: "must be string,integer", schema: schema62.properties.canary.properties.analysis.properties.timeout.type, parentSchema: schema62.properties.canary.properties.analysis.properties.timeout, data: data30 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
              if (typeof data30 == "number" && isFinite(data30)) {
                if (data30 > 0 || isNaN(data30)) {
                  const err72 = { instancePath: instancePath + "/canary/analysis/timeout", schemaPath: "#/properties/canary/properties/analysis/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0 }, message: "must be <= 0", schema: 0, parentSchema: schema62.properties.canary.properties.analysis.properties.timeout, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
                if (data30 < 0 || isNaN(data30)) {
                  const err73 = { instancePath: instancePath + "/canary/analysis/timeout", schemaPath: "#/properties/canary/properties/analysis/properties/timeout/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.canary.properties.analysis.properties.timeout, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              }
              if (typeof data30 === "string") {
                if (!pattern82.test(data30)) {
                  const err74 = { instancePath: instancePath + "/canary/analysis/timeout", schemaPath: "#/properties/canary/properties/analysis/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$" }, message: 'must match pattern "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$"', schema: "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$", parentSchema: schema62.properties.canary.properties.analysis.properties.timeout, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
            }
            if (data21["failure-limit"] !== void 0) {
              let data31 = data21["failure-limit"];
              if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                const err75 = { instancePath: instancePath + "/canary/analysis/failure-limit", schemaPath: "#/properties/canary/properties/analysis/properties/failure-limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.canary.properties.analysis.properties["failure-limit"].type, parentSchema: schema62.properties.canary.properties.analysis.properties["failure-limit"], data: data31 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 > 1e3 || isNaN(data31)) {
                  const err76 = { instancePath: instancePath + "/canary/analysis/failure-limit", schemaPath: "#/properties/canary/properties/analysis/properties/failure-limit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema62.properties.canary.properties.analysis.properties["failure-limit"], data: data31 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
                if (data31 < 1 || isNaN(data31)) {
                  const err77 = { instancePath: instancePath + "/canary/analysis/failure-limit", schemaPath: "#/properties/canary/properties/analysis/properties/failure-limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62.properties.canary.properties.analysis.properties["failure-limit"], data: data31 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              }
            }
            if (data21["min-requests"] !== void 0) {
              let data32 = data21["min-requests"];
              if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
                const err78 = { instancePath: instancePath + "/canary/analysis/min-requests", schemaPath: "#/properties/canary/properties/analysis/properties/min-requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.canary.properties.analysis.properties["min-requests"].type, parentSchema: schema62.properties.canary.properties.analysis.properties["min-requests"], data: data32 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              if (typeof data32 == "number" && isFinite(data32)) {
                if (data32 < 0 || isNaN(data32)) {
                  const err79 = { instancePath: instancePath + "/canary/analysis/min-requests", schemaPath: "#/properties/canary/properties/analysis/properties/min-requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.canary.properties.analysis.properties["min-requests"], data: data32 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              }
            }
            if (data21.metrics !== void 0) {
              let data33 = data21.metrics;
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (Object.keys(data33).length < 1) {
                  const err80 = { instancePath: instancePath + "/canary/analysis/metrics", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
                for (const key7 in data33) {
                  const _errs72 = errors;
                  if (typeof key7 === "string") {
                    if (!pattern02.test(key7)) {
                      const err81 = { instancePath: instancePath + "/canary/analysis/metrics", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$"', schema: "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$", parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.propertyNames, data: key7, propertyName: key7 };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  }
                  var valid9 = _errs72 === errors;
                  if (!valid9) {
                    const err82 = { instancePath: instancePath + "/canary/analysis/metrics", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid", schema: schema62.properties.canary.properties.analysis.properties.metrics.propertyNames, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                for (const key8 in data33) {
                  let data34 = data33[key8];
                  if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                    for (const key9 in data34) {
                      if (!func22.call(schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties, key9)) {
                        const err83 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err83];
                        } else {
                          vErrors.push(err83);
                        }
                        errors++;
                      }
                    }
                    if (data34.metric !== void 0) {
                      let data35 = data34.metric;
                      if (typeof data35 === "string") {
                        if (!pattern02.test(data35)) {
                          const err84 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/metric", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/metric/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$"', schema: "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$", parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.metric, data: data35 };
                          if (vErrors === null) {
                            vErrors = [err84];
                          } else {
                            vErrors.push(err84);
                          }
                          errors++;
                        }
                      } else {
                        const err85 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/metric", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.metric.type, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.metric, data: data35 };
                        if (vErrors === null) {
                          vErrors = [err85];
                        } else {
                          vErrors.push(err85);
                        }
                        errors++;
                      }
                    }
                    if (data34.min !== void 0) {
                      let data36 = data34.min;
                      if (!(typeof data36 == "number" && isFinite(data36))) {
                        const err86 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.min.type, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.min, data: data36 };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                    if (data34.max !== void 0) {
                      let data37 = data34.max;
                      if (!(typeof data37 == "number" && isFinite(data37))) {
                        const err87 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.max.type, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.max, data: data37 };
                        if (vErrors === null) {
                          vErrors = [err87];
                        } else {
                          vErrors.push(err87);
                        }
                        errors++;
                      }
                    }
                    if (data34.max_drop !== void 0) {
                      let data38 = data34.max_drop;
                      if (typeof data38 == "number" && isFinite(data38)) {
                        if (data38 < 0 || isNaN(data38)) {
                          const err88 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/max_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.max_drop, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err88];
                          } else {
                            vErrors.push(err88);
                          }
                          errors++;
                        }
                      } else {
                        const err89 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/max_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.max_drop.type, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.max_drop, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err89];
                        } else {
                          vErrors.push(err89);
                        }
                        errors++;
                      }
                    }
                    if (data34.max_drop_relative !== void 0) {
                      let data39 = data34.max_drop_relative;
                      if (typeof data39 == "number" && isFinite(data39)) {
                        if (data39 < 0 || isNaN(data39)) {
                          const err90 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop_relative", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/max_drop_relative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.max_drop_relative, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err90];
                          } else {
                            vErrors.push(err90);
                          }
                          errors++;
                        }
                      } else {
                        const err91 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop_relative", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/max_drop_relative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.max_drop_relative.type, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.max_drop_relative, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err91];
                        } else {
                          vErrors.push(err91);
                        }
                        errors++;
                      }
                    }
                    if (data34.max_increase !== void 0) {
                      let data40 = data34.max_increase;
                      if (typeof data40 == "number" && isFinite(data40)) {
                        if (data40 < 0 || isNaN(data40)) {
                          const err92 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_increase", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/max_increase/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.max_increase, data: data40 };
                          if (vErrors === null) {
                            vErrors = [err92];
                          } else {
                            vErrors.push(err92);
                          }
                          errors++;
                        }
                      } else {
                        const err93 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_increase", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/max_increase/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.max_increase.type, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.max_increase, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err93];
                        } else {
                          vErrors.push(err93);
                        }
                        errors++;
                      }
                    }
                    if (data34.max_increase_relative !== void 0) {
                      let data41 = data34.max_increase_relative;
                      if (typeof data41 == "number" && isFinite(data41)) {
                        if (data41 < 0 || isNaN(data41)) {
                          const err94 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_increase_relative", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/max_increase_relative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.max_increase_relative, data: data41 };
                          if (vErrors === null) {
                            vErrors = [err94];
                          } else {
                            vErrors.push(err94);
                          }
                          errors++;
                        }
                      } else {
                        const err95 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_increase_relative", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/max_increase_relative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.max_increase_relative.type, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.max_increase_relative, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err95];
                        } else {
                          vErrors.push(err95);
                        }
                        errors++;
                      }
                    }
                    if (data34.direction !== void 0) {
                      let data42 = data34.direction;
                      if (!(data42 === "higher" || data42 === "lower")) {
                        const err96 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/direction/enum", keyword: "enum", params: { allowedValues: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.direction.enum, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.direction, data: data42 };
                        if (vErrors === null) {
                          vErrors = [err96];
                        } else {
                          vErrors.push(err96);
                        }
                        errors++;
                      }
                    }
                    if (data34.severity !== void 0) {
                      let data43 = data34.severity;
                      if (!(data43 === "block" || data43 === "warn")) {
                        const err97 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/severity/enum", keyword: "enum", params: { allowedValues: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.severity.enum, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.severity, data: data43 };
                        if (vErrors === null) {
                          vErrors = [err97];
                        } else {
                          vErrors.push(err97);
                        }
                        errors++;
                      }
                    }
                    if (data34.description !== void 0) {
                      let data44 = data34.description;
                      if (typeof data44 === "string") {
                        if (data44.length > 500) {
                          const err98 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.description, data: data44 };
                          if (vErrors === null) {
                            vErrors = [err98];
                          } else {
                            vErrors.push(err98);
                          }
                          errors++;
                        }
                      } else {
                        const err99 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.description.type, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.description, data: data44 };
                        if (vErrors === null) {
                          vErrors = [err99];
                        } else {
                          vErrors.push(err99);
                        }
                        errors++;
                      }
                    }
                    if (data34.query !== void 0) {
                      let data45 = data34.query;
                      if (typeof data45 === "string") {
                        if (data45.length > 4e3) {
                          const err100 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/query", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/query/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.query, data: data45 };
                          if (vErrors === null) {
                            vErrors = [err100];
                          } else {
                            vErrors.push(err100);
                          }
                          errors++;
                        }
                        if (data45.length < 1) {
                          const err101 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/query", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.query, data: data45 };
                          if (vErrors === null) {
                            vErrors = [err101];
                          } else {
                            vErrors.push(err101);
                          }
                          errors++;
                        }
                      } else {
                        const err102 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/query", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.query.type, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.properties.query, data: data45 };
                        if (vErrors === null) {
                          vErrors = [err102];
                        } else {
                          vErrors.push(err102);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err103 = { instancePath: instancePath + "/canary/analysis/metrics/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/canary/properties/analysis/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties.type, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics.additionalProperties, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
              } else {
                const err104 = { instancePath: instancePath + "/canary/analysis/metrics", schemaPath: "#/properties/canary/properties/analysis/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.canary.properties.analysis.properties.metrics.type, parentSchema: schema62.properties.canary.properties.analysis.properties.metrics, data: data33 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
          } else {
            const err105 = { instancePath: instancePath + "/canary/analysis", schemaPath: "#/properties/canary/properties/analysis/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.canary.properties.analysis.type, parentSchema: schema62.properties.canary.properties.analysis, data: data21 };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        }
      } else {
        const err106 = { instancePath: instancePath + "/canary", schemaPath: "#/properties/canary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.canary.type, parentSchema: schema62.properties.canary, data: data18 };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
  } else {
    const err107 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data };
    if (vErrors === null) {
      vErrors = [err107];
    } else {
      vErrors.push(err107);
    }
    errors++;
  }
  validate212.errors = vErrors;
  return errors === 0;
}

// src/read/gates-file.ts
function parseGatesFile(text, source, fromFile = true) {
  const yaml = parseYaml(text, source);
  const valid = validateYaml(gates_default, yaml, source);
  const gates = Object.entries(valid.gates ?? {}).map(([id, raw]) => {
    const { metric = id, feature, not_worse: notWorse, confidence: confidence2, direction, severity = "block", description, ...bounds } = raw;
    const gate2 = { id, metric, feature, direction, severity, description, bounds, line: yaml.lineOf(["gates", id]) };
    if (confidence2 !== void 0) gate2.confidence = confidence2;
    const level = confidence2 ?? valid.confidence;
    if (notWorse) gate2.notWorse = { alpha: notWorse.alpha ?? (level === void 0 ? 0.05 : roundLevel(1 - level)) };
    return gate2;
  });
  const steps = valid.canary?.steps;
  const stepsError = steps && stepsProblem(steps);
  const stepsProblems = stepsError ? [{ source, line: yaml.lineOf(["canary", "steps"]), path: "/canary/steps", message: stepsError }] : [];
  const analysis2 = valid.canary?.analysis && parseCanaryAnalysis(valid.canary.analysis, yaml, source);
  throwIfAny([...gates.flatMap((gate2) => checkGate(gate2, source)), ...stepsProblems, ...analysis2?.problems ?? []]);
  return {
    source,
    fromFile,
    gates,
    steps,
    ...valid.confidence === void 0 ? {} : { confidence: valid.confidence },
    ...analysis2 ? { analysis: analysis2.config } : {}
  };
}
function roundLevel(alpha) {
  return Number(alpha.toFixed(10));
}
export {
  DEFAULT_ISTIO_API_VERSION,
  DestinationRule,
  ISTIO_API_VERSIONS,
  ModelAlerts,
  ModelRelease,
  VirtualService,
  alertRules,
  parseGatesFile,
  parseReleaseFile,
  parseReportFile,
  planRelease,
  synthesizeRelease
};
