import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  loadFiles
} from "./chunk-YOIGH54F.js";
import {
  require_node_child_process
} from "./chunk-YCBVLEXS.js";
import {
  require_node_v8
} from "./chunk-MN2HLCWA.js";
import {
  locateInDocument,
  rangePosition,
  require_dist
} from "./chunk-D7ZPSO3Y.js";
import {
  MANIFEST_EXTENSIONS,
  UsageError,
  collectFiles
} from "./chunk-IPQB3CPI.js";
import {
  require_node_fs,
  require_node_path
} from "./chunk-4IRK2B2X.js";
import {
  isRecord,
  objectsFromDocuments,
  splitPointer
} from "./chunk-Q5AAYJWF.js";
import {
  __commonJS,
  __toESM
} from "./chunk-HMYCOVW3.js";

// builtin:node:os
var require_node_os = __commonJS({
  "builtin:node:os"(exports, module) {
    module.exports = __tollgateBuiltin("node:os");
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse4 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse4(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse4.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse4;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse4 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse4(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse4.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse4(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/cli/heap.ts
var import_node_v8 = __toESM(require_node_v8(), 1);
var BATCH_HEAP_GROWING_PERCENT = 20;
function boundHeapGrowth(execArgv, nodeOptions) {
  const given = [...execArgv, ...(nodeOptions ?? "").split(/\s+/)].some((a) => /^--heap[-_]growing[-_]percent\b/.test(a));
  if (given) return false;
  (0, import_node_v8.setFlagsFromString)(`--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`);
  return true;
}

// src/workspace/session.ts
var import_node_path7 = __toESM(require_node_path(), 1);

// src/workspace/base.ts
var import_node_child_process = __toESM(require_node_child_process(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function git(args, cwd, input) {
  const r = (0, import_node_child_process.spawnSync)("git", args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  if (r.error) throw new UsageError(`--base ${args.join(" ")}: git is not available (${r.error.message})`);
  if (r.status !== 0) throw new UsageError(`git ${args.join(" ")} failed: ${r.stderr.toString().trim().split("\n")[0]}`);
  return r.stdout;
}
function openBase(base, paths2, cwd, headFiles) {
  const asDir = (0, import_node_path.resolve)(cwd, base);
  const given = paths2.filter((p) => p !== "-").map((p) => (0, import_node_path.isAbsolute)(p) ? (0, import_node_path.relative)(cwd, p) : p);
  let opened;
  if ((0, import_node_fs.existsSync)(asDir) && (0, import_node_fs.statSync)(asDir).isDirectory()) {
    const existing = given.filter((p) => (0, import_node_fs.existsSync)((0, import_node_path.join)(asDir, p)));
    const single = given.length === 1 ? given[0] : void 0;
    if (existing.length > 0 || single === void 0 || !(0, import_node_fs.statSync)((0, import_node_path.resolve)(cwd, single)).isDirectory() || (0, import_node_path.resolve)(cwd, single) === (0, import_node_path.resolve)(cwd)) {
      opened = { files: collectFiles(existing, asDir).files, cwd: asDir, description: `${base} as the checkout root`, dispose: () => {
      } };
    } else {
      const tmp = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "tollgate-base-"));
      const link = (0, import_node_path.join)(tmp, single);
      (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(link), { recursive: true });
      (0, import_node_fs.symlinkSync)(asDir, link, "dir");
      opened = { files: collectFiles([single], tmp).files, cwd: tmp, description: `${base} as the base of ${single}`, dispose: () => (0, import_node_fs.rmSync)(tmp, { recursive: true, force: true }) };
    }
  } else {
    const tmp = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "tollgate-rev-"));
    try {
      const prefix = writeRevision(base, given.length > 0 ? given : ["."], cwd, tmp);
      const root = (0, import_node_path.join)(tmp, prefix);
      (0, import_node_fs.mkdirSync)(root, { recursive: true });
      const existing = given.filter((p) => (0, import_node_fs.existsSync)((0, import_node_path.join)(root, p)));
      opened = { files: collectFiles(existing, root).files, cwd: root, description: `git revision ${base}`, dispose: () => (0, import_node_fs.rmSync)(tmp, { recursive: true, force: true }) };
    } catch (e) {
      (0, import_node_fs.rmSync)(tmp, { recursive: true, force: true });
      throw e;
    }
  }
  const headNames = new Set(headFiles.map((f) => f.file));
  const shared = opened.files.filter((f) => headNames.has(f.file)).length;
  return shared === 0 && headFiles.length > 0 ? { ...opened, warning: `--base ${base} holds none of the ${headFiles.length} checked file${headFiles.length === 1 ? "" : "s"}; every object counts as new. Give the checkout root or the base version of the checked folder.` } : opened;
}
function writeRevision(rev, paths2, cwd, dest) {
  const check = (0, import_node_child_process.spawnSync)("git", ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd });
  if (check.status !== 0) throw new UsageError(`--base ${rev}: not a directory and not a git revision in ${cwd}`);
  const prefix = git(["rev-parse", "--show-prefix"], cwd).toString().trim();
  const specs = paths2.map((p) => (0, import_node_path.relative)(cwd, (0, import_node_path.resolve)(cwd, p)).split(import_node_path.sep).join("/") || ".");
  const listed = git(["ls-tree", "-r", "-z", "--full-name", "--name-only", rev, "--", ...specs], cwd).toString().split("\0").filter((n) => n !== "" && !n.split("/").some((seg) => seg === ".." || seg === "node_modules" || seg === ".git"));
  const renderRoots = new Set(listed.filter((n) => /(^|\/)(kustomization\.ya?ml|Kustomization|Chart\.ya?ml)$/.test(n)).map((n) => import_node_path.posix.dirname(n)));
  const underRoot = (n) => {
    for (let d = import_node_path.posix.dirname(n); ; d = import_node_path.posix.dirname(d)) {
      if (renderRoots.has(d)) return true;
      if (d === "." || d === "/" || d === "") return false;
    }
  };
  const wanted = listed.filter((n) => MANIFEST_EXTENSIONS.has(import_node_path.posix.extname(n).toLowerCase()) || underRoot(n));
  if (wanted.length === 0) return prefix;
  const out = git(["cat-file", "--batch"], cwd, wanted.map((n) => `${rev}:${n}`).join("\n") + "\n");
  let pos = 0;
  for (const name of wanted) {
    const nl = out.indexOf(10, pos);
    const m = /^\S+ (\w+) (\d+)$/.exec(out.subarray(pos, nl).toString());
    pos = nl + 1;
    if (!m) continue;
    const size = Number(m[2]);
    if (m[1] === "blob") {
      const target = (0, import_node_path.join)(dest, ...name.split("/"));
      (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(target), { recursive: true });
      (0, import_node_fs.writeFileSync)(target, out.subarray(pos, pos + size));
    }
    pos += size + 1;
  }
  return prefix;
}

// src/workspace/load.ts
var import_node_path6 = __toESM(require_node_path(), 1);
var import_yaml3 = __toESM(require_dist(), 1);

// src/workspace/mapping.ts
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var import_yaml = __toESM(require_dist(), 1);
var ORIGIN = "config.kubernetes.io/origin";
var TRANSFORMATIONS = "alpha.config.kubernetes.io/transformations";
var SourceFiles = class {
  cache = /* @__PURE__ */ new Map();
  get(abs) {
    if (!this.cache.has(abs)) {
      try {
        const lc = new import_yaml.LineCounter();
        const docs = (0, import_yaml.parseAllDocuments)((0, import_node_fs2.readFileSync)(abs, "utf8"), { lineCounter: lc });
        this.cache.set(abs, Array.isArray(docs) ? { docs, lc } : void 0);
      } catch {
        this.cache.set(abs, void 0);
      }
    }
    return this.cache.get(abs);
  }
  text(abs) {
    try {
      return (0, import_node_fs2.readFileSync)(abs, "utf8");
    } catch {
      return void 0;
    }
  }
};
function stripAnnotations(value) {
  const md = value.metadata;
  if (!isRecord(md) || !isRecord(md.annotations)) return {};
  const a = md.annotations;
  const origin = typeof a[ORIGIN] === "string" ? a[ORIGIN] : void 0;
  const transformations = typeof a[TRANSFORMATIONS] === "string" ? a[TRANSFORMATIONS] : void 0;
  delete a[ORIGIN];
  delete a[TRANSFORMATIONS];
  if (Object.keys(a).length === 0) delete md.annotations;
  return { ...origin !== void 0 ? { origin } : {}, ...transformations !== void 0 ? { transformations } : {} };
}
var nameOf = (v) => isRecord(v) && isRecord(v.metadata) && typeof v.metadata.name === "string" ? v.metadata.name : void 0;
var kindOf = (v) => isRecord(v) && typeof v.kind === "string" ? v.kind : void 0;
function findObject(src, kind, name) {
  const values = src.docs.map((d) => d.toJS({ maxAliasCount: 100 }));
  const sameKind = src.docs.filter((_, i) => kindOf(values[i]) === kind);
  const exact = sameKind.find((d) => nameOf(d.toJS({ maxAliasCount: 100 })) === name);
  if (exact) return exact;
  const within = sameKind.filter((d) => {
    const n = nameOf(d.toJS({ maxAliasCount: 100 }));
    return n !== void 0 && name !== void 0 && name.includes(n);
  });
  if (within.length === 1) return within[0];
  return sameKind.length === 1 ? sameKind[0] : void 0;
}
function locateExact(doc, lc, pointer, rendered) {
  let node = doc.contents;
  let value = rendered;
  let range;
  for (const token of splitPointer(pointer)) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === token);
      if (!pair) return void 0;
      range = pair.key?.range ?? void 0;
      node = pair.value;
      value = isRecord(value) ? value[token] : void 0;
    } else if ((0, import_yaml.isSeq)(node)) {
      const i = Number(token);
      const item = Array.isArray(value) ? value[i] : void 0;
      const want = nameOf({ metadata: item }) ?? (isRecord(item) && typeof item.name === "string" ? item.name : void 0);
      const found = want !== void 0 ? node.items.find((n) => (0, import_yaml.isMap)(n) && n.items.some((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && p.key.value === "name" && (0, import_yaml.isScalar)(p.value) && p.value.value === want)) : node.items[i];
      if (found === void 0) return void 0;
      range = found.range ?? void 0;
      node = found;
      value = item;
    } else {
      return void 0;
    }
  }
  if (!range) return void 0;
  return rangePosition(lc, range);
}
var shown = (cwd, abs) => {
  const rel = (0, import_node_path2.relative)(cwd, abs);
  return (rel === "" ? "." : rel.startsWith("..") ? abs : rel).split(import_node_path2.sep).join("/");
};
function kustomizeDocument(value, index, wrapperDir, overlayFile, ctx) {
  const { origin, transformations } = stripAnnotations(value);
  const originPath = origin ? pathField(origin) : void 0;
  const originFile = originPath ? (0, import_node_path2.resolve)(wrapperDir, originPath) : overlayFile;
  const patchKustomizations = transformations ? configuredIn(transformations).map((p) => (0, import_node_path2.resolve)(wrapperDir, p)) : [];
  const kind = kindOf(value);
  const name = nameOf(value);
  const sourceDoc = () => {
    const src = ctx.sources.get(originFile);
    const doc = src ? findObject(src, kind, name) : void 0;
    return src && doc ? { doc, lc: src.lc } : void 0;
  };
  const file = shown(ctx.cwd, originFile);
  return {
    file,
    index,
    value,
    locate(pointer) {
      const s = sourceDoc();
      const exact = s ? locateExact(s.doc, s.lc, pointer, value) : void 0;
      if (exact) return exact;
      for (const kf of patchKustomizations) {
        const k = ctx.kustomizations.get(kf);
        for (const patch of k?.patchFiles ?? []) {
          const p = locateInPatch(ctx.sources.get(patch), kind, name, pointer, value);
          if (p) return { ...p, file: shown(ctx.cwd, patch) };
        }
      }
      if (s) return locateInDocument(s.doc, s.lc, pointer);
      return { line: 1, column: 1 };
    }
  };
}
function locateInPatch(src, kind, name, pointer, rendered) {
  if (!src) return void 0;
  for (const doc of src.docs) {
    const v = doc.toJS({ maxAliasCount: 100 });
    if (Array.isArray(v) && (0, import_yaml.isSeq)(doc.contents)) {
      const i = v.findIndex((op) => isRecord(op) && typeof op.path === "string" && (pointer === op.path || pointer.startsWith(op.path + "/")));
      if (i >= 0) {
        const item = doc.contents.items[i];
        if (item?.range) return rangePosition(src.lc, item.range);
      }
      continue;
    }
    if (kindOf(v) !== kind) continue;
    const n = nameOf(v);
    if (n !== void 0 && name !== void 0 && !name.includes(n)) continue;
    const p = locateExact(doc, src.lc, pointer, rendered);
    if (p) return p;
  }
  return void 0;
}
function pathField(text) {
  try {
    const v = (0, import_yaml.parse)(text);
    if (isRecord(v) && typeof v.path === "string") return v.path;
    if (isRecord(v) && isRecord(v.configuredIn) && typeof v.configuredIn === "string") return v.configuredIn;
    if (isRecord(v) && typeof v.configuredIn === "string") return v.configuredIn;
  } catch {
  }
  return void 0;
}
function configuredIn(text) {
  try {
    const v = (0, import_yaml.parse)(text);
    if (!Array.isArray(v)) return [];
    return [...new Set(v.filter((t) => isRecord(t) && typeof t.configuredIn === "string" && isRecord(t.configuredBy) && String(t.configuredBy.kind).includes("Patch")).map((t) => t.configuredIn))];
  } catch {
    return [];
  }
}
function helmSourceFile(chartDir, source) {
  const parts = source.split("/");
  const file = (0, import_node_path2.join)(chartDir, ...parts.slice(1));
  return file.startsWith(chartDir + import_node_path2.sep) ? file : (0, import_node_path2.join)(chartDir, "Chart.yaml");
}
function helmDocument(value, index, templateFile, nth, ctx) {
  const file = shown(ctx.cwd, templateFile);
  let lines;
  return {
    file,
    index,
    value,
    locate(pointer) {
      lines ??= (ctx.sources.text(templateFile) ?? "").split("\n");
      return locateInTemplate(lines, nth, pointer);
    }
  };
}
var INDENT = /^(\s*)(- )?/;
var blankOrDirective = (l) => /^\s*(#.*)?$/.test(l) || /^\s*\{\{[^}]*\}\}\s*$/.test(l);
function locateInTemplate(lines, nth, pointer) {
  const starts = [0];
  lines.forEach((l, i) => {
    if (/^---/.test(l)) starts.push(i + 1);
  });
  const chunks = starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1] - 1 : lines.length]).filter(([s, e]) => lines.slice(s, e).some((l) => /^\s*(apiVersion|kind):/.test(l)));
  const [from, to] = chunks[Math.min(nth, chunks.length - 1)] ?? [0, lines.length];
  let line = from;
  while (line < to && !/^\s*(apiVersion|kind)\s*:/.test(lines[line])) line++;
  if (line >= to) return { line: from + 1, column: 1 };
  let found = { line, column: INDENT.exec(lines[line])[1].length + 1 };
  let start = from;
  let end = to;
  let parentIndent = -1;
  for (const token of splitPointer(pointer)) {
    let hit = -1;
    let hitIndent = -1;
    if (/^\d+$/.test(token)) {
      const items = [];
      let itemIndent = -1;
      for (let i = start; i < end; i++) {
        const l = lines[i];
        if (blankOrDirective(l)) continue;
        const m = /^(\s*)- /.exec(l);
        if (!m) continue;
        if (m[1].length <= parentIndent) continue;
        if (itemIndent === -1) itemIndent = m[1].length;
        if (m[1].length === itemIndent) items.push(i);
      }
      if (items.length === 0) break;
      hit = items[Math.min(Number(token), items.length - 1)];
      hitIndent = itemIndent;
    } else {
      const key = new RegExp(`^(\\s*)(- )?["']?${token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`);
      for (let i = start; i < end; i++) {
        const m = key.exec(lines[i]);
        if (m && m[1].length + (m[2] ? 2 : 0) > parentIndent) {
          hit = i;
          hitIndent = m[1].length + (m[2] ? 2 : 0);
          break;
        }
      }
      if (hit === -1) break;
    }
    found = { line: hit, column: hitIndent + 1 };
    let blockEnd = hit + 1;
    while (blockEnd < end && (blankOrDirective(lines[blockEnd]) || INDENT.exec(lines[blockEnd])[1].length > hitIndent)) blockEnd++;
    start = /^\d+$/.test(token) ? hit : hit + 1;
    end = blockEnd;
    parentIndent = /^\d+$/.test(token) ? hitIndent - 1 : hitIndent;
    if (/^\d+$/.test(token)) {
      parentIndent = hitIndent + 1;
      start = hit;
    }
  }
  return { line: found.line + 1, column: found.column };
}

// src/workspace/render.ts
var import_node_child_process2 = __toESM(require_node_child_process(), 1);
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_node_os2 = __toESM(require_node_os(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);
function executable(p) {
  try {
    (0, import_node_fs3.accessSync)(p, import_node_fs3.constants.X_OK);
    return (0, import_node_fs3.statSync)(p).isFile();
  } catch {
    return false;
  }
}
function onPath(name, pathVar) {
  for (const dir of (pathVar ?? "").split(import_node_path3.delimiter)) {
    if (dir === "") continue;
    const p = (0, import_node_path3.join)(dir, name);
    if (executable(p)) return p;
  }
  return void 0;
}
function findRenderers(config, configDir, pathVar) {
  const configured = (p) => p !== void 0 && executable((0, import_node_path3.resolve)(configDir, p)) ? (0, import_node_path3.resolve)(configDir, p) : void 0;
  const kustomize = onPath("kustomize", pathVar);
  const kubectl = onPath("kubectl", pathVar);
  const helm = onPath("helm", pathVar) ?? configured(config?.helm);
  const k = kustomize ? { command: kustomize, args: ["build"], label: "kustomize build" } : kubectl ? { command: kubectl, args: ["kustomize"], label: "kubectl kustomize" } : configured(config?.kustomize) ? { command: configured(config?.kustomize), args: ["build"], label: "kustomize build" } : configured(config?.kubectl) ? { command: configured(config?.kubectl), args: ["kustomize"], label: "kubectl kustomize" } : void 0;
  return { ...k ? { kustomize: k } : {}, ...helm ? { helm: { command: helm, args: ["template"], label: "helm template" } } : {} };
}
function isolatedEnv(home) {
  const closed = "http://127.0.0.1:9";
  return {
    PATH: process.env.PATH ?? "",
    HOME: home,
    XDG_CONFIG_HOME: (0, import_node_path3.join)(home, "config"),
    XDG_CACHE_HOME: (0, import_node_path3.join)(home, "cache"),
    XDG_DATA_HOME: (0, import_node_path3.join)(home, "data"),
    HELM_CACHE_HOME: (0, import_node_path3.join)(home, "helm-cache"),
    HELM_CONFIG_HOME: (0, import_node_path3.join)(home, "helm-config"),
    HELM_DATA_HOME: (0, import_node_path3.join)(home, "helm-data"),
    KUSTOMIZE_PLUGIN_HOME: (0, import_node_path3.join)(home, "no-plugins"),
    HTTP_PROXY: closed,
    HTTPS_PROXY: closed,
    http_proxy: closed,
    https_proxy: closed,
    NO_PROXY: "",
    GIT_TERMINAL_PROMPT: "0",
    GIT_ALLOW_PROTOCOL: "file"
  };
}
function run(r, args, home, limits) {
  const started = performance.now();
  return new Promise((done) => {
    (0, import_node_child_process2.execFile)(
      r.command,
      [...r.args, ...args],
      { env: isolatedEnv(home), timeout: limits.timeoutMs, killSignal: "SIGKILL", maxBuffer: 256 * 1024 * 1024, encoding: "utf8", windowsHide: true },
      (err, stdout, stderr) => {
        const milliseconds = performance.now() - started;
        if (!err) return done({ ok: true, stdout, message: "", milliseconds });
        const killed = err.killed === true;
        const text = killed ? `${r.label} did not finish within ${Math.round(limits.timeoutMs / 1e3)} s` : (stderr || err.message).trim().split("\n").slice(0, 6).join("\n");
        done({ ok: false, stdout: "", message: text, milliseconds });
      }
    );
  });
}
async function renderKustomize(r, overlayDir, limits) {
  const tmp = (0, import_node_fs3.mkdtempSync)((0, import_node_path3.join)((0, import_node_os2.tmpdir)(), "tollgate-kustomize-"));
  try {
    const wrapper = (0, import_node_path3.join)(tmp, "wrapper");
    (0, import_node_fs3.mkdirSync)(wrapper);
    const ref = (0, import_node_path3.relative)(wrapper, overlayDir).split("\\").join("/");
    (0, import_node_fs3.writeFileSync)(
      (0, import_node_path3.join)(wrapper, "kustomization.yaml"),
      `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- ${JSON.stringify(ref)}
buildMetadata: [originAnnotations, transformerAnnotations]
`
    );
    const out = await run(r, [wrapper], (0, import_node_path3.join)(tmp, "home"), limits);
    return { ...out, wrapperDir: wrapper };
  } finally {
    (0, import_node_fs3.rmSync)(tmp, { recursive: true, force: true });
  }
}
async function renderHelm(r, rel, limits) {
  const tmp = (0, import_node_fs3.mkdtempSync)((0, import_node_path3.join)((0, import_node_os2.tmpdir)(), "tollgate-helm-"));
  try {
    const missing = rel.values.find((v) => !(0, import_node_fs3.existsSync)(v));
    if (missing) return { ok: false, stdout: "", message: `values file ${missing} not found`, milliseconds: 0 };
    const args = [rel.release, rel.chartDir, ...rel.namespace ? ["--namespace", rel.namespace] : [], ...rel.values.flatMap((v) => ["--values", v])];
    return await run(r, args, (0, import_node_path3.join)(tmp, "home"), limits);
  } finally {
    (0, import_node_fs3.rmSync)(tmp, { recursive: true, force: true });
  }
}
async function pool(jobs, parallel) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, jobs.length)) }, worker));
  return results;
}

// src/workspace/units.ts
var import_node_path5 = __toESM(require_node_path(), 1);
var import_picomatch = __toESM(require_picomatch2(), 1);

// src/workspace/kustomization.ts
var import_node_fs4 = __toESM(require_node_fs(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);
var import_yaml2 = __toESM(require_dist(), 1);
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function kustomizationFileIn(dir) {
  for (const n of KUSTOMIZATION_NAMES) {
    const p = (0, import_node_path4.join)(dir, n);
    if ((0, import_node_fs4.existsSync)(p) && (0, import_node_fs4.statSync)(p).isFile()) return p;
  }
  return void 0;
}
function isRemoteReference(ref) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || /^git@/.test(ref) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(ref) || /[?&]ref=/.test(ref) || /\.git(\/\/|$)/.test(ref);
}
var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
var paths = (v) => Array.isArray(v) ? v.flatMap((x) => typeof x === "string" ? [x] : isRecord(x) && typeof x.path === "string" ? [x.path] : []) : [];
function readKustomization(file) {
  const dir = (0, import_node_path4.dirname)(file);
  const empty = { file, dir, kustomizations: [], resourceFiles: [], patchFiles: [], remote: [], unsupported: [] };
  let value;
  try {
    value = (0, import_yaml2.parse)((0, import_node_fs4.readFileSync)(file, "utf8"), { maxAliasCount: 100 });
  } catch (e) {
    return { ...empty, problem: e.message.split("\n")[0] };
  }
  if (!isRecord(value)) return empty;
  const kustomizations = [];
  const resourceFiles = [];
  const remote = [];
  for (const ref of [...strings(value.resources), ...strings(value.bases), ...strings(value.components)]) {
    if (isRemoteReference(ref)) {
      remote.push(ref);
      continue;
    }
    const abs = (0, import_node_path4.resolve)(dir, ref);
    if (!(0, import_node_fs4.existsSync)(abs)) continue;
    if ((0, import_node_fs4.statSync)(abs).isDirectory()) kustomizations.push(abs);
    else if (abs.startsWith(dir + import_node_path4.sep)) resourceFiles.push(abs);
  }
  const patchFiles = [
    ...strings(value.patchesStrategicMerge).filter((p) => !p.includes("\n")),
    ...paths(value.patches),
    ...paths(value.patchesJson6902)
  ].map((p) => (0, import_node_path4.resolve)(dir, p)).filter((p) => p.startsWith(dir + import_node_path4.sep));
  const unsupported = value.helmCharts !== void 0 ? ["helmCharts"] : [];
  return {
    ...empty,
    ...typeof value.namespace === "string" && value.namespace !== "" ? { namespace: value.namespace } : {},
    kustomizations,
    resourceFiles,
    patchFiles,
    remote,
    unsupported
  };
}

// src/workspace/units.ts
var import_node_fs5 = __toESM(require_node_fs(), 1);
var isKustomizationName = (n) => KUSTOMIZATION_NAMES.includes(n);
var isChartName = (n) => n === "Chart.yaml" || n === "Chart.yml";
function discoverUnits(files, options) {
  const { cwd } = options;
  const abs = (f) => f.file === "<stdin>" ? (0, import_node_path5.join)(cwd, "<stdin>") : (0, import_node_path5.resolve)(cwd, f.file);
  const display = (a) => {
    const rel = (0, import_node_path5.relative)(cwd, a);
    return (rel === "" ? "." : rel.startsWith("..") ? a : rel).split(import_node_path5.sep).join("/");
  };
  const dirs = new Set(files.map((f) => (0, import_node_path5.dirname)(abs(f))));
  const byDir = /* @__PURE__ */ new Map();
  const pending = [];
  for (const d of dirs) {
    const k = kustomizationFileIn(d);
    if (k) pending.push(k);
  }
  const inRun = new Set(pending.map((k) => (0, import_node_path5.dirname)(k)));
  while (pending.length > 0) {
    const file = pending.pop();
    if (byDir.has((0, import_node_path5.dirname)(file))) continue;
    const k = readKustomization(file);
    byDir.set(k.dir, k);
    for (const d of k.kustomizations) {
      const f = kustomizationFileIn(d);
      if (f && !byDir.has(d)) pending.push(f);
    }
  }
  const included = new Set([...byDir.values()].flatMap((k) => k.kustomizations));
  const claimed = /* @__PURE__ */ new Set();
  for (const k of byDir.values()) {
    for (const f of [...k.resourceFiles, ...k.patchFiles]) claimed.add(f);
  }
  const kustomizeDirs = new Set(byDir.keys());
  const chartDirs = [...new Set(files.filter((f) => isChartName((0, import_node_path5.basename)(f.file))).map((f) => (0, import_node_path5.dirname)(abs(f))))].sort();
  const topCharts = chartDirs.filter((d) => !chartDirs.some((o) => o !== d && d.startsWith(o + import_node_path5.sep)));
  const underChart = (a) => topCharts.some((c) => a.startsWith(c + import_node_path5.sep));
  const settings = options.units ?? [];
  const settingFor = (dir) => {
    const p = options.repoPathOf(display(dir));
    return settings.find((s) => (0, import_picomatch.default)(s.path.replace(/^\.\//, "").replace(/\/+$/, ""), { dot: true })(p));
  };
  const units = [];
  const none = { documents: [], problems: [], fileCount: 0, kustomizations: [] };
  for (const d of [...inRun].filter((d2) => !included.has(d2)).sort()) {
    const chain = closure(d, byDir);
    const setting = settingFor(d);
    units.push({ ...none, name: display(d), kind: "kustomize", dir: d, kustomizations: chain, ...envOf(setting, (0, import_node_path5.basename)(d)), ...setting ? { setting } : {} });
  }
  for (const d of topCharts) {
    const setting = settingFor(d);
    units.push({ ...none, name: display(d), kind: "helm", dir: d, ...setting?.environment ? { environment: setting.environment } : {}, ...setting ? { setting } : {} });
  }
  const plain = files.filter((f) => {
    const a = abs(f);
    if (isKustomizationName((0, import_node_path5.basename)(a)) || isChartName((0, import_node_path5.basename)(a))) return false;
    return !claimed.has(a) && !kustomizeDirs.has((0, import_node_path5.dirname)(a)) && !underChart(a) && !topCharts.includes((0, import_node_path5.dirname)(a));
  });
  if (plain.length === 0) return units;
  const loaded = loadFiles(plain);
  const docsByFile = groupBy(loaded.documents, (d) => d.file ?? "");
  const problemsByFile = groupBy(loaded.problems, (p) => p.file);
  let rest = plain;
  const candidates = [...new Set(plain.flatMap((f) => ancestors((0, import_node_path5.dirname)(abs(f)), cwd)))].sort();
  for (const d of candidates) {
    const setting = settingFor(d);
    if (!setting) continue;
    const mine = rest.filter((f) => abs(f).startsWith(d + import_node_path5.sep));
    if (mine.length === 0) continue;
    rest = rest.filter((f) => !mine.includes(f));
    units.push(plainUnit(display(d), d, mine, docsByFile, problemsByFile, setting.environment, setting));
  }
  if (rest.length === 0) return units;
  const identities = /* @__PURE__ */ new Map();
  for (const f of rest) {
    const objs = objectsFromDocuments(docsByFile.get(f.file) ?? []).objects;
    identities.set(f.file, objs.filter((o) => o.metadata.name !== void 0).map((o) => `${group(o.apiVersion)}|${o.kind}|${o.metadata.namespace ?? ""}|${o.metadata.name}`));
  }
  const root = commonDir(rest.map((f) => (0, import_node_path5.dirname)(abs(f))));
  const childrenOf = (dir, list) => groupBy(list.filter((f) => (0, import_node_path5.dirname)(abs(f)) !== dir), (f) => (0, import_node_path5.relative)(dir, abs(f)).split(import_node_path5.sep)[0]);
  const siblingsShare = (children) => {
    const seen = /* @__PURE__ */ new Map();
    for (const [child, childFiles] of children) {
      for (const id of childFiles.flatMap((f) => identities.get(f.file) ?? [])) {
        const other = seen.get(id);
        if (other !== void 0 && other !== child) return true;
        seen.set(id, child);
      }
    }
    return false;
  };
  const needsSplit = (dir, list) => {
    const children = childrenOf(dir, list);
    return siblingsShare(children) || [...children].some(([child, childFiles]) => needsSplit((0, import_node_path5.join)(dir, child), childFiles));
  };
  const split = (dir, list, environment) => {
    if (!needsSplit(dir, list)) {
      units.push(plainUnit(display(dir), dir, list, docsByFile, problemsByFile, environment));
      return;
    }
    const own = list.filter((f) => (0, import_node_path5.dirname)(abs(f)) === dir);
    if (own.length > 0) units.push(plainUnit(display(dir), dir, own, docsByFile, problemsByFile, environment));
    const children = childrenOf(dir, list);
    const environments = siblingsShare(children);
    for (const [child, childFiles] of children) split((0, import_node_path5.join)(dir, child), childFiles, environments ? child : environment);
  };
  split(root, rest, void 0);
  return units;
}
function plainUnit(name, dir, files, docs, problems, environment, setting) {
  return {
    name,
    kind: "plain",
    dir,
    ...environment ? { environment } : {},
    ...setting ? { setting } : {},
    documents: files.flatMap((f) => docs.get(f.file) ?? []),
    problems: files.flatMap((f) => problems.get(f.file) ?? []),
    fileCount: files.length,
    kustomizations: []
  };
}
function envOf(setting, folder) {
  return { environment: setting?.environment ?? folder };
}
function closure(dir, byDir) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (d) => {
    if (seen.has(d)) return;
    seen.add(d);
    const k = byDir.get(d);
    if (!k) return;
    out.push(k);
    for (const c of k.kustomizations) visit(c);
  };
  visit(dir);
  return out;
}
function unrenderedFiles(chain) {
  const out = /* @__PURE__ */ new Map();
  const byDir = new Map(chain.map((k) => [k.dir, k]));
  const visit = (k, namespace, seen) => {
    if (seen.has(k.dir)) return;
    seen.add(k.dir);
    const ns = namespace ?? k.namespace;
    for (const f of k.resourceFiles) if (!out.has(f)) out.set(f, ns);
    for (const d of k.kustomizations) {
      const inner = byDir.get(d);
      if (inner) visit(inner, ns, seen);
    }
  };
  if (chain[0]) visit(chain[0], void 0, /* @__PURE__ */ new Set());
  return [...out].map(([file, namespace]) => ({ file, ...namespace ? { namespace } : {} }));
}
function readInputFile(absPath, shown3) {
  return { file: shown3, read: () => (0, import_node_fs5.readFileSync)(absPath) };
}
function group(apiVersion) {
  const i = apiVersion.indexOf("/");
  return i === -1 ? "" : apiVersion.slice(0, i);
}
function ancestors(dir, stop) {
  const out = [];
  let d = dir;
  for (let i = 0; i < 64; i++) {
    out.push(d);
    if (d === stop || !d.startsWith(stop + import_node_path5.sep)) break;
    d = (0, import_node_path5.dirname)(d);
  }
  return out;
}
function commonDir(dirs) {
  let common = dirs[0];
  for (const d of dirs) {
    while (common !== d && !d.startsWith(common.endsWith(import_node_path5.sep) ? common : common + import_node_path5.sep)) {
      const up = (0, import_node_path5.dirname)(common);
      if (up === common) return common;
      common = up;
    }
  }
  return common;
}
function groupBy(items, key) {
  const m = /* @__PURE__ */ new Map();
  for (const t of items) {
    const k = key(t);
    const l = m.get(k);
    if (l) l.push(t);
    else m.set(k, [t]);
  }
  return m;
}

// src/workspace/load.ts
async function loadWorkspace(input) {
  const plans = discoverUnits(input.files, { cwd: input.cwd, repoPathOf: input.repoPathOf, ...input.config.units ? { units: input.config.units } : {} });
  const renderers = input.render === false ? {} : findRenderers(input.configRenderers === false ? void 0 : input.config.renderers, input.configDir, input.pathVar ?? process.env.PATH);
  const limits = {
    timeoutMs: (input.config.renderers?.timeoutSeconds ?? 60) * 1e3,
    parallel: input.config.renderers?.parallel ?? 4
  };
  const sources = new SourceFiles();
  let renderMs = 0;
  let renders = 0;
  const spans = [];
  const jobs = plans.map((plan) => async () => {
    if (plan.kind === "plain") return plainInput(plan);
    const t = { renderMs: 0, ran: false };
    const unit = plan.kind === "kustomize" ? await kustomizeUnit(plan, renderers, limits, input, sources, t) : await helmUnit(plan, renderers, limits, input, sources, t);
    renderMs += t.renderMs;
    if (t.ran) renders++;
    if (t.span) spans.push(t.span);
    return unit;
  });
  const units = (await pool(jobs, limits.parallel)).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { units, renderMs, renders, renderWallMs: unionLength(spans) };
}
function unionLength(spans) {
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}
function plainInput(plan) {
  return {
    name: plan.name,
    kind: plan.kind,
    ...plan.environment ? { environment: plan.environment } : {},
    documents: plan.documents,
    problems: plan.problems,
    fileCount: plan.fileCount,
    notes: []
  };
}
var shown2 = (cwd, abs) => {
  const rel = (0, import_node_path6.relative)(cwd, abs);
  return (rel === "" ? "." : rel.startsWith("..") ? abs : rel).split(import_node_path6.sep).join("/");
};
async function kustomizeUnit(plan, renderers, limits, input, sources, t) {
  const overlay = plan.kustomizations[0];
  const overlayFile = shown2(input.cwd, overlay.file);
  const notes = [];
  const remote = plan.kustomizations.flatMap((k) => k.remote.map((r) => ({ k, r })));
  const unsupported = plan.kustomizations.flatMap((k) => k.unsupported.map((u) => ({ k, u })));
  const base = { name: plan.name, kind: plan.kind, ...plan.environment ? { environment: plan.environment } : {} };
  let reason;
  if (plan.setting?.render === false) reason = void 0;
  else if (remote.length > 0) reason = `it includes the remote base ${remote[0].r} (in ${shown2(input.cwd, remote[0].k.file)}), which tollgate does not fetch`;
  else if (unsupported.length > 0) reason = `${shown2(input.cwd, unsupported[0].k.file)} uses ${unsupported[0].u}, which tollgate does not enable`;
  else if (!renderers.kustomize) reason = "install kustomize or kubectl";
  if (plan.setting?.render !== false && reason === void 0) {
    t.ran = true;
    const started = performance.now();
    const out = await renderKustomize(renderers.kustomize, plan.dir, limits);
    t.renderMs = out.milliseconds;
    t.span = [started, performance.now()];
    if (out.ok) {
      const ctx = { cwd: input.cwd, sources, kustomizations: new Map(plan.kustomizations.map((k) => [k.file, k])) };
      const documents = [];
      const problems = [];
      renderedValues(out.stdout).forEach((v, i) => documents.push(kustomizeDocument(v, i, out.wrapperDir, overlay.file, ctx)));
      return { ...base, documents, problems, fileCount: countFiles(plan.kustomizations), notes };
    }
    notes.push({ ruleId: "render/failed", file: overlayFile, line: 1, column: 1, message: `overlay ${plan.name} could not be rendered: ${renderers.kustomize.label} said: ${out.message}` });
  } else if (reason !== void 0) {
    notes.push({ ruleId: "render/not-rendered", file: overlayFile, line: 1, column: 1, message: `overlay ${plan.name} not rendered: ${reason}; its resource files are checked as they are, with the kustomization's namespace.` });
  }
  return { ...base, ...unrendered(plan.kustomizations, input.cwd), notes };
}
function unrendered(chain, cwd) {
  const list = unrenderedFiles(chain);
  const files = list.map((f) => readInputFile(f.file, shown2(cwd, f.file)));
  const namespaces = new Map(list.filter((f) => f.namespace).map((f) => [shown2(cwd, f.file), f.namespace]));
  const loaded = loadFiles(files);
  return { documents: loaded.documents, problems: loaded.problems, fileCount: files.length, ...namespaces.size > 0 ? { namespaceForFile: (f) => namespaces.get(f) } : {} };
}
async function helmUnit(plan, renderers, limits, input, sources, t) {
  const chartFile = shown2(input.cwd, (0, import_node_path6.join)(plan.dir, "Chart.yaml"));
  const namespace = plan.setting?.namespace;
  const base = {
    name: plan.name,
    kind: plan.kind,
    ...plan.environment ? { environment: plan.environment } : {},
    fileCount: 0,
    ...namespace ? { namespaceForFile: () => namespace } : {}
  };
  if (plan.setting?.render === false || !renderers.helm) {
    const why = renderers.helm ? "rendering is switched off in config" : "install helm";
    return { ...base, documents: [], problems: [], notes: [{ ruleId: "render/not-rendered", file: chartFile, line: 1, column: 1, message: `chart ${plan.name} not rendered: ${why}; its templates are not checked.` }] };
  }
  const release = plan.setting?.release ?? releaseName((0, import_node_path6.basename)(plan.dir));
  const values = (plan.setting?.values ?? []).map((v) => (0, import_node_path6.resolve)(plan.dir, v));
  const outside = values.find((v) => !v.startsWith(plan.dir + import_node_path6.sep) && !v.startsWith(input.configDir + import_node_path6.sep));
  if (outside) {
    return { ...base, documents: [], problems: [], notes: [{ ruleId: "render/failed", file: chartFile, line: 1, column: 1, message: `chart ${plan.name} not rendered: values file ${shown2(input.cwd, outside)} is outside the chart and the repository` }] };
  }
  t.ran = true;
  const started = performance.now();
  const out = await renderHelm(renderers.helm, { chartDir: plan.dir, release, ...namespace ? { namespace } : {}, values }, limits);
  t.renderMs = out.milliseconds;
  t.span = [started, performance.now()];
  if (!out.ok) {
    return { ...base, documents: [], problems: [], notes: [{ ruleId: "render/failed", file: chartFile, line: 1, column: 1, message: `chart ${plan.name} could not be rendered: helm template said: ${out.message}` }] };
  }
  const ctx = { cwd: input.cwd, sources, kustomizations: /* @__PURE__ */ new Map() };
  const documents = [];
  const nthOf = /* @__PURE__ */ new Map();
  const templates = /* @__PURE__ */ new Set();
  let index = 0;
  for (const chunk of out.stdout.split(/^---\s*$/m)) {
    const source = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim();
    let value;
    try {
      value = (0, import_yaml3.parse)(chunk, { maxAliasCount: 100 });
    } catch {
      continue;
    }
    if (!isRecord(value) || source === void 0) continue;
    const file = helmSourceFile(plan.dir, source);
    const n = nthOf.get(file) ?? 0;
    nthOf.set(file, n + 1);
    templates.add(file);
    documents.push(helmDocument(value, index++, file, n, ctx));
  }
  return { ...base, documents, problems: [], fileCount: templates.size, notes: [] };
}
function renderedValues(stdout) {
  const out = [];
  for (const chunk of stdout.split(/^---\s*$/m)) {
    try {
      const v = (0, import_yaml3.parse)(chunk, { maxAliasCount: 100 });
      if (isRecord(v)) out.push(v);
    } catch {
    }
  }
  return out;
}
function countFiles(chain) {
  return new Set(chain.flatMap((k) => [k.file, ...k.resourceFiles, ...k.patchFiles])).size;
}
function releaseName(folder) {
  const n = folder.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 53);
  return n === "" ? "release" : n;
}

// src/workspace/session.ts
async function openSession(input) {
  const collected = collectFiles(input.paths, input.cwd, input.stdin);
  const configDir = input.configFile ? (0, import_node_path7.dirname)(input.configFile) : input.cwd;
  const repoPathOf = input.context.repoPathOf ?? ((f) => f);
  const head = await loadWorkspace({ files: collected.files, cwd: input.cwd, config: input.config, configDir, repoPathOf });
  const messages = [];
  let base;
  let dispose = () => {
  };
  if (input.base !== void 0) {
    const opened = openBase(input.base, input.paths, input.cwd, collected.files);
    dispose = () => opened.dispose();
    messages.push(`tollgate: --base: reading ${opened.description} (${opened.files.length} file${opened.files.length === 1 ? "" : "s"})`);
    if (opened.warning) messages.push(`tollgate: warning: ${opened.warning}`);
    try {
      base = await loadWorkspace({ files: opened.files, cwd: opened.cwd, config: input.config, configDir, repoPathOf });
    } catch (e) {
      dispose();
      throw e;
    }
  }
  return { head, ...base ? { base } : {}, problems: collected.problems, headFiles: collected.files, messages, dispose };
}

// src/cli/usage.ts
var import_node_fs6 = __toESM(require_node_fs(), 1);
var import_node_path8 = __toESM(require_node_path(), 1);
function requireManifests(found, paths2, allowEmpty) {
  if (allowEmpty || found.files.length > 0 || found.problems.length > 0) return;
  const where = paths2.map((p) => p === "-" ? "stdin" : p).join(", ");
  throw new UsageError(`no manifest (.yaml, .yml or .json file) found in ${where}; check the path, or pass --allow-empty if none is expected`);
}
function writeOutput(file, text) {
  try {
    (0, import_node_fs6.writeFileSync)(file, text);
  } catch (e) {
    const code = e.code;
    throw new UsageError(`--output ${file}: ${code === "ENOENT" ? `directory ${(0, import_node_path8.dirname)(file)} does not exist` : errnoText(e)}`);
  }
}
function errnoText(e) {
  switch (e?.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a parent is not a directory";
    default:
      return e?.message ?? String(e);
  }
}

export {
  boundHeapGrowth,
  openSession,
  requireManifests,
  writeOutput,
  errnoText
};
