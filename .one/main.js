import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url);
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
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
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

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name2, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name2[0]) {
          case "<":
            this.required = true;
            this._name = name2.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name2.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name2;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group3 = getGroup(item);
          if (!result.has(group3)) result.set(group3, []);
        });
        visibleItems.forEach((item) => {
          const group3 = getGroup(item);
          if (!result.has(group3)) {
            result.set(group3, []);
          }
          result.get(group3).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group3) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group3, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub2) => sub2.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group3) => {
          const commandList = commands.map((sub2) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub2)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub2))
            );
          });
          output = output.concat(this.formatItemList(group3, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str2) {
        return stripColor(str2).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str2) {
        return str2;
      }
      styleUsage(str2) {
        return str2.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleOptionDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleSubcommandDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleArgumentDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleDescriptionText(str2) {
        return str2;
      }
      styleOptionTerm(str2) {
        return this.styleOptionText(str2);
      }
      styleSubcommandTerm(str2) {
        return str2.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str2) {
        return this.styleArgumentText(str2);
      }
      styleOptionText(str2) {
        return str2;
      }
      styleArgumentText(str2) {
        return str2;
      }
      styleSubcommandText(str2) {
        return str2;
      }
      styleCommandText(str2) {
        return str2;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str2) {
        return /\n[^\S\r\n]/.test(str2);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str2, width) {
        if (width < this.minWidthToWrap) return str2;
        const rawLines = str2.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str2) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str2.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names2) {
        this.conflictsWith = this.conflictsWith.concat(names2);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name2) {
        this.envVar = name2;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key2) => {
          if (this.positiveOptions.has(key2)) {
            this.dualOptions.add(key2);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str2) {
      return str2.split("-").reduce((str3, word) => {
        return str3 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name2) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name2 || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str2) => process2.stdout.write(str2),
          writeErr: (str2) => process2.stderr.write(str2),
          outputError: (str2, write) => write(str2),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str2) => stripColor(str2)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name2, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name2);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name2) {
        return new _Command(name2);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name2, description) {
        return new Argument2(name2, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name2, description, parseArg, defaultValue) {
        const argument = this.createArgument(name2, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names2) {
        names2.trim().split(/ +/).forEach((detail2) => {
          this.argument(detail2);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name2) => this._findCommand(name2)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name2 = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name2,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name2, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name2);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name2, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key2) {
        if (this._storeOptionsAsProperties) {
          return this[key2];
        }
        return this._optionValues[key2];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key2, value) {
        return this.setOptionValueWithSource(key2, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key2, value, source2) {
        if (this._storeOptionsAsProperties) {
          this[key2] = value;
        } else {
          this._optionValues[key2] = value;
        }
        this._optionValueSources[key2] = source2;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key2) {
        return this._optionValueSources[key2];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key2) {
        let source2;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key2) !== void 0) {
            source2 = cmd.getOptionValueSource(key2);
          }
        });
        return source2;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name2) {
        if (!name2) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name2 || cmd._aliases.includes(name2)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key2 = this.options[i].attributeName();
            result[key2] = key2 === this._versionOptionName ? this._version : this[key2];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name2) {
        const message = `error: missing required argument '${name2}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source2 = this.getOptionValueSource(optionKey);
          if (source2 === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str2, flags, description) {
        if (str2 === void 0) return this._version;
        this._version = str2;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str2}
`);
          this._exit(0, "commander.version", str2);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str2, argsDescription) {
        if (str2 === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str2;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str2) {
        if (str2 === void 0) return this._summary;
        this._summary = str2;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str2) {
        if (str2 === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str2;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str2) {
        if (str2 === void 0) return this._name;
        this._name = str2;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str2) => this._outputConfiguration.writeErr(str2);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str2) => this._outputConfiguration.writeOut(str2);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str2) => {
          if (!hasColors) str2 = this._outputConfiguration.stripColor(str2);
          return baseWrite(str2);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name2) => new Command2(name2);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name2, description) => new Argument2(name2, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index, program, createCommand, createArgument, createOption, CommanderError, InvalidArgumentError, InvalidOptionArgumentError, Command, Argument, Option, Help;
var init_esm = __esm({
  "node_modules/commander/esm.mjs"() {
    import_index = __toESM(require_commander(), 1);
    ({
      program,
      createCommand,
      createArgument,
      createOption,
      CommanderError,
      InvalidArgumentError,
      InvalidOptionArgumentError,
      Command: (
        // deprecated old name
        Command
      ),
      Argument,
      Option,
      Help
    } = import_index.default);
  }
});

// src/core/ajv.ts
import { createRequire } from "node:module";
function ajvModule() {
  loaded ??= typeof __require === "function" ? __require("ajv") : createRequire(import.meta.url)("ajv");
  return loaded;
}
function newAjv(options) {
  return new (ajvModule()).Ajv(options);
}
var loaded;
var init_ajv = __esm({
  "src/core/ajv.ts"() {
    "use strict";
  }
});

// src/core/glob.ts
function parseGlob(pattern, syntax = {}) {
  const braces = syntax.braces ?? true;
  const classes = syntax.classes ?? true;
  let i = 0;
  const p = pattern;
  const braceEnd = (open) => {
    let depth = 0;
    let comma = false;
    for (let j = open; j < p.length; j++) {
      const c2 = p[j];
      if (c2 === "\\") j++;
      else if (c2 === "{") depth++;
      else if (c2 === "}") {
        depth--;
        if (depth === 0) return comma ? j : -1;
      } else if (c2 === "," && depth === 1) comma = true;
    }
    return -1;
  };
  const parseClass = () => {
    let j = i + 1;
    const negated = p[j] === "!" || p[j] === "^";
    if (negated) j++;
    const ranges = [];
    let first = true;
    while (j < p.length && (p[j] !== "]" || first)) {
      first = false;
      let lo = p.charCodeAt(j);
      if (p[j] === "\\" && j + 1 < p.length) lo = p.charCodeAt(++j);
      j++;
      if (p[j] === "-" && j + 1 < p.length && p[j + 1] !== "]") {
        let hi = p.charCodeAt(j + 1);
        j += 2;
        if (p[j - 1] === "\\" && j < p.length) hi = p.charCodeAt(j++);
        ranges.push(lo <= hi ? [lo, hi] : [hi, lo]);
      } else ranges.push([lo, lo]);
    }
    if (j >= p.length) return void 0;
    i = j + 1;
    return { t: "class", negated, ranges };
  };
  const parseSeq = (top, end) => {
    const seq = [];
    const atBoundary = () => top && seq.length === 0 || seq.length > 0 && isSlash(seq[seq.length - 1]);
    while (i < end) {
      const c2 = p[i];
      if (c2 === "\\" && i + 1 < end) {
        seq.push({ t: "lit", ch: p.charCodeAt(i + 1) });
        i += 2;
      } else if (c2 === "*") {
        let j = i;
        while (p[j] === "*") j++;
        const boundary = atBoundary();
        const last = top && j === p.length;
        if (j - i === 2 && boundary && (last || p[j] === "/")) {
          if (last && seq.length === 0) seq.push({ t: "any" });
          else if (p[j] === "/") {
            seq.push({ t: "dirs" });
            j++;
          } else {
            seq.pop();
            seq.push({ t: "subtree" });
          }
        } else {
          seq.push({ t: "star", nonEmpty: boundary && (last || p[j] === "/") });
        }
        i = j;
      } else if (c2 === "?") {
        seq.push({ t: "one" });
        i++;
      } else if (c2 === "[" && classes) {
        const cls = parseClass();
        if (cls) seq.push(cls);
        else {
          seq.push({ t: "lit", ch: p.charCodeAt(i) });
          i++;
        }
      } else if (c2 === "{" && braces && braceEnd(i) > 0 && braceEnd(i) < end) {
        const close = braceEnd(i);
        const options = [];
        i++;
        for (; ; ) {
          let depth = 0;
          let j = i;
          for (; j < close; j++) {
            if (p[j] === "\\") j++;
            else if (p[j] === "{") depth++;
            else if (p[j] === "}") depth--;
            else if (p[j] === "," && depth === 0) break;
          }
          options.push(parseSeq(false, j));
          i = j + 1;
          if (j >= close) break;
        }
        seq.push({ t: "alt", options });
      } else {
        seq.push({ t: "lit", ch: p.charCodeAt(i) });
        i++;
      }
    }
    return seq;
  };
  return parseSeq(true, p.length);
}
function isSlash(n) {
  return n.t === "lit" && n.ch === SLASH;
}
function globProblem(pattern) {
  return pattern.length > MAX_GLOB_LENGTH ? `the pattern is ${pattern.length} characters long, more than ${MAX_GLOB_LENGTH}; it matches nothing` : void 0;
}
function compileGlob(pattern) {
  let m = cache.get(pattern);
  if (!m) {
    m = globProblem(pattern) ? NEVER : new GlobMatcher(parseGlob(pattern));
    if (cache.size >= 1e4 || cachedStates + m.size > MAX_CACHED_STATES) {
      cache.clear();
      cachedStates = 0;
    }
    cache.set(pattern, m);
    cachedStates += m.size;
  }
  return m;
}
function globMatch(pattern, value) {
  return compileGlob(pattern).match(value);
}
var MAX_GLOB_LENGTH, MAX_GLOB_SUBJECT, SLASH, CHAR, NOT_SLASH, ANY, CLASS, SPLIT, MATCH, GlobMatcher, NEVER, cache, MAX_CACHED_STATES, cachedStates;
var init_glob = __esm({
  "src/core/glob.ts"() {
    "use strict";
    MAX_GLOB_LENGTH = 512;
    MAX_GLOB_SUBJECT = 4096;
    SLASH = 47;
    CHAR = 0;
    NOT_SLASH = 1;
    ANY = 2;
    CLASS = 3;
    SPLIT = 4;
    MATCH = 5;
    GlobMatcher = class {
      kind = [];
      arg = [];
      out1 = [];
      out2 = [];
      classes = [];
      start;
      mark = new Uint32Array(0);
      gen = 0;
      steps = 0;
      constructor(nodes) {
        const match = this.state(MATCH, 0, -1);
        this.start = this.seq(nodes, match);
        this.mark = new Uint32Array(this.kind.length);
      }
      get size() {
        return this.kind.length;
      }
      state(kind, arg, out1, out2 = -1) {
        this.kind.push(kind);
        this.arg.push(arg);
        this.out1.push(out1);
        this.out2.push(out2);
        return this.kind.length - 1;
      }
      /** Builds `nodes` followed by `next`, back to front; returns the entry state. */
      seq(nodes, next) {
        for (let k = nodes.length - 1; k >= 0; k--) next = this.node(nodes[k], next);
        return next;
      }
      /** A loop of `kind` states (zero or more), then `next`. */
      loop(kind, next) {
        const split = this.state(SPLIT, 0, -1, next);
        this.out1[split] = this.state(kind, 0, split);
        return split;
      }
      node(n, next) {
        switch (n.t) {
          case "lit":
            return this.state(CHAR, n.ch, next);
          case "one":
            return this.state(NOT_SLASH, 0, next);
          case "star": {
            const split = this.loop(NOT_SLASH, next);
            return n.nonEmpty ? this.out1[split] : split;
          }
          case "any":
            return this.loop(ANY, next);
          case "dirs": {
            const outer = this.state(SPLIT, 0, -1, next);
            const slash = this.state(CHAR, SLASH, outer);
            this.out1[outer] = this.loop(NOT_SLASH, slash);
            return outer;
          }
          case "subtree":
            return this.state(SPLIT, 0, this.state(CHAR, SLASH, this.loop(ANY, next)), next);
          case "class":
            this.classes.push({ negated: n.negated, ranges: n.ranges });
            return this.state(CLASS, this.classes.length - 1, next);
          case "alt": {
            let entry = this.seq(n.options[n.options.length - 1], next);
            for (let k = n.options.length - 2; k >= 0; k--) entry = this.state(SPLIT, 0, this.seq(n.options[k], next), entry);
            return entry;
          }
        }
      }
      accepts(s, ch) {
        switch (this.kind[s]) {
          case CHAR:
            return this.arg[s] === ch;
          case NOT_SLASH:
            return ch !== SLASH;
          case ANY:
            return true;
          case CLASS: {
            const c2 = this.classes[this.arg[s]];
            if (c2.negated && ch === SLASH) return false;
            const hit = c2.ranges.some(([lo, hi]) => ch >= lo && ch <= hi);
            return c2.negated ? !hit : hit;
          }
          default:
            return false;
        }
      }
      /** Adds `s` and everything reachable from it without reading a character. */
      add(list, s, stack) {
        stack.push(s);
        while (stack.length > 0) {
          const x = stack.pop();
          if (this.mark[x] === this.gen) continue;
          this.mark[x] = this.gen;
          this.steps++;
          if (this.kind[x] === SPLIT) {
            stack.push(this.out2[x], this.out1[x]);
          } else list.push(x);
        }
      }
      nextGen() {
        if (++this.gen === 4294967295) {
          this.mark.fill(0);
          this.gen = 1;
        }
      }
      match(value) {
        this.steps = 0;
        if (value.length > MAX_GLOB_SUBJECT) return false;
        const stack = [];
        let current = [];
        this.nextGen();
        this.add(current, this.start, stack);
        for (let k = 0; k < value.length && current.length > 0; k++) {
          const ch = value.charCodeAt(k);
          const next = [];
          this.nextGen();
          for (const s of current) {
            this.steps++;
            if (this.accepts(s, ch)) this.add(next, this.out1[s], stack);
          }
          current = next;
        }
        return current.some((s) => this.kind[s] === MATCH);
      }
    };
    NEVER = new GlobMatcher([{ t: "class", negated: false, ranges: [] }]);
    cache = /* @__PURE__ */ new Map();
    MAX_CACHED_STATES = 2e5;
    cachedStates = 0;
  }
});

// src/core/types.ts
function refOf(o) {
  const ref = {
    apiVersion: o.apiVersion,
    kind: o.kind
  };
  if (o.metadata.namespace !== void 0) ref.namespace = o.metadata.namespace;
  const name2 = o.metadata.name ?? o.metadata.generateName;
  if (name2 !== void 0) ref.name = name2;
  return ref;
}
function describeObject(o) {
  const ns = o.namespace ? `${o.namespace}/` : "";
  return `${o.kind} ${ns}${o.name ?? "(unnamed)"}`;
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function escapePointerToken(t) {
  const s = String(t);
  if (s.indexOf("~") === -1 && s.indexOf("/") === -1) return s;
  return s.replace(/~/g, "~0").replace(/\//g, "~1");
}
function joinPointer(base, ...tokens) {
  let out = base;
  for (let i = 0; i < tokens.length; i++) out += "/" + escapePointerToken(tokens[i]);
  return out;
}
function valueAt(root, tokens) {
  let cur = root;
  for (let i = 0; i < tokens.length; i++) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[tokens[i]];
  }
  return cur;
}
function splitPointer(pointer) {
  if (pointer === "") return [];
  const tokens = pointer.slice(1).split("/");
  return pointer.indexOf("~") === -1 ? tokens : tokens.map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
var severityRank;
var init_types = __esm({
  "src/core/types.ts"() {
    "use strict";
    severityRank = { error: 3, warning: 2, info: 1 };
  }
});

// src/core/config/admission.ts
function admissionSettings(config, ownNamespace) {
  const a = config.admission ?? {};
  const namespaces = [...a.exemptNamespaces ?? DEFAULT_EXEMPT_NAMESPACES];
  if (ownNamespace && !namespaces.includes(ownNamespace)) namespaces.push(ownNamespace);
  return {
    mode: a.mode ?? "enforce",
    onError: a.onError ?? "allow",
    exemptNamespaces: namespaces,
    exemptUsers: [...a.exemptUsers ?? []],
    exemptGroups: [...a.exemptGroups ?? []],
    // new-only by default (as Kyverno's allowExistingViolations): an update is not blocked by what the
    // old object already had, so rules added later never stop rollouts, scaling or controllers.
    update: a.update ?? "new-only",
    annotationExemptions: a.annotationExemptions ?? "non-boundary",
    ...a.exemptionsBy ? { exemptionsBy: { users: [...a.exemptionsBy.users ?? []], groups: [...a.exemptionsBy.groups ?? []] } } : {}
  };
}
var globs, admissionSchema, DEFAULT_EXEMPT_NAMESPACES;
var init_admission = __esm({
  "src/core/config/admission.ts"() {
    "use strict";
    init_glob();
    globs = { type: "array", items: { type: "string", minLength: 1, maxLength: MAX_GLOB_LENGTH } };
    admissionSchema = {
      type: "object",
      additionalProperties: false,
      properties: {
        mode: { enum: ["enforce", "warn", "audit"] },
        onError: { enum: ["allow", "deny"] },
        exemptNamespaces: globs,
        exemptUsers: globs,
        exemptGroups: globs,
        update: { enum: ["all", "new-only"] },
        annotationExemptions: { enum: ["all", "non-boundary", "none"] },
        exemptionsBy: {
          type: "object",
          additionalProperties: false,
          properties: {
            users: globs,
            groups: globs
          }
        }
      }
    };
    DEFAULT_EXEMPT_NAMESPACES = ["kube-system"];
  }
});

// src/core/config/bluegreen.ts
function resolveBlueGreen(c2) {
  const slotKey = c2?.slotKey ?? DEFAULT_SLOT_KEY;
  const slots = c2?.slots ?? (slotKey === DEFAULT_SLOT_KEY ? DEFAULT_SLOTS : void 0);
  return {
    slotKey,
    explicit: c2?.slotKey !== void 0,
    slots,
    versionLabels: (c2?.versionLabels ?? ["version", "app.kubernetes.io/version"]).filter((k) => k !== slotKey),
    previewNames: new Set(c2?.previewNames ?? DEFAULT_PREVIEW_NAMES)
  };
}
var bluegreenSchema, DEFAULT_SLOT_KEY, DEFAULT_SLOTS, DEFAULT_PREVIEW_NAMES;
var init_bluegreen = __esm({
  "src/core/config/bluegreen.ts"() {
    "use strict";
    bluegreenSchema = {
      type: "object",
      additionalProperties: false,
      properties: {
        slotKey: { type: "string", minLength: 1 },
        slots: { type: "array", items: { type: "string", minLength: 1 }, minItems: 2, maxItems: 2, uniqueItems: true },
        versionLabels: { type: "array", items: { type: "string", minLength: 1 } },
        previewNames: { type: "array", items: { type: "string", pattern: "^[a-z0-9]+$" } }
      }
    };
    DEFAULT_SLOT_KEY = "slot";
    DEFAULT_SLOTS = ["blue", "green"];
    DEFAULT_PREVIEW_NAMES = ["preview", "idle", "next", "test"];
  }
});

// src/core/config/cost.ts
var quantity, money, platform, STORAGE_KINDS, nodePool, costSchema, DEFAULT_COST_CONFIG;
var init_cost = __esm({
  "src/core/config/cost.ts"() {
    "use strict";
    quantity = { anyOf: [{ type: "string", minLength: 1 }, { type: "number", minimum: 0 }] };
    money = { type: "number", minimum: 0 };
    platform = { enum: ["eks", "k3s"] };
    STORAGE_KINDS = ["gp2", "gp3", "io1", "io2", "st1", "sc1", "efs", "hetzner-volume", "local-path"];
    nodePool = {
      type: "object",
      additionalProperties: false,
      properties: {
        families: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
        arch: { enum: ["amd64", "arm64", "any"] },
        burstable: { type: "boolean" },
        minNodes: { type: "integer", minimum: 0 },
        maxNodes: { type: "integer", minimum: 1 }
      }
    };
    costSchema = {
      type: "object",
      additionalProperties: false,
      properties: {
        platforms: { type: "array", minItems: 1, uniqueItems: true, items: platform },
        region: { type: "string", pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" },
        currency: {
          type: "object",
          additionalProperties: false,
          properties: {
            display: { enum: ["USD", "EUR"] },
            eurUsd: { type: "number", exclusiveMinimum: 0 }
          }
        },
        nodePools: {
          type: "object",
          additionalProperties: false,
          properties: { general: nodePool, gpu: nodePool }
        },
        storageClasses: { type: "object", additionalProperties: { enum: STORAGE_KINDS } },
        allocation: {
          type: "object",
          additionalProperties: false,
          properties: { shared: { enum: ["proportional", "none"] } }
        },
        defaultRequests: {
          type: "object",
          additionalProperties: false,
          properties: { cpu: quantity, memory: quantity }
        },
        eks: {
          type: "object",
          additionalProperties: false,
          properties: {
            instanceTypes: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
            controlPlane: { enum: ["standard", "extended"] },
            natGateways: { type: "integer", minimum: 0 },
            natGigabytesPerMonth: money,
            availabilityZones: { type: "integer", minimum: 1 }
          }
        },
        k3s: {
          type: "object",
          additionalProperties: false,
          properties: {
            servers: { enum: [1, 3, "auto"] },
            haAboveAgents: { type: "integer", minimum: 0 },
            serverType: { type: "string", minLength: 1 },
            agentTypes: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
            hetznerPrices: { enum: ["new-orders", "current"] },
            loadBalancerMonthlyEur: money
          }
        },
        budgets: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["monthly"],
            oneOf: [{ required: ["namespace"] }, { required: ["team", "namespaces"] }],
            properties: {
              namespace: { type: "string", minLength: 1 },
              team: { type: "string", minLength: 1 },
              namespaces: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
              monthly: money,
              platform
            }
          }
        },
        increase: {
          type: "object",
          additionalProperties: false,
          properties: {
            absolute: money,
            percent: money,
            platforms: { type: "array", minItems: 1, items: platform }
          }
        }
      }
    };
    DEFAULT_COST_CONFIG = {
      platforms: ["eks", "k3s"],
      region: "us-east-1",
      defaultRequests: { cpu: 0.1, memory: 128 * 1024 * 1024 },
      currency: { display: "USD" },
      nodePools: {
        general: { arch: "amd64", burstable: false, minNodes: 0 },
        gpu: { arch: "any", burstable: false, minNodes: 0 }
      },
      storageClasses: {
        gp2: "gp2",
        gp3: "gp3",
        io1: "io1",
        io2: "io2",
        st1: "st1",
        sc1: "sc1",
        efs: "efs",
        "efs-sc": "efs",
        "local-path": "local-path",
        "hcloud-volumes": "hetzner-volume"
      },
      allocation: { shared: "none" },
      eks: { controlPlane: "standard", natGateways: 0, natGigabytesPerMonth: 0, availabilityZones: 2 },
      k3s: { servers: "auto", haAboveAgents: 10, serverType: "CX23", hetznerPrices: "new-orders" },
      budgets: [],
      increase: { absolute: 50, percent: 10 }
    };
  }
});

// src/core/config/operators.ts
var podSourcesSchema;
var init_operators = __esm({
  "src/core/config/operators.ts"() {
    "use strict";
    podSourcesSchema = {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["kind", "labels"],
        properties: {
          /** `group/version` or just the group (`example.com`); any when absent. */
          apiVersion: { type: "string", minLength: 1 },
          kind: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9]*$" },
          /** JSON pointer to the pod label map inside the object, e.g. `/spec/podTemplate/metadata/labels`. */
          labels: { type: "string", pattern: "^(/[^/]+)+$" }
        }
      }
    };
  }
});

// src/core/config/ownership.ts
function ownershipProblems(section, source2) {
  if (!section) return [];
  const out = [];
  const at = (pointer, field, message) => {
    const pos = source2?.locate(pointer);
    out.push({ field, message, ...pos ? { line: pos.line, column: pos.column } : {} });
  };
  const teams = section.teams ?? {};
  if (section.platform !== void 0 && !(section.platform in teams) && !section.platform.startsWith("@")) {
    at("/namespaces/platform", "namespaces.platform", `"${section.platform}" is neither a team under namespaces.teams nor a CODEOWNERS handle (@org/team)`);
  }
  const handles = /* @__PURE__ */ new Map();
  const namespaces = /* @__PURE__ */ new Map();
  for (const [team, t] of Object.entries(teams)) {
    (t.codeowners ?? []).forEach((h, i) => {
      const other = handles.get(h.toLowerCase());
      if (other !== void 0 && other !== team) {
        at(`/namespaces/teams/${escapePointerToken(team)}/codeowners/${i}`, `namespaces.teams.${team}.codeowners.${i}`, `handle "${h}" already belongs to team "${other}"`);
      } else handles.set(h.toLowerCase(), team);
    });
    (t.namespaces ?? []).forEach((ns, i) => {
      if (/[*?]/.test(ns)) return;
      const other = namespaces.get(ns);
      if (other !== void 0 && other !== team) {
        at(`/namespaces/teams/${escapePointerToken(team)}/namespaces/${i}`, `namespaces.teams.${team}.namespaces.${i}`, `namespace "${ns}" is already owned by team "${other}"`);
      } else namespaces.set(ns, team);
    });
  }
  return out;
}
var name, names, namespaceGlob, handle, ownershipSchema;
var init_ownership = __esm({
  "src/core/config/ownership.ts"() {
    "use strict";
    init_glob();
    init_types();
    name = { type: "string", minLength: 1, maxLength: MAX_GLOB_LENGTH };
    names = { type: "array", items: name };
    namespaceGlob = { type: "string", pattern: "^[a-z0-9*?]([-a-z0-9*?]{0,61}[a-z0-9*?])?$" };
    handle = { type: "string", pattern: "^@[A-Za-z0-9][-A-Za-z0-9_.]*(/[A-Za-z0-9][-A-Za-z0-9_.]*)?$|^[^@\\s]+@[^@\\s]+$" };
    ownershipSchema = {
      type: "object",
      additionalProperties: false,
      properties: {
        platform: name,
        adminGroups: names,
        adminUsers: names,
        codeowners: { type: "boolean" },
        unknownKinds: { enum: ["namespaced", "cluster", "ignore"] },
        pathNamespaces: {
          type: "object",
          propertyNames: { minLength: 1, maxLength: MAX_GLOB_LENGTH },
          additionalProperties: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }
        },
        teams: {
          type: "object",
          propertyNames: { pattern: "^[A-Za-z0-9@][-A-Za-z0-9_./@]*$" },
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: {
              namespaces: { type: "array", items: namespaceGlob },
              paths: names,
              codeowners: { type: "array", items: handle },
              users: names,
              groups: names
            }
          }
        }
      }
    };
  }
});

// src/core/config/units.ts
var unitsSchema, renderersSchema;
var init_units = __esm({
  "src/core/config/units.ts"() {
    "use strict";
    unitsSchema = {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path"],
        properties: {
          path: { type: "string", minLength: 1 },
          environment: { type: "string", minLength: 1 },
          values: { type: "array", items: { type: "string", minLength: 1 } },
          release: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", maxLength: 53 },
          namespace: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", maxLength: 63 },
          render: { type: "boolean" }
        }
      }
    };
    renderersSchema = {
      type: "object",
      additionalProperties: false,
      properties: {
        kustomize: { type: "string", minLength: 1 },
        kubectl: { type: "string", minLength: 1 },
        helm: { type: "string", minLength: 1 },
        timeoutSeconds: { type: "number", minimum: 1, maximum: 600 },
        parallel: { type: "integer", minimum: 1, maximum: 16 }
      }
    };
  }
});

// src/core/config.ts
function usePrecompiledConfigValidator(v) {
  validator = v;
}
function parseConfig(value, file, source2) {
  if (value === null || value === void 0) return { ...EMPTY_CONFIG, ...source2 ? { source: source2 } : {} };
  validator ??= newAjv(CONFIG_AJV_OPTIONS).compile(configSchema);
  if (!validator(value)) {
    throw new ConfigInvalid(file, humanErrors(validator.errors ?? [], source2));
  }
  const v = value;
  const ownership = ownershipProblems(v.namespaces, source2);
  if (ownership.length > 0) throw new ConfigInvalid(file, ownership);
  const rules = {};
  for (const [id, s] of Object.entries(v.rules ?? {})) {
    if (s === "off") rules[id] = { enabled: false };
    else if (s === "on") rules[id] = { enabled: true };
    else if (typeof s === "string") rules[id] = { enabled: true, severity: s };
    else rules[id] = s;
  }
  const exemptions = (v.exemptions ?? []).map((e, index) => ({ ...e, index }));
  return {
    rules,
    policies: v.policies ?? [],
    exemptions,
    ...v.bluegreen ? { bluegreen: v.bluegreen } : {},
    ...v.namespaces ? { namespaces: v.namespaces } : {},
    ...v.cost ? { cost: v.cost } : {},
    ...v.admission ? { admission: v.admission } : {},
    ...v.podSources ? { podSources: v.podSources } : {},
    ...v.units ? { units: v.units } : {},
    ...v.renderers ? { renderers: v.renderers } : {},
    ...source2 ? { source: source2 } : {}
  };
}
function humanErrors(errors, source2) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of errors) {
    if (e.keyword === "oneOf" || e.keyword === "if") continue;
    let pointer = e.instancePath;
    let message = e.message ?? "is invalid";
    if (e.keyword === "additionalProperties") {
      const extra = e.params.additionalProperty;
      pointer = `${pointer}/${extra}`;
      message = `unknown field "${extra}"`;
    } else if (e.keyword === "required") {
      message = `missing required field "${e.params.missingProperty}"`;
    } else if (e.keyword === "enum") {
      message = `must be one of ${e.params.allowedValues.map((x) => JSON.stringify(x)).join(", ")}`;
    } else if (e.keyword === "propertyNames") {
      message = `"${e.params.propertyName}" is not a rule id (family/name)`;
    }
    const field = pointer === "" ? "(top level)" : splitPointer(pointer).join(".");
    const key2 = `${field}|${message}`;
    if (seen.has(key2)) continue;
    seen.add(key2);
    const pos = source2?.locate(pointer);
    out.push({ field, message, ...pos ? { line: pos.line, column: pos.column } : {} });
  }
  return out;
}
var EMPTY_CONFIG, severity, ruleSetting, configSchema, CONFIG_AJV_OPTIONS, validator, ConfigInvalid;
var init_config = __esm({
  "src/core/config.ts"() {
    "use strict";
    init_ajv();
    init_glob();
    init_types();
    init_admission();
    init_bluegreen();
    init_cost();
    init_operators();
    init_ownership();
    init_units();
    EMPTY_CONFIG = { rules: {}, policies: [], exemptions: [] };
    severity = { enum: ["error", "warning", "info"] };
    ruleSetting = {
      oneOf: [
        { enum: ["off", "on", "error", "warning", "info"] },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            enabled: { type: "boolean" },
            severity,
            options: { type: "object" },
            mode: { enum: ["enforce", "warn", "audit"] }
          }
        }
      ]
    };
    configSchema = {
      type: "object",
      additionalProperties: false,
      properties: {
        rules: { type: "object", propertyNames: { pattern: "^[a-z0-9-]+/[a-z0-9-]+$|^[a-z0-9-]+/\\*$" }, additionalProperties: ruleSetting },
        policies: { type: "array", items: { type: "string", minLength: 1 } },
        exemptions: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["rules", "reason"],
            properties: {
              rules: { type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: MAX_GLOB_LENGTH } },
              namespace: { type: "string", maxLength: MAX_GLOB_LENGTH },
              kind: { type: "string", maxLength: MAX_GLOB_LENGTH },
              name: { type: "string", maxLength: MAX_GLOB_LENGTH },
              container: { type: "string", maxLength: MAX_GLOB_LENGTH },
              file: { type: "string", maxLength: MAX_GLOB_LENGTH },
              reason: { type: "string", minLength: 3 }
            }
          }
        },
        bluegreen: bluegreenSchema,
        namespaces: ownershipSchema,
        cost: costSchema,
        admission: admissionSchema,
        podSources: podSourcesSchema,
        units: unitsSchema,
        renderers: renderersSchema
      }
    };
    CONFIG_AJV_OPTIONS = { allErrors: true, strict: false };
    ConfigInvalid = class extends Error {
      constructor(file, errors) {
        super(
          `${file} is not a valid tollgate config:
` + errors.map((e) => `  ${file}${e.line ? `:${e.line}:${e.column ?? 1}` : ""} ${e.field}: ${e.message}`).join("\n")
        );
        this.file = file;
        this.errors = errors;
      }
      file;
      errors;
    };
  }
});

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}
function docsUrl(ruleId) {
  return `https://github.com/tollgate-dev/tollgate/blob/main/docs/rules.md#${ruleId.replace(/\//g, "").toLowerCase()}`;
}
function formatMessage(template, data = {}) {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (m, k) => data[k] === void 0 ? m : String(data[k]));
}
var init_rule = __esm({
  "src/engine/rule.ts"() {
    "use strict";
  }
});

// src/engine/suppress.ts
function annotationSuppressions(o) {
  const value = o.metadata.annotations[IGNORE_ANNOTATION];
  if (value === void 0) return { entries: [], missingReason: false };
  const reason = o.metadata.annotations[IGNORE_REASON_ANNOTATION];
  const entries = value.split(",").map((s) => s.trim()).filter((s) => s !== "").map((text) => {
    const at = text.lastIndexOf("@");
    const rule = at > 0 ? text.slice(0, at) : text;
    const container = at > 0 ? text.slice(at + 1) : void 0;
    const problem = globProblem(rule) ?? (container !== void 0 ? globProblem(container) : void 0);
    const entry = problem ? `${text.slice(0, 60)}\u2026" (${problem}` : text;
    return container !== void 0 ? { object: o, entry, rule, container, used: false } : { object: o, entry, rule, used: false };
  });
  const missingReason = reason === void 0 || reason.trim() === "";
  return { entries: missingReason ? [] : entries, missingReason };
}
function ignorePointer(o) {
  return joinPointer(o.basePointer, "metadata", "annotations", IGNORE_ANNOTATION);
}
function suppressionMatches(s, f) {
  if (!globMatch(s.rule, f.ruleId)) return false;
  if (s.container !== void 0 && (f.container === void 0 || !globMatch(s.container, f.container))) return false;
  return true;
}
function exemptionMatches(e, f, namespace) {
  if (!e.rules.some((r) => globMatch(r, f.ruleId))) return false;
  if (e.namespace !== void 0 && (namespace === void 0 || !globMatch(e.namespace, namespace))) return false;
  if (e.kind !== void 0 && (f.object === void 0 || !globMatch(e.kind, f.object.kind))) return false;
  if (e.name !== void 0 && (f.object?.name === void 0 || !globMatch(e.name, f.object.name))) return false;
  if (e.container !== void 0 && (f.container === void 0 || !globMatch(e.container, f.container))) return false;
  if (e.file !== void 0 && (f.file === void 0 || !globMatch(e.file, f.file))) return false;
  return true;
}
var IGNORE_ANNOTATION, IGNORE_REASON_ANNOTATION;
var init_suppress = __esm({
  "src/engine/suppress.ts"() {
    "use strict";
    init_glob();
    init_types();
    IGNORE_ANNOTATION = "tollgate.dev/ignore";
    IGNORE_REASON_ANNOTATION = "tollgate.dev/ignore-reason";
  }
});

// src/engine/engine.ts
function usePrecompiledOptionsValidators(v) {
  for (const [schema, fn] of Object.entries(v)) precompiledOptions.set(schema, fn);
}
function resolveRules(rules, config) {
  const out = [];
  const problems = [];
  const ids = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(config.rules)) {
    if (!ids.has(id) && !(id.endsWith("/*") && rules.some((r) => r.id.startsWith(id.slice(0, -1))))) {
      problems.push({ field: `rules.${id}`, message: `no rule "${id}" (run \`tollgate rules\` for the list)`, pointer: joinPointer("", "rules", id) });
    }
  }
  for (const rule of rules) {
    const setting = { ...config.rules[`${rule.meta.family}/*`], ...config.rules[rule.id] };
    const enabled2 = setting.enabled ?? (setting.severity !== void 0 ? true : !rule.meta.optIn);
    const options = { ...rule.meta.defaultOptions, ...setting.options };
    if (rule.meta.optionsSchema && setting.options) {
      const validate = precompiledOptions.get(JSON.stringify(rule.meta.optionsSchema)) ?? (optionsAjv ??= newAjv(OPTIONS_AJV_OPTIONS)).compile(rule.meta.optionsSchema);
      if (!validate(options)) {
        for (const e of humanErrors(validate.errors ?? [])) {
          problems.push({ field: `rules.${rule.id}.options${e.field === "(top level)" ? "" : "." + e.field}`, message: e.message, pointer: joinPointer("", "rules", rule.id, "options", ...e.field === "(top level)" ? [] : e.field.split(".")) });
        }
      }
    }
    if (enabled2) out.push({ rule, severity: setting.severity ?? rule.meta.severity, options, setting });
  }
  if (problems.length > 0) {
    throw new ConfigInvalid(
      config.source?.file ?? ".tollgate.yaml",
      problems.map(({ pointer, ...p }) => {
        const pos = config.source?.locate(pointer);
        return { ...p, ...pos ? { line: pos.line, column: pos.column } : {} };
      })
    );
  }
  return out;
}
function runRules(run2, resolved, config, options = {}) {
  const raw = [];
  const emit = (r, report, subjectObject, subjectContainer) => {
    const object = report.object ?? subjectObject;
    const template = r.rule.meta.messages[report.messageId];
    if (template === void 0) throw new Error(`rule ${r.rule.id} reported unknown messageId "${report.messageId}"`);
    const containerName = report.container ?? subjectContainer?.name;
    const rel = report.at ?? subjectContainer?.pointer() ?? "";
    const pointer = object ? object.basePointer + rel : rel;
    const pos = object?.source.locate(pointer);
    const finding = {
      ruleId: r.rule.id,
      severity: report.severity ?? r.severity,
      message: formatMessage(template, { container: containerName, ...report.data }),
      ...pos?.file !== void 0 ? { file: pos.file } : object?.source.file !== void 0 ? { file: object.source.file } : {},
      ...pos ? { line: pos.line, column: pos.column, ...pos.endLine ? { endLine: pos.endLine } : {} } : {},
      ...object ? { object: refOf(object) } : {},
      ...containerName !== void 0 ? { container: containerName } : {},
      pointer,
      remediation: r.rule.meta.remediation,
      docs: docsUrl(r.rule.id)
    };
    raw.push({ finding, ...object ? { object } : {}, boundary: r.rule.meta.boundary === true });
  };
  let currentRule;
  let currentObject;
  let currentContainer;
  const ctx = {
    run: run2,
    config,
    options: {},
    report: (rep) => {
      if (currentRule === void 0) throw new Error("a rule reported after its check returned; rules must be synchronous");
      emit(currentRule, rep, currentObject, currentContainer);
    }
  };
  const invoke = (r, object, container, subject) => {
    ctx.options = r.options;
    currentRule = r;
    currentObject = object;
    currentContainer = container;
    try {
      r.rule.check(ctx, subject);
    } catch (e) {
      const pos = object?.source.locate(object.basePointer);
      raw.push({
        finding: {
          ruleId: "tollgate/rule-error",
          severity: "error",
          message: `rule ${r.rule.id} failed on ${object ? describeObject(refOf(object)) : "the run"}: ${e instanceof Error ? e.message : String(e)}`,
          ...object?.source.file !== void 0 ? { file: object.source.file } : {},
          ...pos ? { line: pos.line, column: pos.column } : {},
          ...object ? { object: refOf(object) } : {},
          remediation: "This is a bug in the rule; please report it with the manifest that triggers it."
        },
        boundary: false
      });
    } finally {
      currentRule = void 0;
    }
  };
  const plan = planOf(resolved);
  for (const object of run2.objects) {
    const rules = plan.forKind(object.kind);
    for (const r of rules.object) invoke(r, object, void 0, object);
    const w = run2.workloadOf(object);
    if (!w) continue;
    for (const r of rules.workload) invoke(r, object, void 0, w);
    for (const c2 of w.all) {
      for (const r of rules.container) invoke(r, object, c2, c2);
    }
  }
  for (const r of plan.run) invoke(r, void 0, void 0, run2);
  return applySuppressions(run2, raw, config, options);
}
function planOf(resolved) {
  let plan = plans.get(resolved);
  if (plan) return plan;
  const byKind = /* @__PURE__ */ new Map();
  const pick = (target, kind) => resolved.filter((r) => r.rule.target === target && (!r.rule.kinds || r.rule.kinds.includes(kind)));
  plan = {
    run: resolved.filter((r) => r.rule.target === "run"),
    forKind(kind) {
      let k = byKind.get(kind);
      if (k === void 0) {
        k = { object: pick("object", kind), workload: pick("workload", kind), container: pick("container", kind) };
        if (byKind.size >= 512) byKind.clear();
        byKind.set(kind, k);
      }
      return k;
    }
  };
  plans.set(resolved, plan);
  return plan;
}
function applySuppressions(run2, raw, config, options) {
  const mode = options.annotationSuppressions ?? "all";
  const perObject = /* @__PURE__ */ new Map();
  const meta = [];
  for (const o of run2.objects) {
    const { entries, missingReason } = annotationSuppressions(o);
    if (missingReason) {
      const pos = o.source.locate(ignorePointer(o));
      meta.push({
        ruleId: "tollgate/suppression-without-reason",
        severity: "warning",
        message: `${describeObject(refOf(o))} sets tollgate.dev/ignore without tollgate.dev/ignore-reason, so nothing is suppressed.`,
        ...o.source.file !== void 0 ? { file: o.source.file } : {},
        ...pos ? { line: pos.line, column: pos.column } : {},
        object: refOf(o),
        pointer: ignorePointer(o),
        remediation: "Add the annotation tollgate.dev/ignore-reason saying why these rules do not apply here."
      });
    }
    if (entries.length > 0 && mode !== "none") perObject.set(o.key, entries);
  }
  const exemptionsOn = options.exemptions !== false;
  const exemptionUsed = new Array(config.exemptions.length).fill(false);
  const findings = [];
  let suppressed = 0;
  for (const { finding, object, boundary } of raw) {
    let hidden = false;
    if (object && !(boundary && mode === "non-boundary")) {
      for (const s of perObject.get(object.key) ?? []) {
        if (suppressionMatches(s, finding)) {
          s.used = true;
          hidden = true;
        }
      }
    }
    if (exemptionsOn && finding.ruleId !== "tollgate/rule-error") {
      const ns = object ? run2.namespaceOf(object) : finding.object?.namespace;
      config.exemptions.forEach((e, i) => {
        if (exemptionMatches(e, finding, ns)) {
          exemptionUsed[i] = true;
          hidden = true;
        }
      });
    }
    if (hidden) suppressed++;
    else findings.push(finding);
  }
  for (const list of perObject.values()) {
    for (const s of list) {
      if (s.used) continue;
      const o = s.object;
      const pos = o.source.locate(ignorePointer(o));
      meta.push({
        ruleId: "tollgate/unused-suppression",
        severity: "warning",
        message: `${describeObject(refOf(o))} suppresses "${s.entry}", which reported nothing here; remove it so it cannot hide a future problem.`,
        ...o.source.file !== void 0 ? { file: o.source.file } : {},
        ...pos ? { line: pos.line, column: pos.column } : {},
        object: refOf(o),
        pointer: ignorePointer(o),
        remediation: "Remove the entry from tollgate.dev/ignore."
      });
    }
  }
  if (exemptionsOn && run2.context.origin === "files") {
    config.exemptions.forEach((e, i) => {
      if (exemptionUsed[i]) return;
      const pointer = joinPointer("", "exemptions", i);
      const pos = config.source?.locate(pointer);
      meta.push({
        ruleId: "tollgate/unused-exemption",
        severity: "warning",
        message: `exemption #${i + 1} (${e.rules.join(", ")}${e.namespace ? ` in ${e.namespace}` : ""}) matched no finding; remove it or fix its patterns.`,
        ...config.source?.file !== void 0 ? { file: config.source.file } : {},
        ...pos ? { line: pos.line, column: pos.column } : {},
        pointer,
        remediation: "Delete stale exemptions so they cannot hide future problems."
      });
    });
  }
  return { findings: [...findings, ...meta], suppressed };
}
var optionsAjv, precompiledOptions, OPTIONS_AJV_OPTIONS, plans;
var init_engine = __esm({
  "src/engine/engine.ts"() {
    "use strict";
    init_ajv();
    init_config();
    init_types();
    init_rule();
    init_suppress();
    precompiledOptions = /* @__PURE__ */ new Map();
    OPTIONS_AJV_OPTIONS = { allErrors: true, strict: false, useDefaults: false };
    plans = /* @__PURE__ */ new WeakMap();
  }
});

// src/model/quantity.ts
function parseQuantity(input) {
  if (typeof input === "string") {
    if (input.length > 64) return parseQuantityText(input);
    let r = cache2.get(input);
    if (r === void 0) {
      r = Object.freeze(parseQuantityText(input));
      if (cache2.size >= CACHE_LIMIT) cache2.clear();
      cache2.set(input, r);
    }
    return r;
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, text: String(input), reason: "not a finite number" };
    return { ok: true, value: input, text: String(input) };
  }
  return { ok: false, text: JSON.stringify(input) ?? String(input), reason: "a quantity must be a string or a number" };
}
function parseQuantityText(text) {
  if (text === "") return { ok: false, text, reason: "empty quantity" };
  const m = NUMBER.exec(text);
  if (!m) return { ok: false, text, reason: "it does not start with a number" };
  const numberText = m[0];
  const suffix = text.slice(numberText.length);
  let value;
  if (suffix in BINARY) {
    value = Number(numberText) * BINARY[suffix];
  } else if (suffix in DECIMAL) {
    value = Number(`${numberText}e${DECIMAL[suffix]}`);
  } else {
    const e = EXPONENT.exec(suffix);
    if (!e) return { ok: false, text, reason: `unknown suffix "${suffix}" (use m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or an exponent like e3)` };
    value = Number(`${numberText}e${e[1]}`);
  }
  if (!Number.isFinite(value)) return { ok: false, text, reason: "the value is out of range" };
  return { ok: true, value: value === 0 ? 0 : value, text };
}
function formatCpu(cores) {
  if (Number.isInteger(cores)) return String(cores);
  const milli2 = Math.round(cores * 1e3 * 1e3) / 1e3;
  return `${Number.isInteger(milli2) ? milli2 : milli2.toFixed(1)}m`;
}
function formatMemory(bytes) {
  const units = [["Ti", 2 ** 40], ["Gi", 2 ** 30], ["Mi", 2 ** 20], ["Ki", 2 ** 10]];
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const v = bytes / size;
      return `${Number.isInteger(v) ? v : Number(v.toFixed(2))}${unit}`;
    }
  }
  return String(bytes);
}
function formatResource(resource, value) {
  return resource === "cpu" ? formatCpu(value) : formatMemory(value);
}
var BINARY, DECIMAL, NUMBER, EXPONENT, cache2, CACHE_LIMIT;
var init_quantity = __esm({
  "src/model/quantity.ts"() {
    "use strict";
    BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
    DECIMAL = { m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
    NUMBER = /^([+-]?)(\d+\.?\d*|\.\d+)/;
    EXPONENT = /^[eE]([+-]?\d+)$/;
    cache2 = /* @__PURE__ */ new Map();
    CACHE_LIMIT = 4096;
  }
});

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
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
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
    var hasAnchor = (node) => (isScalar3(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path) {
      const ctrl = callVisitor(key2, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visit_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
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
        } else if (identity2.isPair(node)) {
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
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path) {
      const ctrl = await callVisitor(key2, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visitAsync_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
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
        } else if (identity2.isPair(node)) {
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
    function callVisitor(key2, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key2, node, path);
      if (identity2.isMap(node))
        return visitor.Map?.(key2, node, path);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key2, node, path);
      if (identity2.isPair(node))
        return visitor.Pair?.(key2, node, path);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key2, node, path);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key2, node, path);
      return void 0;
    }
    function replaceNode(key2, path, node) {
      const parent = path[path.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity2.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit2 = require_visit();
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
        const name2 = parts.shift();
        switch (name2) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle2, prefix] = parts;
            this.tags[handle2] = prefix;
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
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source2, onError) {
        if (source2 === "!")
          return "!";
        if (source2[0] !== "!") {
          onError(`Not a valid tag: ${source2}`);
          return null;
        }
        if (source2[1] === "<") {
          const verbatim = source2.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source2} is invalid.`);
            return null;
          }
          if (source2[source2.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle2, suffix] = source2.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source2} tag has no suffix`);
        const prefix = this.tags[handle2];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle2 === "!")
          return source2;
        onError(`Could not resolve tag: ${source2}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle2, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle2 + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle2, prefix] of tagEntries) {
          if (handle2 === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle2} ${prefix}`);
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
    var identity2 = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor2) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor2)) {
        const sa = JSON.stringify(anchor2);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name2 = `${prefix}${i}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source2) => {
          aliasObjects.push(source2);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor2 = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor2);
          return anchor2;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source2 of aliasObjects) {
            const ref = sourceObjects.get(source2);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source2;
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
    function applyReviver(reviver, obj, key2, val) {
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
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
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
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
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
        if (!identity2.isDocument(doc))
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
    var visit2 = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source2) {
        super(identity2.ALIAS);
        this.source = source2;
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
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
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
        const source2 = this.resolve(ctx.doc, ctx);
        if (!source2) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source2).res;
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
      if (identity2.isAlias(node)) {
        const source2 = node.resolve(doc);
        const anchor2 = anchors2 && source2 && anchors2.get(source2);
        return anchor2 ? anchor2.count * anchor2.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c2 = getAliasCount(doc, item, anchors2);
          if (c2 > count)
            count = c2;
        }
        return count;
      } else if (identity2.isPair(node)) {
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
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
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
    var identity2 = require_identity();
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
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
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
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
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
    var identity2 = require_identity();
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
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
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
          const [key2, ...rest] = path;
          const node = this.get(key2, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key2, ...rest] = path;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key2, ...rest] = path;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
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
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
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
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
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
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
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
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
    var identity2 = require_identity();
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
      if (identity2.isScalar(item)) {
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
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor2 = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor2 && anchors.anchorIsValid(anchor2)) {
        anchors$1.add(anchor2);
        props.push(`&${anchor2}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
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
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity2.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key2) || !identity2.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key2) || (identity2.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
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
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
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
      } else if (!explicitKey && identity2.isCollection(value)) {
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
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
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
    var identity2 = require_identity();
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
    var isMergeKey = (ctx, key2) => (merge.identify(key2) || identity2.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source2 = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source2))
        for (const it of source2.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source2))
        for (const it of source2)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source2);
    }
    function mergeValue(ctx, map, value) {
      const source2 = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source2))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source2.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
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
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
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
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity2.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
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
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
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
    var identity2 = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity2.isNode(key2))
          key2 = key2.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
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
    var identity2 = require_identity();
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
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
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
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
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
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
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
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
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
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity2.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
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
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add2(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add2(key2, obj[key2]);
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
      add(pair2, overwrite) {
        let _pair;
        if (identity2.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
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
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
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
          if (!identity2.isPair(item))
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
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
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
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
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
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
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
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity2.isScalar(key2) ? key2.value : key2;
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
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
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
      resolve: (str2) => str2,
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
      stringify: ({ source: source2 }, ctx) => typeof source2 === "string" && nullTag.test.test(source2) ? source2 : ctx.options.nullStr
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
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source: source2, value }, ctx) {
        if (source2 && boolTag.test.test(source2)) {
          const sv = source2[0] === "t" || source2[0] === "T";
          if (value === sv)
            return source2;
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
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
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
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
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
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
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
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
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
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
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
        resolve: (str2) => str2,
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
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
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
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
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
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
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
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
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
    var identity2 = require_identity();
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
        for (const pair2 of this.items) {
          let key2, value;
          if (identity2.isPair(pair2)) {
            key2 = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
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
        for (const { key: key2 } of pairs$1.items) {
          if (identity2.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
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
    function boolStringify({ value, source: source2 }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source2 && boolObj.test.test(source2))
        return source2;
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
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
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
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
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
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
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
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair2;
        if (identity2.isPair(key2))
          pair2 = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair2 = new Pair.Pair(key2.key, null);
        else
          pair2 = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity2.isPair(pair2) ? identity2.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
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
        if (identity2.isMap(map)) {
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
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
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
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
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
      resolve(str2) {
        const match = str2.match(timestamp.test);
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
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
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
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
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
    var identity2 = require_identity();
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
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
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
    var identity2 = require_identity();
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
        if (identity2.isNode(doc.contents)) {
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
    var identity2 = require_identity();
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
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
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
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
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
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
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
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
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
      get(key2, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity2.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
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
      if (identity2.isCollection(contents))
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
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
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
      let anchor2 = null;
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
            if (anchor2 || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor2)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor2 = token;
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
            if (anchor2 || tag)
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
        anchor: anchor2,
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
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
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
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
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
        const { start, key: key2, sep: sep8, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep8?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep8) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep8 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep8, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
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
        let sep8 = "";
        for (const token of end) {
          const { source: source2, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source2.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep8 + cb;
              sep8 = "";
              break;
            }
            case "newline":
              if (comment)
                sep8 += source2;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source2.length;
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
    var identity2 = require_identity();
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
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
        const { start, key: key2, sep: sep8, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep8?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep8 && !value) {
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
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
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
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep8 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep8, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep8 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep8)
                for (const st of sep8) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep8, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
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
    var identity2 = require_identity();
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
        const { anchor: anchor2, newlineAfterProp: nl } = props;
        const lastProp = anchor2 && tagToken ? anchor2.offset > tagToken.offset ? anchor2 : tagToken : anchor2 ?? tagToken;
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
      const node = identity2.isNode(res) ? res : new Scalar.Scalar(res);
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
      let sep8 = "";
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
          value += sep8 + indent.slice(trimIndent) + content;
          sep8 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep8 === " ")
            sep8 = "\n";
          else if (!prevMoreIndented && sep8 === "\n")
            sep8 = "\n\n";
          value += sep8 + indent.slice(trimIndent) + content;
          sep8 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep8 === "\n")
            value += "\n";
          else
            sep8 = "\n";
        } else {
          value += sep8 + content;
          sep8 = " ";
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
      const { source: source2 } = props[0];
      const mode = source2[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source2.length; ++i) {
        const ch = source2[i];
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
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source2}`);
      let hasSpace = false;
      let comment = "";
      let length = source2.length;
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
    function splitLines(source2) {
      const split = source2.split(/\n( *)/);
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
      const { offset, type, source: source2, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source2, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source2, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source2, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source2.length, offset + source2.length]
          };
      }
      const valueEnd = offset + source2.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source2, onError) {
      let badChar = "";
      switch (source2[0]) {
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
          badChar = `block scalar indicator ${source2[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source2[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source2);
    }
    function singleQuotedValue(source2, onError) {
      if (source2[source2.length - 1] !== "'" || source2.length === 1)
        onError(source2.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source2.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source2) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source2);
      if (!match)
        return source2;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep8 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source2)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep8 === "\n")
            res += sep8;
          else
            sep8 = "\n";
        } else {
          res += sep8 + lm;
          sep8 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source2);
      return res + sep8 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source2, onError) {
      let res = "";
      for (let i = 1; i < source2.length - 1; ++i) {
        const ch = source2[i];
        if (ch === "\r" && source2[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source2, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source2[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source2[i + 1];
            while (next === " " || next === "	")
              next = source2[++i + 1];
          } else if (next === "\r" && source2[i + 1] === "\n") {
            next = source2[++i + 1];
            while (next === " " || next === "	")
              next = source2[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source2, i + 1, length, onError);
            i += length;
          } else {
            const raw = source2.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source2[i + 1];
          while (next === " " || next === "	")
            next = source2[++i + 1];
          if (next !== "\n" && !(next === "\r" && source2[i + 2] === "\n"))
            res += i > wsStart ? source2.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source2[source2.length - 1] !== '"' || source2.length === 1)
        onError(source2.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source2, offset) {
      let fold = "";
      let ch = source2[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source2[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source2[offset + 1];
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
    function parseCharCode(source2, offset, length, onError) {
      const cc = source2.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source2.substr(offset - 2, length + 2);
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
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
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
        return schema[identity2.SCALAR];
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
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
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
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor: anchor2, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor2 || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor2)
            node.anchor = anchor2.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor2)
              node.anchor = anchor2.source.substring(1);
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
      if (anchor2 && node.anchor === "")
        onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
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
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor: anchor2, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor2) {
        node.anchor = anchor2.source.substring(1);
        if (node.anchor === "")
          onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source: source2, end }, onError) {
      const alias = new Alias.Alias(source2.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source2.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source2.length;
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
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source: source2 } = src;
      return [offset, offset + (typeof source2 === "string" ? source2.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source2 = prelude[i];
        switch (source2[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source2.substring(1) || " ");
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
        this.onError = (source2, code, message, warning) => {
          const pos = getErrorPos(source2);
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
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
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
      const source2 = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source2[0]) {
        case "|":
        case ">": {
          const he = source2.indexOf("\n");
          const head = source2.substring(0, he);
          const body = source2.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source: source2, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source: source2, end };
        default:
          return { type: "scalar", offset, indent, source: source2, end };
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
      const source2 = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source2[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source2);
          break;
        case '"':
          setFlowScalarValue(token, source2, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source2, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source2, "scalar");
      }
    }
    function setBlockScalarValue(token, source2) {
      const he = source2.indexOf("\n");
      const head = source2.substring(0, he);
      const body = source2.substring(he + 1) + "\n";
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
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
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
    function setFlowScalarValue(token, source2, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source2;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source2.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source: source2, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source2.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source: source2, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source: source2, end });
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
    function stringifyItem({ start, key: key2, sep: sep8, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep8)
        for (const st of sep8)
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
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
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
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
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
    exports.visit = visit2;
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
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    function tokenType(source2) {
      switch (source2) {
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
      switch (source2[0]) {
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
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar3;
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
    var Lexer = class {
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
      *lex(source2, incomplete = false) {
        if (source2) {
          if (typeof source2 !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source2 : source2;
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
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
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
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter4 = class {
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
    exports.LineCounter = LineCounter4;
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
    function arrayPushArray(target, source2) {
      if (source2.length < 1e5)
        Array.prototype.push.apply(target, source2);
      else
        for (let i = 0; i < source2.length; ++i)
          target.push(source2[i]);
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
      *parse(source2, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source2, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source2) {
        this.source = source2;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source2));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source2.length;
          return;
        }
        const type = cst.tokenType(source2);
        if (!type) {
          const message = `Not a YAML token: ${source2}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source: source2 });
          this.offset += source2.length;
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
                this.onNewLine(this.offset + source2.length);
              break;
            case "space":
              if (this.atNewLine && source2[0] === " ")
                this.indent += source2.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source2.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source2.length;
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
          let sep8;
          if (scalar.end) {
            sep8 = scalar.end;
            sep8.push(this.sourceToken);
            delete scalar.end;
          } else
            sep8 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep8 }]
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
                  const key2 = it.key;
                  const sep8 = it.sep;
                  sep8.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep: sep8 }]
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
            const sep8 = fc.end.splice(1, fc.end.length);
            sep8.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep8 }]
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
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments3(source2, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source2)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source2, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source2, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source2, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source2), true, source2.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source2, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source2, lineCounter2));
      }
      return doc;
    }
    function parse4(src, reviver, options) {
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
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse4;
    exports.parseAllDocuments = parseAllDocuments3;
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
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
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
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/parse/locate.ts
function locateInDocument(doc, lineCounter, pointer) {
  let node = doc.contents;
  let range = doc.contents?.range ?? void 0;
  for (const token of splitPointer(pointer)) {
    if ((0, import_yaml.isMap)(node)) {
      const pair2 = node.items.find((p) => (0, import_yaml.isPair)(p) && keyText(p.key) === token);
      if (!pair2) break;
      range = pair2.key?.range ?? pair2.value?.range ?? range;
      node = pair2.value;
    } else if ((0, import_yaml.isSeq)(node)) {
      const i = /^\d+$/.test(token) ? Number(token) : -1;
      const item = i >= 0 ? node.items[i] : void 0;
      if (item === void 0) break;
      range = item?.range ?? range;
      node = item;
    } else {
      break;
    }
  }
  if (!range) return void 0;
  return rangePosition(lineCounter, range);
}
function rangePosition(lineCounter, range) {
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(Math.max(range[0], (range[1] ?? range[0]) - 1));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
function keyText(key2) {
  if ((0, import_yaml.isScalar)(key2)) return String(key2.value);
  if (key2 === null || key2 === void 0) return void 0;
  return String(key2);
}
var import_yaml;
var init_locate = __esm({
  "src/parse/locate.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_types();
  }
});

// src/parse/yaml.ts
function decodeText(file, bytes) {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { problem: { ruleId: "parse/not-text", file, message: `${file} is a binary file (it contains NUL bytes), not a manifest.` } };
  }
  try {
    let text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.charCodeAt(0) === 65279) text = text.slice(1);
    return { text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      problem: {
        ruleId: "parse/not-text",
        file,
        line: at.line,
        column: at.column,
        message: `${file} is not valid UTF-8 (first invalid byte at line ${at.line}); Kubernetes manifests must be UTF-8.`
      }
    };
  }
}
function firstInvalidUtf8(bytes) {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  for (let k = 0; k < 3 && lo > 0; k++) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, lo));
      break;
    } catch {
      lo--;
    }
  }
  let line = 1;
  let lastNl = -1;
  for (let i = 0; i < lo; i++) if (bytes[i] === 10) {
    line++;
    lastNl = i;
  }
  return { line, column: lo - lastNl };
}
function parseYamlText(file, text, options = {}) {
  const problems = [];
  if (!/\S/.test(text)) {
    problems.push({ ruleId: "parse/empty-file", file, message: `${file} is empty.` });
    return { file, documents: [], problems };
  }
  const hasBraces = text.includes("{{");
  let templateSeen = false;
  let syntaxErrorSeen = false;
  const lineCounter = new import_yaml2.LineCounter();
  const retain = options.retainAst !== false;
  const retained = [];
  const ranges = [];
  const documents = [];
  const astAt = documentAsts(options.reload ?? keep(text), lineCounter, retained, ranges, retain, options.recentAsts ?? new RecentAsts());
  const take = (doc, index2) => {
    ranges[index2] = [doc.range[0], doc.range[2]];
    if (retain) retained[index2] = doc;
    const fatal = doc.errors.filter((e) => e.code !== "DUPLICATE_KEY");
    if (fatal.length > 0) syntaxErrorSeen = true;
    else if (hasBraces && !templateSeen && hasTemplateStructure(doc)) templateSeen = true;
    for (const err of doc.errors) {
      const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
      if (err.code === "DUPLICATE_KEY") {
        problems.push({
          ruleId: "parse/duplicate-key",
          file,
          line: pos.line,
          column: pos.col,
          message: `duplicate key at ${file}:${pos.line}: kubectl keeps only the last value, so the earlier one is silently lost.`
        });
      }
    }
    if (fatal.length > 0) {
      const err = fatal[0];
      const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
      problems.push({
        ruleId: "parse/yaml-syntax",
        file,
        line: pos.line,
        column: pos.col,
        message: `YAML syntax error in document ${index2 + 1}: ${syntaxText(err.message)}`
      });
      return;
    }
    let value;
    try {
      value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
      if (!flattenStrings(value)) throw new SelfReference();
    } catch (e) {
      const start = doc.contents?.range?.[0] ?? 0;
      const pos = lineCounter.linePos(start);
      problems.push({
        ruleId: "parse/yaml-syntax",
        file,
        line: pos.line,
        column: pos.col,
        message: `document ${index2 + 1} cannot be expanded: ${errorText(e)} (YAML alias expansion is limited to guard against alias bombs).`
      });
      return;
    }
    if (value === null || value === void 0) return;
    const rootRange = doc.contents?.range;
    const root = rootRange ? rangePosition(lineCounter, rootRange) : void 0;
    documents.push({
      file,
      index: index2,
      value,
      locate(pointer) {
        if (pointer === "") return root;
        const ast = astAt(index2);
        return ast ? locateInDocument(ast.doc, ast.lc, pointer) : void 0;
      }
    });
  };
  let index = 0;
  try {
    const composer = new import_yaml2.Composer({ uniqueKeys: true, strict: false, logLevel: "error" });
    for (const doc of composer.compose(new import_yaml2.Parser(lineCounter.addNewLine).parse(text))) take(doc, index++);
  } catch (e) {
    problems.push({ ruleId: "parse/yaml-syntax", file, line: 1, column: 1, message: `${file} could not be parsed: ${errorText(e)}` });
    return { file, documents: [], problems };
  }
  if (hasBraces && (templateSeen || syntaxErrorSeen && parsesWithoutActions(text))) {
    const line = firstLineWith(text, "{{");
    return {
      file,
      documents: [],
      problems: [{
        ruleId: "parse/helm-template",
        file,
        line,
        column: 1,
        message: `${file} looks like an unrendered Helm template ({{ \u2026 }} at line ${line}); render it with \`helm template\` first and check the output.`
      }]
    };
  }
  return { file, documents, problems };
}
function keep(text) {
  return () => text;
}
function documentAsts(source2, lineCounter, retained, ranges, retain, recent) {
  const fileKey = recent.newFile();
  return (index) => {
    if (retain) {
      const doc2 = retained[index];
      return doc2 ? { doc: doc2, lc: lineCounter } : void 0;
    }
    const hit = recent.get(fileKey, index);
    if (hit) return hit;
    const range = ranges[index];
    if (!range) return void 0;
    const text = source2();
    const lineStart = text.lastIndexOf("\n", range[0] - 1) + 1;
    const slice = text.slice(lineStart, range[0]).replace(/[^\t]/g, " ") + text.slice(range[0], range[1]);
    const docs = (0, import_yaml2.parseAllDocuments)(slice, { uniqueKeys: false });
    const doc = Array.isArray(docs) && docs.length === 1 ? docs[0] : void 0;
    if (!doc) return void 0;
    const ast = { doc, lc: { linePos: (offset) => lineCounter.linePos(offset + lineStart) } };
    recent.set(fileKey, index, ast);
    return ast;
  };
}
function ownString(s) {
  if (s.length < SLICE_MIN) {
    s.charCodeAt(0);
    return s;
  }
  return (" " + s).slice(1);
}
function flattenStrings(root) {
  const done = /* @__PURE__ */ new Set();
  const onPath2 = /* @__PURE__ */ new Set();
  const stack = [];
  if (root !== null && typeof root === "object") stack.push({ node: root });
  while (stack.length > 0) {
    const { node, exit } = stack.pop();
    if (exit) {
      onPath2.delete(node);
      done.add(node);
      continue;
    }
    if (onPath2.has(node)) return false;
    if (done.has(node)) continue;
    onPath2.add(node);
    stack.push({ node, exit: true });
    const record = node;
    for (const k of Object.keys(record)) {
      const v = record[k];
      if (typeof v === "string") record[k] = ownString(v);
      else if (v !== null && typeof v === "object") stack.push({ node: v });
    }
  }
  return true;
}
function hasTemplateStructure(doc) {
  let found = false;
  (0, import_yaml2.visit)(doc, {
    Pair(_key, pair2) {
      if ((0, import_yaml2.isCollection)(pair2.key)) {
        found = true;
        return import_yaml2.visit.BREAK;
      }
      return void 0;
    }
  });
  return found;
}
function parsesWithoutActions(text) {
  const stripped = text.replace(/^[ \t]*\{\{[^\n]*?\}\}[ \t]*$/gm, (m) => " ".repeat(m.length)).replace(/\{\{[^\n]*?\}\}/g, (m) => "x".repeat(m.length));
  try {
    const docs = (0, import_yaml2.parseAllDocuments)(stripped, { uniqueKeys: false, logLevel: "silent" });
    const list = Array.isArray(docs) ? docs : [docs];
    return list.every((d) => d.errors.length === 0);
  } catch {
    return false;
  }
}
function firstLineWith(text, needle) {
  const at = text.indexOf(needle);
  if (at < 0) return 1;
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function firstLine(s) {
  return s.split("\n")[0].trim();
}
function syntaxText(message) {
  const first = firstLine(message);
  return /call stack/i.test(first) ? "the document is nested too deeply to parse" : withheld(first);
}
function errorText(e) {
  if (e instanceof SelfReference) return "an alias is used inside its own anchor, so the document contains itself";
  if (e instanceof RangeError) return "the document is nested too deeply to process";
  return withheld(e instanceof Error ? firstLine(e.message) : String(e));
}
function withheld(message) {
  return message.replace(/^(Unresolved alias \(the anchor must be set before the alias\)|Unresolved tag|Block scalar header includes extra characters):.*$/, "$1").replace(/: ".*$/, "").replace(/^Unexpected (\S{3,}|\S+\s.*?) in (flow \w+|collection)$/, "Unexpected text in $2");
}
function documentFromValue(value, index = 0) {
  return { index, value, locate: () => void 0 };
}
var import_yaml2, RecentAsts, SLICE_MIN, SelfReference;
var init_yaml = __esm({
  "src/parse/yaml.ts"() {
    "use strict";
    import_yaml2 = __toESM(require_dist(), 1);
    init_locate();
    RecentAsts = class {
      constructor(limit = 16) {
        this.limit = limit;
      }
      limit;
      entries = /* @__PURE__ */ new Map();
      files = 0;
      /** A key for the documents of one more file. */
      newFile() {
        return this.files++;
      }
      get(file, index) {
        return this.entries.get(`${file}/${index}`);
      }
      set(file, index, ast) {
        this.entries.set(`${file}/${index}`, ast);
        if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value);
      }
    };
    SLICE_MIN = 13;
    SelfReference = class extends Error {
    };
  }
});

// src/policies/keyword-checks.ts
function quantityWithin(data, bound2, minimum) {
  const q = parseQuantity(data);
  if (!q.ok) return true;
  return minimum ? q.value >= bound2 : q.value <= bound2;
}
function isQuantity(data) {
  return parseQuantity(data).ok;
}
var init_keyword_checks = __esm({
  "src/policies/keyword-checks.ts"() {
    "use strict";
    init_quantity();
  }
});

// src/policies/regexp.ts
import { setFlagsFromString } from "node:v8";
function linearFlag() {
  if (enabled) return;
  setFlagsFromString("--enable-experimental-regexp-engine");
  enabled = true;
}
function linearRegExp(pattern) {
  linearFlag();
  let unicode;
  try {
    unicode = new RegExp(pattern, "u");
  } catch (e) {
    throw new UnsafePattern(pattern, `pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${e.message}`);
  }
  if (/\\[pP]\{|\\u\{/.test(pattern)) {
    throw new UnsafePattern(pattern, `pattern ${JSON.stringify(pattern)} uses \\p{\u2026} or \\u{\u2026}, which tollgate cannot match in linear time; list the characters instead`);
  }
  const shape = quantifierShape(pattern);
  if (!shape.lookaroundOrBackref) {
    try {
      return new RegExp(pattern, "l");
    } catch {
    }
  }
  if (shape.lookaroundOrBackref || shape.nested || shape.unbounded > 1) {
    throw new UnsafePattern(
      pattern,
      `pattern ${JSON.stringify(pattern)} cannot be matched in linear time (${shape.lookaroundOrBackref ? "backreferences and lookahead/lookbehind are refused" : shape.nested ? "a repeated group holds another repeat" : "more than one unbounded repeat beside large counted ones"}), so a manifest could make the check hang; simplify it`
    );
  }
  return {
    test(s) {
      if (s.length > FALLBACK_MAX_INPUT) {
        throw new Error(`a ${s.length}-character value is too long for pattern ${JSON.stringify(pattern)} (at most ${FALLBACK_MAX_INPUT} characters are matched with it)`);
      }
      return unicode.test(s);
    }
  };
}
function quantifierShape(pattern) {
  let nested = false;
  let unbounded = 0;
  let lookaroundOrBackref = false;
  const groups = [{ repeats: false }];
  for (let i = 0; i < pattern.length; i++) {
    const c2 = pattern[i];
    let atomGroup;
    if (c2 === "\\") {
      if (/[1-9k]/.test(pattern[i + 1] ?? "")) lookaroundOrBackref = true;
      i++;
    } else if (c2 === "[") {
      for (i++; i < pattern.length && pattern[i] !== "]"; i++) if (pattern[i] === "\\") i++;
    } else if (c2 === "(") {
      if (/^\?(=|!|<=|<!)/.test(pattern.slice(i + 1, i + 4))) lookaroundOrBackref = true;
      groups.push({ repeats: false });
      continue;
    } else if (c2 === ")") {
      atomGroup = groups.length > 1 ? groups.pop() : void 0;
      if (atomGroup?.repeats) groups[groups.length - 1].repeats = true;
    } else if (c2 === "|") {
      groups[groups.length - 1].repeats = true;
      continue;
    }
    const q = /^(?:[*+]|\{\d+,\d*\}|\{\d+\})/.exec(pattern.slice(i + 1));
    if (q) {
      const m = /^\{(\d+)(,(\d*))?\}$/.exec(q[0]);
      const many = !m || m[2] !== void 0 ? true : Number(m[1]) > 1;
      if (!m || m[2] !== void 0 && m[3] === "") unbounded++;
      if (many) {
        if (atomGroup?.repeats) nested = true;
        groups[groups.length - 1].repeats = true;
      }
      i += q[0].length;
    } else if (pattern[i + 1] === "?") {
      i++;
    }
  }
  return { nested, unbounded, lookaroundOrBackref };
}
var enabled, UnsafePattern, FALLBACK_MAX_INPUT, linearRegExpEngine;
var init_regexp = __esm({
  "src/policies/regexp.ts"() {
    "use strict";
    enabled = false;
    UnsafePattern = class extends Error {
      constructor(pattern, message) {
        super(message);
        this.pattern = pattern;
      }
      pattern;
    };
    FALLBACK_MAX_INPUT = 4096;
    linearRegExpEngine = Object.assign((pattern) => linearRegExp(pattern), {
      code: "linearRegExp"
    });
  }
});

// src/policies/keywords.ts
function boundOf(name2, schema) {
  const b = parseQuantity(schema);
  if (!b.ok) throw new Error(`${name2}: "${String(schema)}" is not a valid quantity (${b.reason})`);
  return b;
}
function bound(name2) {
  const { _, str: str2 } = ajvModule();
  const minimum = name2 === "quantityMinimum";
  return {
    keyword: name2,
    type: ["string", "number"],
    schemaType: ["string", "number"],
    error: {
      message: ({ schema }) => str2`${minimum ? "is below the minimum" : "is above the maximum"} ${boundOf(name2, schema).text}`,
      params: ({ schema }) => _`{limit: ${boundOf(name2, schema).text}}`
    },
    code(cxt) {
      const b = boundOf(name2, cxt.schema);
      const within = cxt.gen.scopeValue("func", { ref: quantityWithin, code: _`quantityWithin` });
      cxt.fail(_`!${within}(${cxt.data}, ${b.value}, ${minimum})`);
    }
  };
}
function createPolicyAjv(standalone = false) {
  const { _, str: str2 } = ajvModule();
  const ajv2 = newAjv({ ...POLICY_AJV_OPTIONS, code: { regExp: linearRegExpEngine, ...standalone ? { source: true, esm: true } : {} } });
  ajv2.addKeyword(bound("quantityMinimum"));
  ajv2.addKeyword(bound("quantityMaximum"));
  ajv2.addKeyword({
    keyword: "quantity",
    schemaType: "boolean",
    error: { message: ({ schema }) => str2`${schema ? "is not a valid quantity" : "is a quantity"}` },
    code(cxt) {
      const test = cxt.gen.scopeValue("func", { ref: isQuantity, code: _`isQuantity` });
      cxt.fail(_`${test}(${cxt.data}) !== ${cxt.schema}`);
    }
  });
  return ajv2;
}
var POLICY_AJV_OPTIONS;
var init_keywords = __esm({
  "src/policies/keywords.ts"() {
    "use strict";
    init_ajv();
    init_quantity();
    init_keyword_checks();
    init_regexp();
    POLICY_AJV_OPTIONS = { allErrors: true, strict: false, verbose: true };
  }
});

// src/policies/schema.ts
var policyFileSchema;
var init_schema = __esm({
  "src/policies/schema.ts"() {
    "use strict";
    policyFileSchema = {
      type: "object",
      additionalProperties: false,
      required: ["id", "title", "severity", "target", "schema", "message", "remediation", "examples"],
      properties: {
        id: { type: "string", pattern: "^[a-z0-9-]+/[a-z0-9-]+$" },
        title: { type: "string", minLength: 5 },
        description: { type: "string" },
        severity: { enum: ["error", "warning", "info"] },
        target: { enum: ["container", "workload", "object"] },
        kinds: { type: "array", items: { type: "string" }, minItems: 1 },
        optIn: { type: "boolean" },
        options: { type: "object", description: "option name -> default value; `${name}` strings in schema are replaced" },
        schema: { type: "object" },
        message: { type: "string", minLength: 5 },
        remediation: { type: "string", minLength: 5 },
        examples: {
          type: "object",
          additionalProperties: false,
          required: ["pass", "fail"],
          properties: {
            pass: { type: "array", minItems: 1, items: { type: "string" } },
            fail: {
              type: "array",
              minItems: 1,
              items: {
                type: "object",
                additionalProperties: false,
                required: ["manifest", "lines"],
                properties: {
                  manifest: { type: "string" },
                  lines: { type: "array", items: { type: "integer", minimum: 1 }, minItems: 1 },
                  options: { type: "object" }
                }
              }
            }
          }
        }
      }
    };
  }
});

// src/policies/loader.ts
function usePrecompiledPolicyValidators(v) {
  policyFileValidator = v.policyFile;
  for (const [key2, fn] of Object.entries(v.policies)) compiled.set(key2, fn);
  for (const [text, policy] of v.parsed) preparsed.set(text, policy);
}
function loadPolicy(file, text) {
  const known = preparsed.get(text);
  if (known) return { rule: policyRule(known), policy: known, file };
  const parsed = parseYamlText(file, text);
  if (parsed.problems.length > 0 || parsed.documents.length !== 1) {
    const p = parsed.problems[0];
    throw new ConfigInvalid(file, [{ field: "(file)", message: p?.message ?? "a policy file holds exactly one YAML document", ...p?.line ? { line: p.line } : {} }]);
  }
  const doc = parsed.documents[0];
  if (!validatePolicyFile(doc.value)) throw new ConfigInvalid(file, humanErrors(policyFileValidator?.errors ?? [], doc));
  const policy = doc.value;
  try {
    compileSchema(policy, policy.options ?? {});
  } catch (e) {
    const at = e instanceof UnsafePattern ? patternPointer(policy.schema, e.pattern, "/schema") : void 0;
    const pointer = at ?? "/schema";
    const pos = doc.locate(pointer);
    const field = pointer.slice(1).split("/").join(".");
    throw new ConfigInvalid(file, [{ field, message: e instanceof Error ? e.message : String(e), ...pos ? { line: pos.line, column: pos.column } : {} }]);
  }
  return { rule: policyRule(policy), policy, file };
}
function patternPointer(node, pattern, at) {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const p = patternPointer(node[i], pattern, `${at}/${i}`);
      if (p) return p;
    }
  } else if (isRecord(node)) {
    for (const [k, v] of Object.entries(node)) {
      const here = `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if (k === "pattern" && v === pattern) return here;
      if (k === "patternProperties" && isRecord(v) && pattern in v) return `${here}/${pattern.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      const p = patternPointer(v, pattern, here);
      if (p) return p;
    }
  }
  return void 0;
}
function compileSchema(policy, options) {
  let perPolicy = byOptions.get(options);
  if (!perPolicy) byOptions.set(options, perPolicy = /* @__PURE__ */ new Map());
  let hit = perPolicy.get(policy);
  if (!hit) perPolicy.set(policy, hit = compileByKey(policy, options));
  return hit;
}
function validatorKey(policy, options) {
  return `${policy.id}\0${JSON.stringify(policy.schema)}\0${JSON.stringify(options)}`;
}
function policySchema(policy, options) {
  return substitute(policy.schema, { ...policy.options, ...options });
}
function compileByKey(policy, options) {
  const key2 = validatorKey(policy, options);
  let v = compiled.get(key2);
  if (!v) {
    v = ajv().compile(policySchema(policy, options));
    compiled.set(key2, v);
  }
  return v;
}
function substitute(node, options) {
  if (typeof node === "string") {
    const m = /^\$\{([\w-]+)\}$/.exec(node);
    if (m && m[1] in options) return options[m[1]];
    return node;
  }
  if (Array.isArray(node)) return node.map((n) => substitute(n, options));
  if (isRecord(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, substitute(v, options)]));
  return node;
}
function policyRule(policy) {
  const meta = {
    family: policy.id.split("/")[0],
    severity: policy.severity,
    summary: policy.title,
    ...policy.description ? { description: policy.description } : {},
    remediation: policy.remediation,
    messages: { violation: policy.message },
    ...policy.options ? { defaultOptions: policy.options, optionsSchema: optionsSchemaFor(policy.options) } : {},
    ...policy.optIn ? { optIn: true } : {},
    source: "policy"
  };
  const kinds = policy.kinds ? { kinds: policy.kinds } : {};
  const evaluate = (options, value, base, report) => {
    const validate = compileSchema(policy, options);
    if (validate(value)) return;
    for (const e of dedupe(validate.errors ?? [])) {
      const path = e.instancePath + (e.keyword === "required" ? "" : "");
      report({
        messageId: "violation",
        at: base + path,
        data: {
          ...stringOptions(options),
          path: path === "" ? "(root)" : path.slice(1).replace(/\//g, "."),
          value: typeof e.data === "object" ? JSON.stringify(e.data) : String(e.data),
          problem: humanErrors([e])[0]?.message ?? e.message ?? "is invalid"
        }
      });
    }
  };
  switch (policy.target) {
    case "container":
      return defineRule({ id: policy.id, target: "container", ...kinds, meta, check: (ctx, c2) => evaluate(ctx.options, c2.raw, c2.pointer(), ctx.report) });
    case "workload":
      return defineRule({ id: policy.id, target: "workload", ...kinds, meta, check: (ctx, w) => evaluate(ctx.options, w.object.raw, "", ctx.report) });
    default:
      return defineRule({ id: policy.id, target: "object", ...kinds, meta, check: (ctx, o) => evaluate(ctx.options, o.raw, "", ctx.report) });
  }
}
function optionsSchemaFor(defaults) {
  const properties = {};
  for (const [name2, value] of Object.entries(defaults)) {
    if (typeof value === "string" && parseQuantity(value).ok) properties[name2] = { type: ["string", "number"], pattern: QUANTITY_PATTERN };
    else if (value === null) properties[name2] = {};
    else properties[name2] = { type: Array.isArray(value) ? "array" : typeof value === "object" ? "object" : typeof value };
  }
  return { type: "object", additionalProperties: false, properties };
}
function dedupe(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    if (e.keyword === "if" || e.keyword === "anyOf" || e.keyword === "oneOf") return false;
    const k = `${e.instancePath}|${e.keyword}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function stringOptions(o) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
}
var policyAjv, ajv, policyFileValidator, validatePolicyFile, preparsed, compiled, byOptions, QUANTITY_PATTERN;
var init_loader = __esm({
  "src/policies/loader.ts"() {
    "use strict";
    init_config();
    init_types();
    init_rule();
    init_quantity();
    init_yaml();
    init_keywords();
    init_regexp();
    init_schema();
    ajv = () => policyAjv ??= createPolicyAjv();
    validatePolicyFile = (value) => {
      policyFileValidator ??= ajv().compile(policyFileSchema);
      return policyFileValidator(value);
    };
    preparsed = /* @__PURE__ */ new Map();
    compiled = /* @__PURE__ */ new Map();
    byOptions = /* @__PURE__ */ new WeakMap();
    QUANTITY_PATTERN = "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$";
  }
});

// src/workspace/files.ts
import { readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join, relative, resolve, sep } from "node:path";
function isSkippedPath(repoPath2) {
  const segments = repoPath2.split("/");
  return segments.some((seg, i) => i < segments.length - 1 && SKIP_DIRS.has(seg) || seg.startsWith(".") && seg.length > 1 && seg !== "..");
}
function collectFiles(paths2, cwd, stdin) {
  const files = [];
  const problems = [];
  const seenDirs = /* @__PURE__ */ new Set();
  const seenFiles = /* @__PURE__ */ new Set();
  const display = (abs) => {
    const rel = relative(cwd, abs);
    return (rel === "" ? "." : rel.startsWith("..") ? abs : rel).split(sep).join("/");
  };
  const addFile = (abs) => {
    const real = safeRealpath(abs);
    if (real === void 0 || seenFiles.has(real)) return;
    seenFiles.add(real);
    const name2 = display(abs);
    try {
      const size = statSync(abs).size;
      if (size > MAX_FILE_BYTES) {
        problems.push({ file: name2, message: `${name2} is ${(size / 1048576).toFixed(0)} MiB, larger than the ${MAX_FILE_BYTES / 1048576} MiB tollgate reads; split it or exclude it.` });
        return;
      }
      files.push({ file: name2, read: () => readFileSync(abs) });
    } catch (e) {
      problems.push({ file: name2, message: `${name2} cannot be read: ${e.code ?? e.message}` });
    }
  };
  const walk = (dir) => {
    const real = safeRealpath(dir);
    if (real === void 0 || seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ file: display(dir), message: `${display(dir)} cannot be read: ${e.code ?? e.message}` });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isDir) {
        if (SKIP_DIRS.has(e.name) || e.name.startsWith(".")) continue;
        walk(p);
      } else if (isFile && !e.name.startsWith(".") && MANIFEST_EXTENSIONS.has(extname(e.name).toLowerCase())) {
        addFile(p);
      }
    }
  };
  for (const p of paths2) {
    if (p === "-") {
      if (!stdin) throw new UsageError("reading from stdin is not available here");
      files.push({ file: "<stdin>", text: stdin() });
      continue;
    }
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UsageError(`${p}: no such file or directory`);
    }
    if (st.isDirectory()) walk(abs);
    else addFile(abs);
  }
  return { files, problems };
}
function safeRealpath(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
var MANIFEST_EXTENSIONS, SKIP_DIRS, MAX_FILE_BYTES, UsageError;
var init_files = __esm({
  "src/workspace/files.ts"() {
    "use strict";
    MANIFEST_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
    SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform", "vendor"]);
    MAX_FILE_BYTES = 64 * 1024 * 1024;
    UsageError = class extends Error {
    };
  }
});

// src/cli/files.ts
var files_exports = {};
__export(files_exports, {
  MANIFEST_EXTENSIONS: () => MANIFEST_EXTENSIONS,
  MAX_FILE_BYTES: () => MAX_FILE_BYTES,
  UsageError: () => UsageError,
  collectFiles: () => collectFiles,
  isSkippedPath: () => isSkippedPath
});
var init_files2 = __esm({
  "src/cli/files.ts"() {
    "use strict";
    init_files();
  }
});

// src/model/classify.ts
function apiGroup(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
function isKubernetesApiVersion(apiVersion) {
  if (!API_VERSION.test(apiVersion)) return false;
  const group3 = apiGroup(apiVersion);
  if (group3 === "") return apiVersion === "v1";
  return DOTLESS_GROUPS.has(group3) || group3.includes(".");
}
function isToolConfig(apiVersion, kind) {
  const group3 = apiGroup(apiVersion);
  if (TOOL_GROUPS.has(group3) || group3.endsWith(".config.k8s.io")) return true;
  return apiVersion === "v1" && kind === "Config";
}
function classifyDocument(value) {
  if (!isRecord(value)) return { type: "skip", reason: "not-a-mapping" };
  const kind = typeof value.kind === "string" && value.kind !== "" ? value.kind : void 0;
  const apiVersion = typeof value.apiVersion === "string" && value.apiVersion !== "" ? value.apiVersion : void 0;
  if (kind === void 0 && apiVersion === void 0) return { type: "skip", reason: "no-apiversion-or-kind" };
  const hasMetadata = isRecord(value.metadata);
  if (apiVersion === void 0) {
    if (TOOL_KINDS_WITHOUT_API.has(kind)) return { type: "skip", reason: "tool-config" };
    return hasMetadata ? { type: "broken", missing: "apiVersion" } : { type: "skip", reason: "not-kubernetes" };
  }
  if (!isKubernetesApiVersion(apiVersion)) return { type: "skip", reason: "not-kubernetes" };
  if (isToolConfig(apiVersion, kind ?? "")) return { type: "skip", reason: "tool-config" };
  if (kind === void 0) {
    const builtinGroup = apiVersion !== "v1" && (DOTLESS_GROUPS.has(apiGroup(apiVersion)) || apiGroup(apiVersion).endsWith(".k8s.io"));
    return hasMetadata || builtinGroup ? { type: "broken", missing: "kind" } : { type: "skip", reason: "not-kubernetes" };
  }
  return { type: "object" };
}
var DOTLESS_GROUPS, TOOL_GROUPS, TOOL_KINDS_WITHOUT_API, API_VERSION;
var init_classify = __esm({
  "src/model/classify.ts"() {
    "use strict";
    init_types();
    DOTLESS_GROUPS = /* @__PURE__ */ new Set(["apps", "batch", "autoscaling", "policy", "extensions"]);
    TOOL_GROUPS = /* @__PURE__ */ new Set([
      "kind.x-k8s.io",
      // kind cluster config
      "k3d.io",
      // k3d cluster config
      "kpt.dev",
      // Kptfile
      "config.kubernetes.io",
      // kpt / kustomize function configs
      "ctlptl.dev",
      // ctlptl clusters and registries
      "kubeadm.k8s.io",
      // kubeadm ClusterConfiguration
      "audit.k8s.io",
      // the API server's audit policy file
      "k0sctl.k0sproject.io"
      // k0sctl cluster config
    ]);
    TOOL_KINDS_WITHOUT_API = /* @__PURE__ */ new Set(["Kustomization", "Component"]);
    API_VERSION = /^(?:[a-z0-9]([a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\/)?v[0-9]+(?:(?:alpha|beta)[0-9]+)?$/;
  }
});

// src/model/objects.ts
function objectsFromDocuments(docs) {
  const objects = [];
  const incomplete = [];
  let skipped = 0;
  for (const doc of docs) {
    const c2 = classifyDocument(doc.value);
    if (c2.type === "skip") {
      skipped++;
      continue;
    }
    if (c2.type === "broken") {
      incomplete.push({ doc, pointer: "", missing: c2.missing });
      continue;
    }
    const v = doc.value;
    const kind = v.kind;
    if (kind.endsWith("List") && Array.isArray(v.items)) {
      v.items.forEach((item, i) => {
        const pointer = joinPointer("", "items", i);
        if (!isRecord(item) || typeof item.kind !== "string" || typeof item.apiVersion !== "string") {
          incomplete.push({ doc, pointer, missing: isRecord(item) && typeof item.kind === "string" ? "apiVersion" : "kind" });
          return;
        }
        objects.push(makeObject(item, doc, pointer));
      });
      continue;
    }
    objects.push(makeObject(v, doc, ""));
  }
  return { objects, skipped, incomplete };
}
function makeObject(raw, source2, basePointer) {
  return {
    apiVersion: raw.apiVersion,
    kind: raw.kind,
    metadata: metadataOf(raw.metadata),
    raw,
    source: source2,
    basePointer,
    key: `${source2.file ?? "<request>"}#${source2.index}${basePointer}`
  };
}
function metadataOf(m) {
  if (!isRecord(m)) return { labels: {}, annotations: {} };
  const md = {
    labels: stringMap(m.labels),
    annotations: stringMap(m.annotations)
  };
  if (typeof m.name === "string") md.name = m.name;
  if (typeof m.generateName === "string") md.generateName = m.generateName;
  if (typeof m.namespace === "string" && m.namespace !== "") md.namespace = m.namespace;
  return md;
}
function stringMap(v) {
  const out = {};
  if (!isRecord(v)) return out;
  for (const k of Object.keys(v)) {
    const val = v[k];
    if (val !== null && val !== void 0) out[k] = String(val);
  }
  return out;
}
var init_objects = __esm({
  "src/model/objects.ts"() {
    "use strict";
    init_types();
    init_classify();
  }
});

// src/model/kinds.ts
function builtinScope(kind) {
  if (CLUSTER_SCOPED_KINDS.has(kind)) return "Cluster";
  if (NAMESPACED_KINDS.has(kind)) return "Namespaced";
  return "Unknown";
}
function isWorkloadKind(kind) {
  return WORKLOAD_KINDS.includes(kind);
}
var CLUSTER_SCOPED_KINDS, NAMESPACED_KINDS, WORKLOAD_KINDS, POD_SPEC_POINTER;
var init_kinds = __esm({
  "src/model/kinds.ts"() {
    "use strict";
    CLUSTER_SCOPED_KINDS = /* @__PURE__ */ new Set([
      "Namespace",
      "Node",
      "PersistentVolume",
      "ClusterRole",
      "ClusterRoleBinding",
      "CustomResourceDefinition",
      "StorageClass",
      "PriorityClass",
      "RuntimeClass",
      "CSIDriver",
      "CSINode",
      "VolumeAttachment",
      "IngressClass",
      "ValidatingWebhookConfiguration",
      "MutatingWebhookConfiguration",
      "ValidatingAdmissionPolicy",
      "ValidatingAdmissionPolicyBinding",
      "MutatingAdmissionPolicy",
      "MutatingAdmissionPolicyBinding",
      "APIService",
      "CertificateSigningRequest",
      "FlowSchema",
      "PriorityLevelConfiguration",
      "ComponentStatus",
      "TokenReview",
      "SubjectAccessReview",
      "SelfSubjectAccessReview",
      "SelfSubjectRulesReview",
      "SelfSubjectReview",
      "ClusterTrustBundle",
      "DeviceClass",
      "ResourceSlice",
      "IPAddress",
      "ServiceCIDR",
      "VolumeAttributesClass"
    ]);
    NAMESPACED_KINDS = /* @__PURE__ */ new Set([
      "Pod",
      "Deployment",
      "ReplicaSet",
      "ReplicationController",
      "StatefulSet",
      "DaemonSet",
      "Job",
      "CronJob",
      "Service",
      "Endpoints",
      "EndpointSlice",
      "ConfigMap",
      "Secret",
      "ServiceAccount",
      "PersistentVolumeClaim",
      "Role",
      "RoleBinding",
      "ResourceQuota",
      "LimitRange",
      "NetworkPolicy",
      "Ingress",
      "HorizontalPodAutoscaler",
      "PodDisruptionBudget",
      "Event",
      "Lease",
      "PodTemplate",
      "ControllerRevision",
      "CSIStorageCapacity",
      "LocalSubjectAccessReview",
      "ResourceClaim",
      "ResourceClaimTemplate",
      "PodSchedulingContext",
      "DeploymentConfig"
    ]);
    WORKLOAD_KINDS = ["Pod", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job", "CronJob", "DeploymentConfig"];
    POD_SPEC_POINTER = {
      Pod: "/spec",
      Deployment: "/spec/template/spec",
      ReplicaSet: "/spec/template/spec",
      ReplicationController: "/spec/template/spec",
      StatefulSet: "/spec/template/spec",
      DaemonSet: "/spec/template/spec",
      Job: "/spec/template/spec",
      CronJob: "/spec/jobTemplate/spec/template/spec",
      DeploymentConfig: "/spec/template/spec"
    };
  }
});

// src/model/workload.ts
function workloadOf(object) {
  if (!isWorkloadKind(object.kind)) return void 0;
  const podSpecPointer = POD_SPEC_POINTER[object.kind];
  const template = TEMPLATE_PATH[object.kind];
  const podSpec = valueAt(object.raw, template.spec);
  if (!isRecord(podSpec)) return void 0;
  const templateMeta = valueAt(object.raw, template.metadata);
  const spec = isRecord(object.raw.spec) ? object.raw.spec : {};
  let replicas;
  let replicasSet = false;
  switch (object.kind) {
    case "Pod":
      replicas = 1;
      break;
    case "DaemonSet":
      replicas = void 0;
      break;
    case "Job":
      replicasSet = typeof spec.parallelism === "number";
      replicas = replicasSet ? spec.parallelism : 1;
      break;
    case "CronJob": {
      const jobSpec = valueAt(object.raw, JOB_SPEC);
      replicasSet = isRecord(jobSpec) && typeof jobSpec.parallelism === "number";
      replicas = replicasSet ? jobSpec.parallelism : 1;
      break;
    }
    default:
      replicasSet = typeof spec.replicas === "number";
      replicas = replicasSet ? spec.replicas : 1;
  }
  const overheadPointer = joinPointer(podSpecPointer, "overhead");
  const overhead = parseResources(podSpec.overhead, overheadPointer, "overhead");
  const workload = {
    object,
    kind: object.kind,
    podSpecPointer,
    podSpec,
    podLabels: stringMap(isRecord(templateMeta) ? templateMeta.labels : void 0),
    podAnnotations: stringMap(isRecord(templateMeta) ? templateMeta.annotations : void 0),
    replicas,
    replicasSet,
    schedule: object.kind === "Job" || object.kind === "CronJob" ? "batch" : "always",
    overhead: overhead.values,
    invalidOverhead: overhead.invalid
  };
  workload.containers = [];
  workload.initContainers = [];
  workload.sidecars = [];
  workload.all = [];
  const add2 = (list, field) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, index) => {
      if (!isRecord(raw)) return;
      const base = joinPointer(podSpecPointer, field, index);
      const role = field === "containers" ? "app" : raw.restartPolicy === "Always" ? "sidecar" : "init";
      const res = isRecord(raw.resources) ? raw.resources : {};
      const requests = parseResources(res.requests, joinPointer(base, "resources", "requests"), "requests");
      const limits = parseResources(res.limits, joinPointer(base, "resources", "limits"), "limits");
      const c2 = {
        name: typeof raw.name === "string" ? raw.name : `#${index}`,
        role,
        index,
        raw,
        requests: requests.values,
        limits: limits.values,
        invalid: requests.invalid.length + limits.invalid.length === 0 ? [] : [...requests.invalid, ...limits.invalid],
        workload,
        pointer: (...tokens) => joinPointer(base, ...tokens)
      };
      if (typeof raw.image === "string") c2.image = raw.image;
      workload.all.push(c2);
      if (role === "app") workload.containers.push(c2);
      else if (role === "sidecar") workload.sidecars.push(c2);
      else workload.initContainers.push(c2);
    });
  };
  add2(podSpec.initContainers, "initContainers");
  add2(podSpec.containers, "containers");
  return workload;
}
function parseResources(v, pointer, field) {
  if (!isRecord(v)) return NO_QUANTITIES;
  const values = {};
  const invalid = [];
  for (const resource of Object.keys(v)) {
    const p = joinPointer(pointer, resource);
    const q = parseQuantity(v[resource]);
    if (!q.ok) invalid.push({ resource, field, text: q.text, reason: q.reason, pointer: p });
    else if (q.value < 0) invalid.push({ resource, field, text: q.text, reason: "it is negative", pointer: p });
    else values[resource] = { value: q.value, text: q.text, pointer: p };
  }
  return { values, invalid };
}
function containerRequest(c2, r, defaults) {
  return c2.requests[r]?.value ?? c2.limits[r]?.value ?? defaults?.defaultRequest[r] ?? defaults?.default[r];
}
function effectivePodValue(w, r, pick) {
  let missing = false;
  const get = (c2) => {
    const v = pick(c2, r);
    if (v === void 0) {
      missing = true;
      return 0;
    }
    return v;
  };
  let sidecarSum = 0;
  let initMax = 0;
  for (const c2 of w.all) {
    if (c2.role === "app") break;
    const v = get(c2);
    if (c2.role === "sidecar") {
      sidecarSum += v;
      initMax = Math.max(initMax, sidecarSum);
    } else {
      initMax = Math.max(initMax, sidecarSum + v);
    }
  }
  let appSum = sidecarSum;
  for (const c2 of w.containers) appSum += get(c2);
  return { value: Math.max(initMax, appSum) + (w.overhead[r]?.value ?? 0), missing };
}
var RESOURCES, TEMPLATE_PATH, JOB_SPEC, NO_QUANTITIES;
var init_workload = __esm({
  "src/model/workload.ts"() {
    "use strict";
    init_types();
    init_kinds();
    init_objects();
    init_quantity();
    RESOURCES = ["cpu", "memory", "ephemeral-storage"];
    TEMPLATE_PATH = Object.fromEntries(
      Object.entries(POD_SPEC_POINTER).map(([kind, pointer]) => {
        const spec = splitPointer(pointer);
        return [kind, { spec, metadata: [...spec.slice(0, -1), "metadata"] }];
      })
    );
    JOB_SPEC = ["spec", "jobTemplate", "spec"];
    NO_QUANTITIES = Object.freeze({ values: Object.freeze({}), invalid: Object.freeze([]) });
  }
});

// src/model/run.ts
function push(m, k, v) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
var NONE, Run;
var init_run = __esm({
  "src/model/run.ts"() {
    "use strict";
    init_kinds();
    init_workload();
    NONE = Object.freeze([]);
    Run = class {
      objects;
      workloads;
      context;
      base;
      kindIndex = /* @__PURE__ */ new Map();
      nsIndex = /* @__PURE__ */ new Map();
      workloadByKey = /* @__PURE__ */ new Map();
      crdScopes = /* @__PURE__ */ new Map();
      memos = /* @__PURE__ */ new Map();
      constructor(objects, context = { origin: "files" }, base) {
        this.objects = objects;
        this.context = context;
        this.base = base;
        const workloads = [];
        for (const o of objects) {
          push(this.kindIndex, o.kind, o);
          const ns = this.namespaceOf(o);
          if (ns !== void 0) push(this.nsIndex, ns, o);
          const w = workloadOf(o);
          if (w) {
            workloads.push(w);
            this.workloadByKey.set(o.key, w);
          }
          if (o.kind === "CustomResourceDefinition") {
            const spec = o.raw.spec;
            if (typeof spec?.names?.kind === "string" && (spec.scope === "Namespaced" || spec.scope === "Cluster")) {
              this.crdScopes.set(spec.names.kind, spec.scope);
            }
          }
        }
        this.workloads = workloads;
      }
      byKind(kind) {
        return this.kindIndex.get(kind) ?? NONE;
      }
      /** Objects whose resolved namespace is `ns`. */
      inNamespace(ns) {
        return this.nsIndex.get(ns) ?? NONE;
      }
      namespaces() {
        return [...this.nsIndex.keys()];
      }
      workloadOf(o) {
        return this.workloadByKey.get(o.key);
      }
      /** Namespaced, cluster-scoped, or unknown (a CRD not in the run). */
      scopeOf(kind) {
        const b = builtinScope(kind);
        if (b !== "Unknown") return b;
        return this.crdScopes.get(kind) ?? "Unknown";
      }
      /**
       * Where a namespaced object lands: its metadata.namespace, else the namespace given for its path
       * or the admission request's namespace; undefined when only `kubectl apply` would decide.
       */
      namespaceOf(o) {
        if (o.metadata.namespace !== void 0) return o.metadata.namespace;
        if (this.scopeOf(o.kind) === "Cluster") return void 0;
        if (this.context.admission?.namespace) return this.context.admission.namespace;
        if (o.source.file !== void 0) return this.context.namespaceForFile?.(o.source.file);
        return void 0;
      }
      /** Memoised per-run computation shared by rules and doors (LimitRange defaults, cost estimate). */
      memo(key2, compute) {
        if (!this.memos.has(key2)) this.memos.set(key2, compute());
        return this.memos.get(key2);
      }
    };
  }
});

// src/parse/layout.ts
function chartPlaces(files) {
  const charts2 = /* @__PURE__ */ new Map();
  for (const f of files) {
    const m = CHART_FILE.exec(f);
    if (m) charts2.set(f.slice(0, m.index), f);
  }
  const out = /* @__PURE__ */ new Map();
  if (charts2.size === 0) return out;
  for (const f of files) {
    let dir = f;
    while (true) {
      const slash = dir.lastIndexOf("/");
      dir = slash < 0 ? "" : dir.slice(0, slash);
      const chartFile = charts2.get(dir);
      if (chartFile !== void 0) {
        const inside = dir === "" ? f : f.slice(dir.length + 1);
        const role = inside.startsWith("templates/") ? "template" : inside.startsWith("crds/") ? "crd" : "chart-file";
        out.set(f, { chart: dir, chartFile, role });
        break;
      }
      if (dir === "") break;
    }
  }
  return out;
}
var CHART_FILE;
var init_layout = __esm({
  "src/parse/layout.ts"() {
    "use strict";
    CHART_FILE = /(^|\/)Chart\.ya?ml$/;
  }
});

// src/engine/check.ts
function loadFiles(files, options = {}) {
  const documents = [];
  const problems = [];
  let budget = options.retainAstBytes ?? 1024 * 1024;
  const recentAsts = new RecentAsts();
  const places = chartPlaces(files.filter((f) => !f.rendered).map((f) => f.file));
  const unrendered2 = /* @__PURE__ */ new Map();
  for (const f of files) {
    const place = f.rendered ? void 0 : places.get(f.file);
    if (place?.role === "chart-file") continue;
    if (place?.role === "template") {
      const u = unrendered2.get(place.chartFile);
      if (u) u.templates++;
      else unrendered2.set(place.chartFile, { chart: place.chart === "" ? "." : place.chart, templates: 1 });
      continue;
    }
    let text = f.text;
    let reload;
    if (text === void 0) {
      let bytes;
      try {
        bytes = f.read ? f.read() : f.bytes ?? new Uint8Array();
      } catch (e) {
        problems.push({ ruleId: "parse/not-text", file: f.file, message: `${f.file} cannot be read: ${e.code ?? e.message}` });
        continue;
      }
      const d = decodeText(f.file, bytes);
      if (d.problem) {
        problems.push(d.problem);
        continue;
      }
      text = d.text;
      reload = f.read ? rereader(f.file, f.read, text.length) : bytesReloader(f.file, bytes);
    }
    budget -= text.length;
    const parsed = parseYamlText(f.file, text, { retainAst: budget > 0, recentAsts, ...reload ? { reload } : {} });
    documents.push(...parsed.documents);
    problems.push(...parsed.problems);
  }
  for (const [file, u] of unrendered2) {
    problems.push({
      ruleId: "parse/chart-not-rendered",
      file,
      line: 1,
      column: 1,
      message: `Helm chart ${u.chart} is not rendered here: its ${u.templates} template file${u.templates === 1 ? " is" : "s are"} skipped; check the output of \`helm template\` to lint what it creates.`
    });
  }
  return { documents, problems, files: files.length, skipped: 0 };
}
function bytesReloader(file, bytes) {
  return () => decodeText(file, bytes).text;
}
function rereader(file, read, length) {
  return () => {
    let text;
    try {
      text = decodeText(file, read()).text;
    } catch {
      text = void 0;
    }
    return text !== void 0 && text.length === length ? text : "";
  };
}
function checkDocuments(input) {
  const resolved = input.resolved ?? resolveRules(input.rules, input.config);
  const objs = objectsFromDocuments(input.documents);
  const baseRun = input.baseRun ?? (input.base ? buildRun(input.base, input.context) : void 0);
  const run2 = new Run(objs.objects, input.context ?? { origin: "files" }, baseRun);
  const findings = [];
  findings.push(...parseFindings(input.problems ?? [], resolved));
  for (const inc of objs.incomplete) {
    const f = sourceFinding(resolved, "parse/missing-kind", `${inc.doc.file ?? "input"} document ${inc.doc.index + 1} has no ${inc.missing}; it is skipped.`, inc.doc.file, inc.doc.locate(inc.pointer));
    if (f) findings.push(f);
  }
  const result = runRules(run2, resolved, input.config, input.engine);
  findings.push(...result.findings);
  sortFindings(findings);
  return {
    findings,
    summary: summarize(findings, input.fileCount ?? 0, input.documents.length, objs.objects.length, objs.skipped, result.suppressed),
    run: run2
  };
}
function buildRun(files, context) {
  const loaded2 = loadFiles(files, { retainAstBytes: 0 });
  return new Run(objectsFromDocuments(loaded2.documents).objects, context ?? { origin: "files" });
}
function parseFindings(problems, resolved) {
  const out = [];
  for (const p of problems) {
    const f = sourceFinding(resolved, p.ruleId, p.message, p.file, p.line !== void 0 ? { line: p.line, column: p.column ?? 1 } : void 0);
    if (f) out.push(f);
  }
  return out;
}
function sourceFinding(resolved, ruleId, message, file, pos) {
  const r = resolved.find((x) => x.rule.id === ruleId);
  if (!r) return void 0;
  return {
    ruleId,
    severity: r.severity,
    message,
    ...file !== void 0 ? { file } : {},
    ...pos ? { line: pos.line, column: pos.column } : {},
    remediation: r.rule.meta.remediation,
    docs: docsUrl(ruleId)
  };
}
function sortFindings(findings) {
  findings.sort(
    (a, b) => (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId)
  );
}
function summarize(findings, files, documents, objects, skipped, suppressed) {
  let errors = 0, warnings = 0, infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else if (f.severity === "info") infos++;
  }
  return { files, documents, objects, skippedDocuments: skipped, errors, warnings, infos, suppressed };
}
function failsAt(findings, failOn) {
  if (failOn === "never") return false;
  return findings.some((f) => severityRank[f.severity] >= severityRank[failOn]);
}
function unitContext(context, unit) {
  const base = context ?? { origin: "files" };
  if (!unit.namespaceForFile) return base;
  const own = unit.namespaceForFile;
  const outer = base.namespaceForFile;
  return { ...base, namespaceForFile: (f) => own(f) ?? outer?.(f) };
}
function checkUnits(input) {
  const resolved = input.resolved ?? resolveRules(input.rules, input.config);
  const baseByName = new Map((input.baseUnits ?? []).map((u) => [u.name, u]));
  const tag = input.units.length > 1;
  const findings = [];
  const units = [];
  let files = 0, documents = 0, objects = 0, skipped = 0, suppressed = 0;
  const unusedExemptions = /* @__PURE__ */ new Map();
  for (const unit of input.units) {
    const context = unitContext(input.context, unit);
    const b = baseByName.get(unit.name);
    const baseRun = b ? new Run(objectsFromDocuments(b.documents).objects, unitContext(input.context, b)) : void 0;
    const result = checkDocuments({
      ...input,
      resolved,
      context,
      documents: unit.documents,
      problems: unit.problems,
      fileCount: unit.fileCount,
      ...baseRun ? { baseRun } : {}
    });
    const own = [...result.findings];
    for (const n of unit.notes) {
      const f = sourceFinding(resolved, n.ruleId, n.message, n.file, n.line !== void 0 ? { line: n.line, column: n.column ?? 1 } : void 0);
      if (f) own.push(f);
    }
    own.push(...duplicateFindings(result.run, resolved, unit.name));
    for (const f of own) {
      if (f.ruleId === "tollgate/unused-exemption") {
        const list = unusedExemptions.get(f.pointer ?? "");
        if (list) list.push(f);
        else unusedExemptions.set(f.pointer ?? "", [f]);
        continue;
      }
      findings.push(tag ? { ...f, unit: unit.name } : f);
    }
    units.push({ unit, run: result.run });
    files += unit.fileCount;
    documents += result.summary.documents;
    objects += result.summary.objects;
    skipped += result.summary.skippedDocuments;
    suppressed += result.summary.suppressed;
  }
  for (const list of unusedExemptions.values()) if (list.length === input.units.length) findings.push(list[0]);
  sortFindings(findings);
  return { findings, summary: summarize(findings, files, documents, objects, skipped, suppressed), units };
}
function duplicateFindings(run2, resolved, unit) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  for (const o of run2.objects) {
    if (o.metadata.name === void 0) continue;
    const slash = o.apiVersion.indexOf("/");
    const group3 = slash === -1 ? "" : o.apiVersion.slice(0, slash);
    const ns = run2.scopeOf(o.kind) === "Cluster" ? "" : run2.namespaceOf(o) ?? "";
    const id = `${group3}|${o.kind}|${ns}|${o.metadata.name}`;
    const first = seen.get(id);
    if (!first) {
      seen.set(id, o);
      continue;
    }
    const at = (x) => {
      const p = x.source.locate(x.basePointer);
      return `${p?.file ?? x.source.file ?? "input"}${p ? `:${p.line}` : ""}`;
    };
    const pos = o.source.locate(o.basePointer);
    const f = sourceFinding(
      resolved,
      "parse/duplicate-object",
      `${describeObject(refOf(o))} is defined twice in ${unit}: at ${at(first)} and at ${at(o)}; only one is applied.`,
      pos?.file ?? o.source.file,
      pos ? { line: pos.line, column: pos.column } : void 0
    );
    if (f) out.push({ ...f, object: refOf(o) });
  }
  return out;
}
function unitRun(unit, context, base) {
  const baseRun = base ? new Run(objectsFromDocuments(base.documents).objects, unitContext(context, base)) : void 0;
  return new Run(objectsFromDocuments(unit.documents).objects, unitContext(context, unit), baseRun);
}
var init_check = __esm({
  "src/engine/check.ts"() {
    "use strict";
    init_types();
    init_objects();
    init_run();
    init_layout();
    init_yaml();
    init_engine();
    init_rule();
  }
});

// src/model/bluegreen-parity.ts
function slotDifferences(a, aSlot, b, bSlot, cfg) {
  const out = [];
  if (a.kind !== b.kind) {
    return [{ text: `${bSlot} is a ${b.kind}, ${aSlot} a ${a.kind}`, pointer: "/kind" }];
  }
  const na = normaliser(a, aSlot, cfg);
  const nb = normaliser(b, bSlot, cfg);
  const same = (x, y) => x === y || typeof x === "string" && typeof y === "string" && na(x) === nb(y);
  const say = (text, pointer) => out.push({ text: `${bSlot}: ${text}`, pointer });
  const ignoredLabels = /* @__PURE__ */ new Set([cfg.slotKey, ...cfg.versionLabels]);
  const labelsPointer = b.podSpecPointer.replace(/\/spec$/, "/metadata/labels");
  for (const k of [.../* @__PURE__ */ new Set([...Object.keys(a.podLabels), ...Object.keys(b.podLabels)])].sort()) {
    if (ignoredLabels.has(k) || same(a.podLabels[k], b.podLabels[k])) continue;
    say(`pod label ${k} ${show(b.podLabels[k])}, ${aSlot} ${show(a.podLabels[k])}`, joinPointer(labelsPointer, k));
  }
  for (const [role, label] of [["app", "container"], ["init", "init container"], ["sidecar", "sidecar"]]) {
    const as = a.all.filter((c2) => c2.role === role);
    const bs = b.all.filter((c2) => c2.role === role);
    const onlyB = bs.filter((c2) => !as.some((x) => x.name === c2.name));
    const onlyA = as.filter((c2) => !bs.some((x) => x.name === c2.name));
    if (onlyA.length === 1 && onlyB.length === 1) {
      say(`${label} name ${onlyB[0].name}, ${aSlot} ${onlyA[0].name}`, onlyB[0].pointer("name"));
      compareContainers(onlyA[0], onlyB[0], label, aSlot, same, say);
    } else {
      for (const c2 of onlyB) say(`has ${label} ${c2.name}, ${aSlot} does not`, c2.pointer("name"));
      for (const c2 of onlyA) say(`has no ${label} ${c2.name}, ${aSlot} does`, joinPointer(b.podSpecPointer, role === "app" ? "containers" : "initContainers"));
    }
    for (const cb of bs) {
      const ca = as.find((c2) => c2.name === cb.name);
      if (ca) compareContainers(ca, cb, label, aSlot, same, say);
    }
  }
  const rest = (spec) => {
    const { containers: _c, initContainers: _i, ...others } = spec;
    return others;
  };
  for (const d of deepDiff(rest(a.podSpec), rest(b.podSpec), b.podSpecPointer, same)) {
    say(`pod ${d.path} ${show(d.b)}, ${aSlot} ${show(d.a)}`, d.pointer);
  }
  return out.slice(0, MAX_DIFFERENCES);
}
function compareContainers(a, b, label, aSlot, same, say) {
  const who2 = `${label} ${b.name}`;
  if (a.image && b.image && !same(imageRepository(a.image), imageRepository(b.image))) {
    say(`${who2} image ${imageRepository(b.image)}, ${aSlot} ${imageRepository(a.image)}`, b.pointer("image"));
  }
  for (const field of ["requests", "limits"]) {
    for (const r of RESOURCES) {
      const qa = a[field][r];
      const qb = b[field][r];
      if (qa?.value === qb?.value) continue;
      say(`${who2} ${field} ${r} ${qb?.text ?? "none"}, ${aSlot} ${qa?.text ?? "none"}`, qb?.pointer ?? b.pointer("resources"));
    }
  }
  const envOf2 = (c2) => {
    const m = /* @__PURE__ */ new Map();
    if (Array.isArray(c2.raw.env)) {
      c2.raw.env.forEach((e, index) => {
        if (isRecord(e) && typeof e.name === "string") m.set(e.name, { value: e.value ?? e.valueFrom, index });
      });
    }
    return m;
  };
  const ea = envOf2(a);
  const eb = envOf2(b);
  for (const name2 of [.../* @__PURE__ */ new Set([...ea.keys(), ...eb.keys()])].sort()) {
    const va = ea.get(name2);
    const vb = eb.get(name2);
    if (va && vb && (VERSIONISH_ENV.test(name2) || sameDeep(va.value, vb.value, same))) continue;
    say(
      `${who2} env ${name2} ${vb ? show(vb.value) : "unset"}, ${aSlot} ${va ? show(va.value) : "unset"}`,
      vb ? b.pointer("env", vb.index) : b.pointer("env")
    );
  }
  const rest = (raw) => {
    const { name: _n, image: _i, env: _e, resources: _r, ...others } = raw;
    return others;
  };
  for (const d of deepDiff(rest(a.raw), rest(b.raw), b.pointer(), same)) {
    say(`${who2} ${d.path} ${show(d.b)}, ${aSlot} ${show(d.a)}`, d.pointer);
  }
}
function deepDiff(a, b, pointer, same, path = "") {
  const out = [];
  const walk = (x, y, ptr, p) => {
    if (isRecord(x) && isRecord(y)) {
      for (const k of [.../* @__PURE__ */ new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
        walk(x[k], y[k], joinPointer(ptr, k), p ? `${p}.${k}` : k);
      }
      return;
    }
    if (Array.isArray(x) && Array.isArray(y)) {
      const named = [...x, ...y].every((i) => isRecord(i) && typeof i.name === "string");
      if (named) {
        const ix = new Map(x.map((i) => [i.name, i]));
        const iy = new Map(y.map((i, n) => [i.name, [i, n]]));
        for (const n of [.../* @__PURE__ */ new Set([...ix.keys(), ...iy.keys()])]) {
          const hit = iy.get(n);
          walk(ix.get(n), hit?.[0], hit ? joinPointer(ptr, hit[1]) : ptr, `${p}[${n}]`);
        }
      } else {
        for (let i = 0; i < Math.max(x.length, y.length); i++) walk(x[i], y[i], i < y.length ? joinPointer(ptr, i) : ptr, `${p}[${i}]`);
      }
      return;
    }
    if (!sameDeep(x, y, same)) out.push({ path: p, pointer: y === void 0 ? parentPointer(ptr) : ptr, a: x, b: y });
  };
  walk(a, b, pointer, path);
  return out;
}
function parentPointer(p) {
  return p.slice(0, Math.max(0, p.lastIndexOf("/")));
}
function sameDeep(x, y, same) {
  if (same(x, y)) return true;
  if (isRecord(x) && isRecord(y)) {
    const keys = /* @__PURE__ */ new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const k of keys) if (!sameDeep(x[k], y[k], same)) return false;
    return true;
  }
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => sameDeep(v, y[i], same));
  return false;
}
function normaliser(w, slot, cfg) {
  const tokens = /* @__PURE__ */ new Map([[slot, "\0slot"]]);
  const v = versionOf(w, cfg);
  if (v) tokens.set(v, "\0version");
  for (const c2 of w.all) {
    const t = imageTag(c2.image);
    if (t) tokens.set(t, "\0version");
  }
  for (const k of cfg.versionLabels) {
    const lv = w.podLabels[k];
    if (lv) tokens.set(lv, "\0version");
  }
  const ordered = [...tokens.entries()].sort((x, y) => y[0].length - x[0].length);
  return (s) => {
    let r = s;
    for (const [t, ph] of ordered) r = r.split(t).join(ph);
    return r;
  };
}
function show(v) {
  if (v === void 0 || v === null) return "none";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  const s = JSON.stringify(v);
  return s.length > 80 ? s.slice(0, 77) + "..." : s;
}
function changedPaths(before, after, limit = 3) {
  const all = deepDiff(before, after, "", (x, y) => x === y);
  return { items: all.slice(0, limit).map((d) => `${d.path} ${show(d.a)} \u2192 ${show(d.b)}`), total: all.length };
}
var VERSIONISH_ENV, MAX_DIFFERENCES;
var init_bluegreen_parity = __esm({
  "src/model/bluegreen-parity.ts"() {
    "use strict";
    init_types();
    init_bluegreen2();
    init_workload();
    VERSIONISH_ENV = /version|release|slot|colou?r|build|commit|sha|revision/i;
    MAX_DIFFERENCES = 10;
  }
});

// src/model/operators.ts
function operatorPodLabels(o, configured = []) {
  for (const c2 of configured) {
    if (c2.kind !== o.kind || !apiVersionMatches(c2.apiVersion, o.apiVersion)) continue;
    const labels = valueAt(o.raw, splitPointer(c2.labels));
    return isRecord(labels) ? stringMap(labels) : void 0;
  }
  const group3 = apiGroup(o.apiVersion);
  for (const b of BUILTIN) {
    if (b.kind !== o.kind || b.group !== group3) continue;
    const name2 = o.metadata.name ?? "";
    return { ...stringMap(valueAt(o.raw, b.labels)), ...b.own(name2) };
  }
  return void 0;
}
function apiVersionMatches(wanted, actual) {
  if (wanted === void 0) return true;
  return wanted.includes("/") ? wanted === actual : wanted === apiGroup(actual);
}
var MANAGED, BUILTIN;
var init_operators2 = __esm({
  "src/model/operators.ts"() {
    "use strict";
    init_types();
    init_classify();
    init_objects();
    MANAGED = { "app.kubernetes.io/managed-by": "prometheus-operator" };
    BUILTIN = [
      {
        group: "monitoring.coreos.com",
        kind: "Prometheus",
        labels: ["spec", "podMetadata", "labels"],
        own: (name2) => ({
          ...MANAGED,
          "app.kubernetes.io/name": "prometheus",
          "app.kubernetes.io/instance": name2,
          prometheus: name2,
          "operator.prometheus.io/name": name2
        })
      },
      {
        group: "monitoring.coreos.com",
        kind: "Alertmanager",
        labels: ["spec", "podMetadata", "labels"],
        own: (name2) => ({ ...MANAGED, "app.kubernetes.io/name": "alertmanager", "app.kubernetes.io/instance": name2, alertmanager: name2 })
      },
      {
        group: "monitoring.coreos.com",
        kind: "ThanosRuler",
        labels: ["spec", "podMetadata", "labels"],
        own: (name2) => ({ "thanos-ruler": name2 })
      }
    ];
  }
});

// src/model/selectors.ts
function parseLabelSelector(raw) {
  if (!isRecord(raw)) return void 0;
  const matchExpressions = [];
  if (Array.isArray(raw.matchExpressions)) {
    for (const e of raw.matchExpressions) {
      if (!isRecord(e) || typeof e.key !== "string" || typeof e.operator !== "string" || !OPERATORS.has(e.operator)) return void 0;
      const values = Array.isArray(e.values) ? e.values.filter((v) => v !== null && v !== void 0).map(String) : [];
      matchExpressions.push({ key: e.key, operator: e.operator, values });
    }
  }
  return { matchLabels: stringMap(raw.matchLabels), matchExpressions };
}
function selectorFromMap(map) {
  return { matchLabels: map, matchExpressions: [] };
}
function isEmptySelector(s) {
  return Object.keys(s.matchLabels).length === 0 && s.matchExpressions.length === 0;
}
function selectorMatches(s, labels) {
  for (const [k, v] of Object.entries(s.matchLabels)) if (labels[k] !== v) return false;
  for (const e of s.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case "In":
        if (!has || !e.values.includes(labels[e.key])) return false;
        break;
      case "NotIn":
        if (has && e.values.includes(labels[e.key])) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
    }
  }
  return true;
}
function formatSelector(s) {
  const parts = Object.entries(s.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const e of s.matchExpressions) {
    if (e.operator === "Exists") parts.push(e.key);
    else if (e.operator === "DoesNotExist") parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${e.operator === "In" ? "in" : "notin"} (${e.values.join(",")})`);
  }
  return parts.join(",") || "(everything)";
}
function serviceSelector(o) {
  if (o.kind !== "Service") return void 0;
  const spec = isRecord(o.raw.spec) ? o.raw.spec : {};
  if (spec.type === "ExternalName") return void 0;
  const sel = stringMap(spec.selector);
  return Object.keys(sel).length === 0 ? void 0 : sel;
}
function workloadSelector(w) {
  const spec = isRecord(w.object.raw.spec) ? w.object.raw.spec : {};
  const present = spec.selector !== void 0 && spec.selector !== null;
  switch (w.kind) {
    case "Deployment":
    case "ReplicaSet":
    case "StatefulSet":
    case "DaemonSet":
      return {
        selector: parseLabelSelector(spec.selector),
        pointer: "/spec/selector",
        present,
        required: w.object.apiVersion === "apps/v1"
      };
    case "ReplicationController":
    case "DeploymentConfig":
      return present ? { selector: selectorFromMap(stringMap(spec.selector)), pointer: "/spec/selector", present, required: false } : void 0;
    case "Job":
      return spec.manualSelector === true && present ? { selector: parseLabelSelector(spec.selector), pointer: "/spec/selector", present, required: false } : void 0;
    default:
      return void 0;
  }
}
function podIndex(run2, configured) {
  const key2 = configured === void 0 || configured.length === 0 ? "" : JSON.stringify(configured);
  return run2.memo(`selectors/pod-index/${key2}`, () => new PodIndex(run2, configured));
}
function serviceTargets(run2, service, configured) {
  const key2 = configured === void 0 || configured.length === 0 ? "" : JSON.stringify(configured);
  const cache3 = run2.memo(`selectors/service-targets/${key2}`, () => /* @__PURE__ */ new Map());
  let hit = cache3.get(service.key);
  if (!hit) {
    const sel = serviceSelector(service);
    hit = sel ? podIndex(run2, configured).matching(run2.namespaceOf(service), selectorFromMap(sel)) : [];
    cache3.set(service.key, hit);
  }
  return hit;
}
function nsKey(run2, o) {
  return run2.namespaceOf(o) ?? "";
}
function appIdentity(labels, appLabels = DEFAULT_APP_LABELS) {
  for (const k of appLabels) if (labels[k] !== void 0 && labels[k] !== "") return labels[k];
  return void 0;
}
function isBuiltinNonWorkload(o) {
  return o.kind === "PodTemplate" || o.kind === "Service";
}
function push2(m, k, v) {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
function getOrCreate(m, k) {
  let v = m.get(k);
  if (!v) {
    v = /* @__PURE__ */ new Map();
    m.set(k, v);
  }
  return v;
}
function unmetRequirements(s, labels) {
  const out = [];
  const has = (k) => Object.prototype.hasOwnProperty.call(labels, k);
  const now = (k) => has(k) ? `${k}=${labels[k]}` : `no ${k}`;
  for (const [k, v] of Object.entries(s.matchLabels)) if (labels[k] !== v) out.push(`${k}=${v} (template has ${now(k)})`);
  for (const e of s.matchExpressions) {
    if (selectorMatches({ matchLabels: {}, matchExpressions: [e] }, labels)) continue;
    out.push(`${formatSelector({ matchLabels: {}, matchExpressions: [e] })} (template has ${now(e.key)})`);
  }
  return out;
}
var OPERATORS, PodIndex, DEFAULT_APP_LABELS;
var init_selectors = __esm({
  "src/model/selectors.ts"() {
    "use strict";
    init_types();
    init_objects();
    init_operators2();
    OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
    PodIndex = class {
      byNs = /* @__PURE__ */ new Map();
      byPair = /* @__PURE__ */ new Map();
      byKey = /* @__PURE__ */ new Map();
      constructor(run2, configured = []) {
        for (const o of run2.objects) {
          const w = run2.workloadOf(o);
          let source2;
          if (w) source2 = { object: o, labels: w.podLabels, workload: w };
          else if (run2.scopeOf(o.kind) !== "Cluster" && !isBuiltinNonWorkload(o)) {
            const operated = operatorPodLabels(o, configured);
            if (operated) source2 = { object: o, labels: operated };
            const tmpl = isRecord(o.raw.spec) && isRecord(o.raw.spec.template) ? o.raw.spec.template : void 0;
            if (!source2 && tmpl && isRecord(tmpl.metadata) && isRecord(tmpl.spec)) source2 = { object: o, labels: stringMap(tmpl.metadata.labels) };
          }
          if (!source2) continue;
          const ns = nsKey(run2, o);
          push2(this.byNs, ns, source2);
          const pairs = getOrCreate(this.byPair, ns);
          const keys = getOrCreate(this.byKey, ns);
          for (const [k, v] of Object.entries(source2.labels)) {
            push2(pairs, `${k}=${v}`, source2);
            push2(keys, k, source2);
          }
        }
      }
      /** Every pod source in a namespace. */
      inNamespace(ns) {
        return this.byNs.get(ns ?? "") ?? [];
      }
      /** Pod sources in `ns` whose template labels match `selector`. */
      matching(ns, selector) {
        const key2 = ns ?? "";
        const all = this.byNs.get(key2);
        if (!all) return [];
        let best = all;
        const consider = (list) => {
          const l = list ?? [];
          if (l.length < best.length) best = l;
        };
        const pairs = this.byPair.get(key2);
        const keys = this.byKey.get(key2);
        for (const [k, v] of Object.entries(selector.matchLabels)) consider(pairs.get(`${k}=${v}`));
        for (const e of selector.matchExpressions) {
          if (e.operator === "Exists") consider(keys.get(e.key));
          else if (e.operator === "In" && e.values.length === 1) consider(pairs.get(`${e.key}=${e.values[0]}`));
        }
        return best.filter((s) => selectorMatches(selector, s.labels));
      }
    };
    DEFAULT_APP_LABELS = ["app.kubernetes.io/name", "app"];
  }
});

// src/model/bluegreen-detect.ts
function slotLike(key2, values) {
  if (SLOT_KEYS.has(key2)) return true;
  return values.every((v) => COLOURS.has(v.toLowerCase())) || values.every((v) => VERSION.test(v));
}
function settingsForKey(base, key2) {
  return { ...base, slotKey: key2, slots: void 0, explicit: false, versionLabels: base.versionLabels.filter((k) => k !== key2) };
}
function candidateKeys(selectors, skip) {
  const keys = /* @__PURE__ */ new Set();
  for (const s of selectors) for (const k of Object.keys(s)) if (k !== skip) keys.add(k);
  return [...keys].sort();
}
function formsSlots(workloads, settings) {
  const key2 = settings.slotKey;
  const byValue = /* @__PURE__ */ new Map();
  for (const w of workloads) {
    const v = w.podLabels[key2];
    const sig = signature(w, v, settings);
    const list = byValue.get(v);
    if (list) list.push(sig);
    else byValue.set(v, [sig]);
  }
  if (byValue.size < 2 || !slotLike(key2, [...byValue.keys()])) return false;
  const sets = [...byValue.values()].map((l) => l.sort().join("\n"));
  return sets.every((s) => s === sets[0]);
}
function signature(w, value, settings) {
  const norm = normaliser(w, value, settings);
  const ignored = /* @__PURE__ */ new Set([settings.slotKey, ...settings.versionLabels]);
  const labels = Object.keys(w.podLabels).filter((k) => !ignored.has(k)).sort().map((k) => `${k}=${norm(w.podLabels[k])}`);
  const containers = w.all.map((c2) => `${c2.role}:${norm(c2.name)}:${c2.image ? norm(imageRepository(c2.image)) : ""}`);
  return `${w.kind}|${labels.join(",")}|${containers.join(",")}`;
}
function slotCandidates(index, ns, selector, key2, isSlot) {
  const rest = { ...selector };
  delete rest[key2];
  return index.matching(ns, selectorFromMap(rest)).filter((s) => s.workload !== void 0 && isSlot(s.labels[key2])).map((s) => s.workload);
}
var SLOT_KEYS, COLOURS, VERSION;
var init_bluegreen_detect = __esm({
  "src/model/bluegreen-detect.ts"() {
    "use strict";
    init_bluegreen2();
    init_bluegreen_parity();
    init_selectors();
    SLOT_KEYS = /* @__PURE__ */ new Set(["slot", "color", "colour", "version", "app.kubernetes.io/version"]);
    COLOURS = /* @__PURE__ */ new Set(["blue", "green", "red", "black", "yellow", "orange", "purple"]);
    VERSION = /^v?\d+(\.\d+){0,3}([-+.][0-9A-Za-z.-]+)?$/;
  }
});

// src/model/bluegreen.ts
function blueGreenOf(run2, config) {
  const { key: key2, resolved } = settingsOf(config);
  return run2.memo(key2, () => analyse(run2, resolved));
}
function blueGreenSettings(config) {
  return settingsOf(config).resolved;
}
function settingsOf(config) {
  if (config === void 0) return NO_CONFIG;
  let s = settingsByConfig.get(config);
  if (s === void 0) settingsByConfig.set(config, s = { key: `bluegreen/analysis/${JSON.stringify(config)}`, resolved: resolveBlueGreen(config) });
  return s;
}
function analyse(run2, cfg) {
  const services = run2.byKind("Service");
  if (services.length === 0) return { config: cfg, groups: [], byService: /* @__PURE__ */ new Map() };
  const index = podIndex(run2);
  const building = /* @__PURE__ */ new Map();
  const claimed = /* @__PURE__ */ new Set();
  collect(run2, services, index, cfg, building, claimed, void 0);
  if (!cfg.explicit) {
    const selectors = services.map(serviceSelector).filter((x) => x !== void 0);
    for (const key2 of candidateKeys(selectors, cfg.slotKey)) {
      const settings = settingsForKey(cfg, key2);
      const isSlot = (v) => v !== void 0 && v !== "";
      const established = /* @__PURE__ */ new Set();
      const tried = /* @__PURE__ */ new Set();
      for (const svc of services) {
        const selector = serviceSelector(svc);
        const value = selector?.[key2];
        if (!selector || value === void 0 || claimed.has(svc.key) || Object.keys(selector).length < 2 || !slotLike(key2, [value])) continue;
        const ns = nsKey(run2, svc);
        const rest = Object.entries(selector).filter(([k]) => k !== key2).sort().join(",");
        if (tried.has(`${ns}
${rest}`)) continue;
        tried.add(`${ns}
${rest}`);
        const workloads = slotCandidates(index, ns, selector, key2, isSlot);
        if (formsSlots(workloads, settings)) established.add(setKey(ns, workloads));
      }
      if (established.size > 0) collect(run2, services, index, settings, building, claimed, established);
    }
  }
  const groups = [];
  const byService = /* @__PURE__ */ new Map();
  for (const g of building.values()) {
    const slotKey = g.settings.slotKey;
    const slots = /* @__PURE__ */ new Map();
    for (const w of g.workloads) {
      const v = w.podLabels[slotKey];
      const l = slots.get(v);
      if (l) l.push(w);
      else slots.set(v, [w]);
    }
    const slotValues = g.settings.slots ?? [...slots.keys()].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    const mainSlots = [...new Set(g.services.filter((s) => s.role === "main" && s.slot !== void 0).map((s) => s.slot))];
    const live = mainSlots.length === 1 ? mainSlots[0] : void 0;
    const others = live !== void 0 ? slotValues.filter((v) => v !== live) : [];
    const idle = others.length === 1 ? others[0] : void 0;
    const firstMain = g.services.find((s) => s.role === "main") ?? g.services[0];
    const app = appIdentity(g.workloads[0].podLabels) ?? firstMain.object.metadata.name ?? "(unnamed)";
    const group3 = {
      namespace: g.ns === "" ? void 0 : g.ns,
      label: g.ns === "" ? app : `${g.ns}/${app}`,
      slotKey,
      settings: g.settings,
      slotValues,
      slots,
      services: g.services,
      live,
      idle,
      mainSlots
    };
    groups.push(group3);
    for (const s of g.services) byService.set(s.object.key, { group: group3, service: s });
  }
  return { config: cfg, groups, byService };
}
function setKey(ns, workloads) {
  return ns + "\n" + workloads.map((w) => w.object.key).sort().join("\n");
}
function collect(run2, services, index, settings, building, claimed, only) {
  const isSlot = (v) => v !== void 0 && v !== "" && (settings.slots ? settings.slots.includes(v) : true);
  const joined = [];
  for (const svc of services) {
    if (claimed.has(svc.key)) continue;
    const selector = serviceSelector(svc);
    if (!selector) continue;
    const ns = nsKey(run2, svc);
    const workloads = slotCandidates(index, ns, selector, settings.slotKey, isSlot);
    if (workloads.length === 0) continue;
    const key2 = setKey(ns, workloads);
    if (only && !only.has(key2)) continue;
    const groupKey = `${settings.slotKey}
${key2}`;
    let g = building.get(groupKey);
    if (!g) {
      g = { ns, settings, workloads, services: [] };
      building.set(groupKey, g);
    }
    g.services.push({ object: svc, selector, slot: selector[settings.slotKey], role: roleOf(svc, settings, selector[settings.slotKey]) });
    joined.push(svc.key);
  }
  for (const k of joined) claimed.add(k);
}
function roleOf(svc, cfg, slot) {
  const declared2 = svc.metadata.annotations[ROLE_ANNOTATION];
  if (declared2 === "preview") return "preview";
  if (declared2 === "main" || declared2 === "live") return "main";
  if (declared2 === "slot") return "slot";
  const name2 = svc.metadata.name ?? "";
  const segments = name2.split(/[-.]/);
  if (segments.some((s) => cfg.previewNames.has(s))) return "preview";
  if (slot !== void 0 && (segments.includes(slot) || name2.endsWith(`-${slot}`))) return "slot";
  return "main";
}
function hpaFor(run2, w) {
  const index = run2.memo("bluegreen/hpa-index", () => {
    const m = /* @__PURE__ */ new Map();
    for (const h of run2.byKind("HorizontalPodAutoscaler")) {
      const ref = isRecord(h.raw.spec) && isRecord(h.raw.spec.scaleTargetRef) ? h.raw.spec.scaleTargetRef : void 0;
      if (typeof ref?.kind === "string" && typeof ref.name === "string") m.set(`${nsKey(run2, h)}|${ref.kind}|${ref.name}`, h);
    }
    return m;
  });
  return index.get(`${nsKey(run2, w.object)}|${w.kind}|${w.object.metadata.name ?? ""}`);
}
function capacityOf(run2, w) {
  const hpa = hpaFor(run2, w);
  if (hpa) {
    const spec = hpa.raw.spec;
    const min = typeof spec.minReplicas === "number" ? spec.minReplicas : 1;
    const max = typeof spec.maxReplicas === "number" ? spec.maxReplicas : min;
    return { min, max, hpa };
  }
  return { min: w.replicas ?? 0, max: void 0, hpa: void 0 };
}
function slotCapacity(run2, workloads) {
  const caps = workloads.map((w) => capacityOf(run2, w));
  const min = caps.reduce((n, c2) => n + c2.min, 0);
  const max = caps.some((c2) => c2.max !== void 0) ? caps.reduce((n, c2) => n + (c2.max ?? c2.min), 0) : void 0;
  return { min, max };
}
function formatCapacity(c2) {
  if (c2.max !== void 0) return `HPA ${c2.min}\u2013${c2.max} replicas`;
  return `${c2.min} replica${c2.min === 1 ? "" : "s"}`;
}
function imageTag(image) {
  if (!image) return void 0;
  const at = image.indexOf("@");
  const name2 = at >= 0 ? image.slice(0, at) : image;
  const slash = name2.lastIndexOf("/");
  const colon = name2.lastIndexOf(":");
  if (colon > slash) return name2.slice(colon + 1);
  if (at >= 0) return image.slice(at + 1, at + 1 + 19);
  return void 0;
}
function imageRepository(image) {
  const at = image.indexOf("@");
  const name2 = at >= 0 ? image.slice(0, at) : image;
  const slash = name2.lastIndexOf("/");
  const colon = name2.lastIndexOf(":");
  return colon > slash ? name2.slice(0, colon) : name2;
}
function versionOf(w, cfg = resolveBlueGreen(void 0)) {
  for (const c2 of w.containers) {
    const t = imageTag(c2.image);
    if (t !== void 0 && t !== "latest") return t;
  }
  for (const k of cfg.versionLabels) {
    const v = w.podLabels[k] ?? w.object.metadata.labels[k];
    if (v) return v;
  }
  return void 0;
}
function slotVersion(workloads, cfg) {
  const vs = [...new Set(workloads.map((w) => versionOf(w, cfg)).filter((v) => v !== void 0))];
  return vs.length === 0 ? void 0 : vs.join("+");
}
function idleSlots(run2, config) {
  const out = [];
  for (const g of blueGreenOf(run2, config).groups) {
    if (g.live === void 0) continue;
    for (const [slot, workloads] of g.slots) {
      if (slot !== g.live) out.push({ namespace: g.namespace, group: g.label, slot, liveSlot: g.live, workloads });
    }
  }
  return out;
}
function switchesOf(run2, config) {
  const base = run2.base;
  if (!base) return [];
  return run2.memo(`bluegreen/switches/${settingsOf(config).key}`, () => {
    const head = blueGreenOf(run2, config);
    const before = blueGreenOf(base, config);
    const baseServices = /* @__PURE__ */ new Map();
    for (const s of base.byKind("Service")) baseServices.set(`${nsKey(base, s)}|${s.metadata.name ?? ""}`, s);
    const out = [];
    for (const { group: group3, service } of head.byService.values()) {
      if (service.role !== "main" || service.slot === void 0) continue;
      const old = baseServices.get(`${nsKey(run2, service.object)}|${service.object.metadata.name ?? ""}`);
      const oldSlot = old ? serviceSelector(old)?.[group3.slotKey] : void 0;
      if (!old || oldSlot === void 0 || oldSlot === service.slot) continue;
      const oldGroup = before.byService.get(old.key)?.group;
      const fromBase = oldGroup?.slots.get(oldSlot);
      out.push({
        group: group3,
        service: service.object,
        baseService: old,
        from: oldSlot,
        to: service.slot,
        toWorkloads: group3.slots.get(service.slot) ?? [],
        fromWorkloads: fromBase ?? group3.slots.get(oldSlot) ?? [],
        fromRun: fromBase ? base : run2
      });
    }
    return out.sort((a, b) => a.service.key.localeCompare(b.service.key));
  });
}
function describeSwitch(run2, s, config) {
  const cfg = s.group.settings;
  const fromCap = slotCapacity(s.fromRun, s.fromWorkloads);
  const toCap2 = slotCapacity(run2, s.toWorkloads);
  const fromVersion = slotVersion(s.fromWorkloads, cfg);
  const toVersion = slotVersion(s.toWorkloads, cfg);
  const side = (slot, version, cap) => `${slot} (${version !== void 0 ? `${version}, ` : ""}${formatCapacity(cap)})`;
  const ns = run2.namespaceOf(s.service);
  const name2 = s.service.metadata.name ?? "(unnamed)";
  const rollback = `set selector ${s.group.slotKey}: ${s.from}`;
  return {
    namespace: ns,
    service: refOf(s.service),
    file: s.service.source.file,
    slotKey: s.group.slotKey,
    from: s.from,
    to: s.to,
    fromVersion,
    toVersion,
    fromReplicas: fromCap.min,
    toReplicas: toCap2.min,
    rollback,
    sentence: `${ns ? `${ns}/` : ""}${name2}: traffic moves from ${side(s.from, fromVersion, fromCap)} to ${side(s.to, toVersion, toCap2)}; rollback = ${rollback}`
  };
}
function nameOf(w) {
  return describeObject(refOf(w.object));
}
var ROLE_ANNOTATION, NO_CONFIG, settingsByConfig;
var init_bluegreen2 = __esm({
  "src/model/bluegreen.ts"() {
    "use strict";
    init_bluegreen();
    init_types();
    init_bluegreen_detect();
    init_selectors();
    ROLE_ANNOTATION = "tollgate.dev/bluegreen-role";
    NO_CONFIG = { key: "bluegreen/analysis/{}", resolved: resolveBlueGreen(void 0) };
    settingsByConfig = /* @__PURE__ */ new WeakMap();
  }
});

// src/ownership/codeowners.ts
function parseCodeowners(text) {
  const entries = [];
  const problems = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const tokens = tokenize(raw);
    if (tokens.length === 0) return;
    const [pattern, ...owners] = tokens;
    if (pattern.startsWith("!")) {
      problems.push({ line, message: `negated pattern "${pattern}" is not supported by CODEOWNERS; the line is ignored` });
      return;
    }
    if (/(^|[^\\])\[/.test(pattern)) {
      problems.push({ line, message: `character range in "${pattern}" is not supported by CODEOWNERS; the line is ignored` });
      return;
    }
    if (globProblem(pattern)) {
      problems.push({ line, message: `pattern of ${pattern.length} characters is longer than ${MAX_GLOB_LENGTH}; the line is ignored` });
      return;
    }
    entries.push({ pattern, owners, line, matcher: patternMatcher(pattern) });
  });
  return { entries, problems };
}
function matchCodeowners(co, path) {
  const p = path.replace(/^\.?\//, "");
  for (let i = co.entries.length - 1; i >= 0; i--) {
    const e = co.entries[i];
    if (e.matcher.match(p)) return e;
  }
  return void 0;
}
function tokenize(line) {
  const out = [];
  let cur = "";
  let inToken = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\" && i + 1 < line.length) {
      cur += ch + line[i + 1];
      i++;
      inToken = true;
      continue;
    }
    if (ch === " " || ch === "	") {
      if (inToken) out.push(cur);
      cur = "";
      inToken = false;
      continue;
    }
    if (ch === "#" && !inToken) break;
    cur += ch;
    inToken = true;
  }
  if (inToken) out.push(cur);
  return out;
}
function patternMatcher(pattern) {
  if (globProblem(pattern)) return new GlobMatcher([{ t: "class", negated: false, ranges: [] }]);
  let p = pattern;
  const dirOnly = p.endsWith("/") && !p.endsWith("\\/");
  if (dirOnly) p = p.replace(/\/+$/, "");
  const anchored = p.startsWith("/") || p.includes("/");
  p = p.replace(/^\/+/, "");
  const segs = p.split("/");
  const last = segs.length - 1;
  const nodes = anchored ? [] : [{ t: "dirs" }];
  segs.forEach((seg, i) => {
    if (seg === "**") {
      if (i === 0 && i === last) nodes.push({ t: "any" });
      else if (i === 0) nodes.push({ t: "dirs" });
      else if (i === last) nodes.push(SLASH2, { t: "any" });
      else nodes.push({ t: "subtree" });
      return;
    }
    if (i > 0 && !(i === 1 && segs[0] === "**")) nodes.push(SLASH2);
    nodes.push(...parseGlob(seg, { braces: false, classes: false }).map((n) => n.t === "star" ? { t: "star", nonEmpty: false } : n));
  });
  if (dirOnly) nodes.push(SLASH2, { t: "any" });
  else if (!(segs.length > 1 && segs[last] === "*")) nodes.push({ t: "subtree" });
  return new GlobMatcher(nodes);
}
var SLASH2;
var init_codeowners = __esm({
  "src/ownership/codeowners.ts"() {
    "use strict";
    init_glob();
    SLASH2 = { t: "lit", ch: 47 };
  }
});

// src/ownership/model.ts
function unique(xs) {
  return [...new Set(xs)];
}
var SYSTEM_GROUPS, SYSTEM_USERS, SERVICE_ACCOUNT_USER, Ownership;
var init_model = __esm({
  "src/ownership/model.ts"() {
    "use strict";
    init_glob();
    init_codeowners();
    SYSTEM_GROUPS = ["system:masters", "system:nodes", "system:serviceaccounts:kube-system"];
    SYSTEM_USERS = ["system:kube-controller-manager", "system:kube-scheduler", "system:apiserver"];
    SERVICE_ACCOUNT_USER = /^system:serviceaccount:([^:]+):([^:]+)$/;
    Ownership = class {
      constructor(config = {}, codeownersText, declarations = []) {
        this.config = config;
        this.teams = Object.entries(config.teams ?? {});
        for (const [team, t] of this.teams) {
          this.handles.set(team.toLowerCase(), team);
          for (const h of t.codeowners ?? []) this.handles.set(h.toLowerCase(), team);
        }
        this.codeowners = config.codeowners !== false && codeownersText !== void 0 ? parseCodeowners(codeownersText) : void 0;
        this.explicit = this.teams.some(([, t]) => (t.namespaces ?? []).length > 0);
        this.active = this.teams.length > 0 || (this.codeowners?.entries.length ?? 0) > 0;
        this.knowsUsers = this.teams.some(([, t]) => (t.users ?? []).length + (t.groups ?? []).length > 0) || (config.adminGroups ?? []).length + (config.adminUsers ?? []).length > 0;
        this.platform = this.platformTeams();
        if (!this.explicit) this.readDeclarations(declarations);
      }
      config;
      codeowners;
      /** Canonical names of the platform team (a CODEOWNERS `*` line may name several owners). */
      platform;
      /** Config assigns namespaces to teams: only configured owners (and platform) may declare Namespaces. */
      explicit;
      /** Anything to decide a path with: a CODEOWNERS file or teams in config. */
      active;
      /** Anything to decide a cluster user with: users, groups or admin groups in config. */
      knowsUsers;
      teams;
      handles = /* @__PURE__ */ new Map();
      declared = /* @__PURE__ */ new Map();
      conflicts = /* @__PURE__ */ new Map();
      pathCache = /* @__PURE__ */ new Map();
      nsCache = /* @__PURE__ */ new Map();
      /**
       * Zero config: the team owning the file that declares a Namespace owns it. A team's declaration wins
       * over the platform team's; two teams declaring the same Namespace own it neither (a conflict).
       */
      readDeclarations(declarations) {
        const byNs = /* @__PURE__ */ new Map();
        for (const d of declarations) {
          const owner = this.ownerOfPath(d.path);
          if (!owner || owner.teams.length === 0) continue;
          const list = byNs.get(d.namespace) ?? [];
          list.push({ teams: owner.teams, via: "declaration", path: d.path });
          byNs.set(d.namespace, list);
        }
        for (const [ns, list] of byNs) {
          const teams = list.filter((o) => !this.isPlatform(o.teams));
          const distinct = new Set(teams.map((o) => o.teams.join(",")));
          if (distinct.size > 1) this.conflicts.set(ns, teams);
          else this.declared.set(ns, teams[0] ?? list[0]);
        }
      }
      /** Zero config: the declarations of a Namespace that two or more teams declare (so nobody owns it). */
      conflictingDeclarations(ns) {
        return this.conflicts.get(ns) ?? [];
      }
      /** A CODEOWNERS handle or config name → the team's name in config, else the handle itself. */
      canonical(handle2) {
        return this.handles.get(handle2.toLowerCase()) ?? handle2;
      }
      isPlatform(teams) {
        return teams.some((t) => this.platform.includes(t));
      }
      /** Teams that write `path` (repo-relative); undefined when there is nothing to decide with. */
      ownerOfPath(path) {
        const p = path.replace(/^\.?\//, "");
        if (this.pathCache.has(p)) return this.pathCache.get(p);
        const owner = this.computePathOwner(p);
        this.pathCache.set(p, owner);
        return owner;
      }
      computePathOwner(p) {
        let best;
        for (const [team, t] of this.teams) {
          for (const g of t.paths ?? []) {
            if (globMatch(g, p) && (best === void 0 || g.length > best.weight)) best = { team, weight: g.length };
          }
        }
        if (best) return { teams: [best.team], via: ".tollgate.yaml paths" };
        if (this.codeowners) {
          const e = matchCodeowners(this.codeowners, p);
          if (e) return { teams: unique(e.owners.map((o) => this.canonical(o))), via: `CODEOWNERS line ${e.line}` };
          return { teams: [], via: "CODEOWNERS" };
        }
        return this.active ? { teams: [], via: ".tollgate.yaml paths" } : void 0;
      }
      /** The team(s) owning a namespace: configured namespaces first, else (zero config) who declared it. */
      ownerOfNamespace(ns) {
        if (this.nsCache.has(ns)) return this.nsCache.get(ns);
        let best;
        for (const [team, t] of this.teams) {
          for (const g of t.namespaces ?? []) {
            const weight = g === ns ? Infinity : globMatch(g, ns) ? g.length : -1;
            if (weight >= 0 && (best === void 0 || weight > best.weight)) best = { team, weight };
          }
        }
        const owner = best ? { teams: [best.team], via: "config" } : this.declared.get(ns);
        this.nsCache.set(ns, owner);
        return owner;
      }
      /** The teams a Kubernetes user acts for: users/groups in config, and a service account's namespace owner. */
      teamsOfUser(u) {
        const groups = u.groups ?? [];
        const out = [];
        for (const [team, t] of this.teams) {
          const byUser = u.username !== void 0 && (t.users ?? []).some((g) => globMatch(g, u.username));
          const byGroup = (t.groups ?? []).some((g) => groups.some((x) => globMatch(g, x)));
          if (byUser || byGroup) out.push(team);
        }
        const sa = u.username?.match(SERVICE_ACCOUNT_USER);
        if (sa) for (const t of this.ownerOfNamespace(sa[1])?.teams ?? []) out.push(t);
        if (this.isPlatformUser(u)) out.push(...this.platform);
        return unique(out);
      }
      /** `system:masters`, Kubernetes' own components, configured admin users and groups. */
      isPlatformUser(u) {
        const groups = u.groups ?? [];
        const adminGroups = [...SYSTEM_GROUPS, ...this.config.adminGroups ?? []];
        const adminUsers = [...SYSTEM_USERS, ...this.config.adminUsers ?? []];
        if (groups.some((g) => adminGroups.some((a) => globMatch(a, g)))) return true;
        return u.username !== void 0 && adminUsers.some((a) => globMatch(a, u.username));
      }
      platformTeams() {
        if (this.config.platform !== void 0) return [this.canonical(this.config.platform)];
        const entries = this.codeowners?.entries ?? [];
        for (let i = entries.length - 1; i >= 0; i--) {
          const e = entries[i];
          if (e.pattern === "*" || e.pattern === "**" || e.pattern === "/**") return unique(e.owners.map((o) => this.canonical(o)));
        }
        return [];
      }
    };
  }
});

// src/ownership/run.ts
function ownershipOf(run2, config) {
  return run2.memo("namespaces/ownership", () => {
    const declarations = [];
    for (const o of run2.byKind("Namespace")) {
      if (o.metadata.name !== void 0 && o.source.file !== void 0) {
        declarations.push({ namespace: o.metadata.name, path: repoPath(run2, o.source.file) });
      }
    }
    if (declarations.length === 0 && run2.context.codeowners === void 0) {
      let shared = configOnly.get(config);
      if (shared === void 0) configOnly.set(config, shared = new Ownership(config.namespaces));
      return shared;
    }
    return new Ownership(config.namespaces, run2.context.codeowners?.text, declarations);
  });
}
function repoPath(run2, file) {
  return (run2.context.repoPathOf?.(file) ?? file).replace(/^\.?\//, "");
}
function writerOf(run2, config, o) {
  const model = ownershipOf(run2, config);
  if (run2.context.origin === "admission") {
    const u = run2.context.admission?.userInfo;
    if (!u || !model.knowsUsers) return void 0;
    const teams = model.teamsOfUser(u);
    return { via: "user", name: u.username ?? "(anonymous)", teams, platform: model.isPlatformUser(u) || model.isPlatform(teams) };
  }
  if (o.source.file === void 0) return void 0;
  const path = repoPath(run2, o.source.file);
  const owner = model.ownerOfPath(path);
  if (!owner) return void 0;
  return { via: "file", name: path, teams: owner.teams, platform: model.isPlatform(owner.teams) };
}
function describeWriter(w) {
  const teams = w.teams.length > 0 ? w.teams.join(", ") : "no team";
  return w.via === "file" ? `${w.name} (owned by ${teams})` : `user ${w.name} (${w.teams.length > 0 ? "team " + teams : "no team"})`;
}
function describeTeams(teams) {
  return teams.length > 0 ? teams.join(", ") : "no team";
}
var configOnly;
var init_run2 = __esm({
  "src/ownership/run.ts"() {
    "use strict";
    init_model();
    configOnly = /* @__PURE__ */ new WeakMap();
  }
});

// src/cost/run-inputs.ts
function runCostInputs(run2, config) {
  return run2.memo("cost:inputs", () => {
    const ownership = ownershipOf(run2, config);
    const idle = idleSlots(run2, config.bluegreen).flatMap(
      (s) => s.workloads.map((w) => ({
        workloadKey: w.object.key,
        description: `${s.group}: the idle ${s.slot} slot (${s.liveSlot} is live), kept for instant rollback`
      }))
    );
    return {
      ...ownership.active ? {
        teamOfNamespace: (ns) => {
          const teams = ownership.ownerOfNamespace(ns)?.teams ?? [];
          return teams.length > 0 ? teams.join(", ") : void 0;
        }
      } : {},
      idleSlots: idle
    };
  });
}
var init_run_inputs = __esm({
  "src/cost/run-inputs.ts"() {
    "use strict";
    init_bluegreen2();
    init_run2();
  }
});

// src/model/limitrange.ts
function limitRangeDefaults(run2, namespace) {
  if (namespace === void 0) return void 0;
  const all = run2.memo("limitrange-defaults", () => {
    const byNs = /* @__PURE__ */ new Map();
    for (const lr of run2.byKind("LimitRange")) {
      const ns = run2.namespaceOf(lr);
      if (ns === void 0) continue;
      const limits = lr.raw.spec?.limits;
      if (!Array.isArray(limits)) continue;
      const defaultRequest = { ...byNs.get(ns)?.defaultRequest };
      const def = { ...byNs.get(ns)?.default };
      for (const item of limits) {
        if (!isRecord(item) || item.type !== "Container") continue;
        for (const r of RESOURCES) {
          const dr = isRecord(item.defaultRequest) ? parseQuantity(item.defaultRequest[r]) : void 0;
          if (dr?.ok) defaultRequest[r] = dr.value;
          const d = isRecord(item.default) ? parseQuantity(item.default[r]) : void 0;
          if (d?.ok) def[r] = d.value;
        }
      }
      byNs.set(ns, { limitRange: lr, defaultRequest, default: def });
    }
    return byNs;
  });
  return all.get(namespace);
}
var init_limitrange = __esm({
  "src/model/limitrange.ts"() {
    "use strict";
    init_types();
    init_quantity();
    init_workload();
  }
});

// src/cost/demand.ts
function describeWorkload(d) {
  return `${d.kind} ${d.namespace === void 0 ? "" : `${d.namespace}/`}${d.name}`;
}
function hpaTargets(run2) {
  const out = /* @__PURE__ */ new Map();
  for (const hpa of run2.byKind("HorizontalPodAutoscaler")) {
    const ref = hpa.raw.spec?.scaleTargetRef;
    if (typeof ref?.kind !== "string" || typeof ref.name !== "string") continue;
    out.set(`${run2.namespaceOf(hpa) ?? ""}/${ref.kind}/${ref.name}`, hpa);
  }
  return out;
}
function hpaRange(hpa) {
  const spec = hpa.raw.spec;
  const max = spec?.maxReplicas;
  if (typeof max !== "number" || !Number.isInteger(max) || max < 1) return void 0;
  const min = typeof spec?.minReplicas === "number" && Number.isInteger(spec.minReplicas) && spec.minReplicas >= 1 ? spec.minReplicas : 1;
  return { min: Math.min(min, max), max };
}
function classOf(spec) {
  const c2 = isRecord(spec) ? spec.storageClassName : void 0;
  return typeof c2 === "string" && c2 !== "" ? c2 : void 0;
}
function volumesOf(w) {
  const out = [];
  if (w.kind === "StatefulSet") {
    const templates = w.object.raw.spec?.volumeClaimTemplates;
    if (Array.isArray(templates)) {
      for (const t of templates) {
        const spec = isRecord(t) ? t.spec : void 0;
        const bytes = storageOf(spec);
        if (bytes > 0) out.push({ bytes, storageClass: classOf(spec), source: "template" });
      }
    }
  }
  const podSpec = valueAt(w.object.raw, splitPointer(w.podSpecPointer));
  const volumes = isRecord(podSpec) && Array.isArray(podSpec.volumes) ? podSpec.volumes : [];
  for (const v of volumes) {
    const eph = isRecord(v) && isRecord(v.ephemeral) && isRecord(v.ephemeral.volumeClaimTemplate) ? v.ephemeral.volumeClaimTemplate.spec : void 0;
    const bytes = storageOf(eph);
    if (bytes > 0) out.push({ bytes, storageClass: classOf(eph), source: "ephemeral" });
  }
  return out;
}
function unpricedOf(w) {
  const names2 = /* @__PURE__ */ new Set();
  for (const c2 of w.all) {
    for (const r of [...Object.keys(c2.requests), ...Object.keys(c2.limits)]) {
      if (!CORE_RESOURCES.has(r) && r !== GPU_RESOURCE && !r.startsWith("hugepages-")) names2.add(r);
    }
  }
  return [...names2].sort().map((r) => `${r}: ${effectivePodValue(w, r, (c2, x) => containerRequest(c2, x)).value}`);
}
function storageOf(spec) {
  const req = isRecord(spec) && isRecord(spec.resources) && isRecord(spec.resources.requests) ? spec.resources.requests.storage : void 0;
  const q = parseQuantity(req);
  return q.ok && q.value > 0 ? q.value : 0;
}
function computeDemand(run2, cost) {
  const hpas = hpaTargets(run2);
  const workloads = [];
  const daemonSets = [];
  const batch = [];
  const defaultedAll = [];
  const invalid = [];
  for (const w of run2.workloads) {
    const o = w.object;
    const namespace = run2.namespaceOf(o) ?? UNSET_NAMESPACE;
    const name2 = o.metadata.name ?? o.metadata.generateName ?? "(unnamed)";
    const lr = limitRangeDefaults(run2, namespace);
    const defaulted = [];
    const seen = /* @__PURE__ */ new Set();
    const pick = (c2, r) => {
      const v = containerRequest(c2, r, lr);
      if (v !== void 0) return v;
      if (r === "ephemeral-storage") return void 0;
      if (!seen.has(c2.name)) {
        seen.add(c2.name);
        defaulted.push(c2.name);
      }
      return r === "cpu" ? cost.defaultRequests.cpu : cost.defaultRequests.memory;
    };
    const cpu = effectivePodValue(w, "cpu", pick).value;
    const memory = effectivePodValue(w, "memory", pick).value;
    for (const c2 of w.all) {
      for (const bad of c2.invalid) {
        if (bad.field !== "requests" || bad.resource !== "cpu" && bad.resource !== "memory") continue;
        const r = bad.resource;
        const used = c2.limits[r] !== void 0 ? `its limit ${c2.limits[r].text}` : lr?.defaultRequest[r] !== void 0 || lr?.default[r] !== void 0 ? "the LimitRange default" : `the default ${r === "cpu" ? formatCpu(cost.defaultRequests.cpu) : formatMemory(cost.defaultRequests.memory)} (cost.defaultRequests)`;
        invalid.push(`${describeWorkload({ kind: o.kind, namespace, name: name2 })} container ${c2.name}: requests.${r} "${bad.text}" is not a valid quantity (${bad.reason}; see resources/invalid-quantity); the estimate used ${used}`);
      }
    }
    const gpu = effectivePodValue(w, GPU_RESOURCE, (c2, r) => containerRequest(c2, r)).value;
    const unpriced = unpricedOf(w);
    const hpa = hpas.size === 0 ? void 0 : hpas.get(`${namespace ?? ""}/${o.kind}/${name2}`);
    const range = hpa ? hpaRange(hpa) : void 0;
    const replicas = w.kind === "DaemonSet" ? 0 : range?.min ?? w.replicas ?? 1;
    const volumes = volumesOf(w);
    const storage = volumes.reduce((s, v) => s + v.bytes, 0);
    const d = {
      key: o.key,
      workload: w,
      kind: o.kind,
      namespace,
      name: name2,
      replicas,
      cpu,
      memory,
      storage,
      volumes,
      gpu,
      unpriced,
      defaulted
    };
    if (range) d.replicasMax = range.max;
    if (hpa) d.hpa = hpa;
    if (defaulted.length > 0) defaultedAll.push(`${describeWorkload(d)} (${defaulted.join(", ")})`);
    if (w.schedule === "batch") batch.push(d);
    else if (w.kind === "DaemonSet") daemonSets.push(d);
    else workloads.push(d);
  }
  const claims = [];
  for (const pvc of run2.byKind("PersistentVolumeClaim")) {
    const bytes = storageOf(pvc.raw.spec);
    if (bytes > 0) {
      claims.push({ object: pvc, namespace: run2.namespaceOf(pvc), name: pvc.metadata.name ?? "(unnamed)", bytes, storageClass: classOf(pvc.raw.spec) });
    }
  }
  const loadBalancers = [];
  for (const svc of run2.byKind("Service")) {
    if (svc.raw.spec?.type === "LoadBalancer") {
      loadBalancers.push({ object: svc, namespace: run2.namespaceOf(svc), name: svc.metadata.name ?? "(unnamed)" });
    }
  }
  const assumptions = [];
  if (defaultedAll.length > 0) {
    assumptions.push(
      `Containers without a CPU or memory request (and no LimitRange default) are counted at ${formatCpu(cost.defaultRequests.cpu)} CPU / ${formatMemory(cost.defaultRequests.memory)} (cost.defaultRequests): ${defaultedAll.join("; ")}.`
    );
  }
  if (invalid.length > 0) assumptions.push(...invalid.map((t) => `${t}.`));
  const scaled = workloads.filter((d) => d.replicasMax !== void 0);
  if (scaled.length > 0) {
    assumptions.push(`Workloads scaled by a HorizontalPodAutoscaler are estimated at minReplicas; the "at max" figure uses maxReplicas: ${scaled.map((d) => `${describeWorkload(d)} ${d.replicas}\u2013${d.replicasMax}`).join(", ")}.`);
  }
  if (daemonSets.length > 0) {
    assumptions.push(`DaemonSets run one pod on every node (node selectors and tolerations are not evaluated): ${daemonSets.map(describeWorkload).join(", ")}.`);
  }
  if (batch.length > 0) {
    assumptions.push(`Jobs and CronJobs are not always on: each is packed in its own pass onto the cheapest node type that fits one run (parallelism pods) and listed with what one hour of a run costs, not in the monthly total (${batch.map(describeWorkload).join(", ")}).`);
  }
  return { workloads, daemonSets, batch, claims, loadBalancers, assumptions };
}
var UNSET_NAMESPACE, GPU_RESOURCE, CORE_RESOURCES;
var init_demand = __esm({
  "src/cost/demand.ts"() {
    "use strict";
    init_types();
    init_limitrange();
    init_quantity();
    init_workload();
    UNSET_NAMESPACE = void 0;
    GPU_RESOURCE = "nvidia.com/gpu";
    CORE_RESOURCES = /* @__PURE__ */ new Set(["cpu", "memory", "ephemeral-storage", "storage"]);
  }
});

// src/cost/capacity.ts
function eksMaxPods(instanceType) {
  const enis = ENI_TABLE[instanceType];
  if (enis === void 0) return { maxPods: 110, known: false };
  return { maxPods: enis[0] * (enis[1] - 1) + 2, known: true };
}
function eksKubeReservedMillicores(vcpu) {
  const tiers = [[1, 60], [1, 10], [2, 5]];
  let left = vcpu;
  let reserved = 0;
  for (const [cores, perCore] of tiers) {
    const n = Math.min(left, cores);
    reserved += n * perCore;
    left -= n;
  }
  return reserved + left * 2.5;
}
function eksKubeReservedMemoryMiB(maxPods) {
  return 11 * maxPods + 255;
}
function eksNodeCapacity(machine, options = {}) {
  const overhead = options.vmMemoryOverhead ?? DEFAULT_VM_MEMORY_OVERHEAD;
  const ds = options.daemonSetOverhead ?? EKS_DEFAULT_DAEMONSET_OVERHEAD;
  const { maxPods, known } = eksMaxPods(machine.instanceType);
  const listedMiB = machine.memoryGiB * 1024;
  const capacityMiB = listedMiB - Math.ceil(listedMiB * overhead);
  const reservedMiB = eksKubeReservedMemoryMiB(maxPods) + EKS_EVICTION_HARD_MIB;
  const cpuMillis = machine.vcpu * 1e3 - eksKubeReservedMillicores(machine.vcpu);
  const allocatable = {
    cpu: cpuMillis / 1e3,
    memory: Math.max(0, capacityMiB - reservedMiB) * MiB,
    pods: maxPods
  };
  const assumptions = [
    `EKS ${machine.instanceType}: max pods ${maxPods} ${known ? "= ENIs \xD7 (IPv4 per ENI \u2212 1) + 2 (VPC CNI without prefix delegation)" : "(instance type not in the ENI table; the kubelet default 110 is assumed)"}.`,
    `EKS ${machine.instanceType}: memory capacity = ${machine.memoryGiB} GiB listed minus ${(overhead * 100).toFixed(1)} % VM overhead (Karpenter's default), minus kube-reserved 11 MiB \xD7 max pods + 255 MiB and the 100 MiB hard eviction threshold.`,
    `EKS ${machine.instanceType}: kube-reserved CPU ${eksKubeReservedMillicores(machine.vcpu)}m (6 % of the first core, 1 % of the second, 0.5 % of cores 3\u20134, 0.25 % beyond).`,
    `EKS ${machine.instanceType}: every node runs DaemonSets (aws-node, kube-proxy, ebs-csi-node) assumed to request ${Math.round(ds.cpu * 1e3)}m CPU and ${Math.round(ds.memory / MiB)} Mi; measured 170\u2013195m and ~250 Mi.`
  ];
  return { platform: "eks", instanceType: machine.instanceType, allocatable, available: subtract(allocatable, ds), assumptions };
}
function k3sNodeCapacity(machine, role, options = {}) {
  const overhead = options.vmMemoryOverhead ?? DEFAULT_VM_MEMORY_OVERHEAD;
  const footprint = role === "server" ? options.serverFootprint ?? K3S_SERVER_FOOTPRINT : options.agentFootprint ?? K3S_AGENT_FOOTPRINT;
  const listedMiB = machine.memoryGiB * 1024;
  const allocatable = {
    cpu: machine.vcpu,
    memory: (listedMiB - Math.ceil(listedMiB * overhead)) * MiB,
    pods: K3S_MAX_PODS
  };
  const assumptions = [
    `k3s ${machine.instanceType}: no kube-reserved, system-reserved or memory eviction threshold (k3s defaults); ${K3S_MAX_PODS} pods per node.`,
    `k3s ${machine.instanceType}: memory = ${machine.memoryGiB} GB listed (read as GiB) minus ${(overhead * 100).toFixed(1)} % VM overhead, the same allowance as EKS so the platforms compare fairly.`,
    role === "server" ? `k3s server node: the control plane (API server, datastore, controllers) takes about ${footprint.memory / 1e9} GB RAM and ${Math.round(footprint.cpu * 1e3)}m CPU ("a few %" of a core, rounded up).` : `k3s agent node: the k3s agent takes about ${Math.round(footprint.memory / 1e6)} MB RAM; its CPU use is not reserved.`
  ];
  return { platform: "k3s", instanceType: machine.instanceType, allocatable, available: subtract(allocatable, footprint), assumptions };
}
function subtract(a, b) {
  return {
    // Rounded to whole millicores so 1.93 − 0.18 is 1.75, not 1.7499999999999998.
    cpu: Math.max(0, Math.round((a.cpu - b.cpu) * 1e3) / 1e3),
    memory: Math.max(0, a.memory - b.memory),
    pods: Math.max(0, a.pods - b.pods)
  };
}
var MiB, GiB, DEFAULT_VM_MEMORY_OVERHEAD, SIZE_ENIS, ENI_TABLE, EKS_EVICTION_HARD_MIB, EKS_DEFAULT_DAEMONSET_OVERHEAD, K3S_SERVER_FOOTPRINT, K3S_AGENT_FOOTPRINT, K3S_MAX_PODS, BYTES;
var init_capacity = __esm({
  "src/cost/capacity.ts"() {
    "use strict";
    MiB = 1024 * 1024;
    GiB = 1024 * MiB;
    DEFAULT_VM_MEMORY_OVERHEAD = 0.075;
    SIZE_ENIS = {
      large: [3, 10],
      xlarge: [4, 15],
      "2xlarge": [4, 15],
      "4xlarge": [8, 30]
    };
    ENI_TABLE = {
      ...Object.fromEntries(["t3", "t3a", "t4g"].flatMap((f) => [
        [`${f}.medium`, [3, 6]],
        [`${f}.large`, [3, 12]],
        [`${f}.xlarge`, [4, 15]],
        [`${f}.2xlarge`, [4, 15]]
      ])),
      ...Object.fromEntries(
        ["m5", "m6i", "m7i", "c6i", "c7i", "r6i", "r7i", "m7g", "c7g", "r7g", "m6a", "m6g", "c6g", "g5", "g6"].flatMap((family) => Object.entries(SIZE_ENIS).map(([size, enis]) => [`${family}.${size}`, enis]))
      )
    };
    EKS_EVICTION_HARD_MIB = 100;
    EKS_DEFAULT_DAEMONSET_OVERHEAD = { cpu: 0.18, memory: 250 * MiB, pods: 3 };
    K3S_SERVER_FOOTPRINT = { cpu: 0.1, memory: 16e8, pods: 0 };
    K3S_AGENT_FOOTPRINT = { cpu: 0, memory: 275e6, pods: 0 };
    K3S_MAX_PODS = 110;
    BYTES = { MiB, GiB };
  }
});

// src/cost/pack.ts
function prepare(items) {
  const n = items.length;
  const p = {
    ids: items.map((i) => i.id),
    cpu: new Float64Array(n),
    mem: new Float64Array(n),
    pods: new Float64Array(n),
    count: new Float64Array(n)
  };
  for (let i = 0; i < n; i++) {
    const it = items[i];
    const pods = it.pods ?? 1;
    for (const [name2, v] of [["cpu", it.cpu], ["memory", it.memory], ["count", it.count], ["pods", pods]]) {
      if (!Number.isFinite(v) || v < 0) throw new RangeError(`pack item "${it.id}": ${name2} must be a finite number >= 0 (got ${v})`);
    }
    if (!Number.isInteger(it.count) || !Number.isInteger(pods)) throw new RangeError(`pack item "${it.id}": count and pods must be whole numbers`);
    p.cpu[i] = Math.round(it.cpu * 1e3);
    p.mem[i] = Math.round(it.memory);
    p.pods[i] = pods;
    p.count[i] = it.count;
  }
  return p;
}
function toCap(c2) {
  if (!(c2.cpu >= 0 && c2.memory >= 0 && c2.pods >= 0 && Number.isFinite(c2.cpu + c2.memory + c2.pods))) {
    for (const name2 of ["cpu", "memory", "pods"]) {
      const v = c2[name2];
      if (!Number.isFinite(v) || v < 0) throw new RangeError(`node capacity ${name2} must be a finite number >= 0 (got ${v})`);
    }
  }
  return { c: Math.round(c2.cpu * 1e3), m: Math.round(c2.memory), p: Math.floor(c2.pods) };
}
function fitsEmpty(p, i, cap) {
  return p.cpu[i] <= cap.c && p.mem[i] <= cap.m && p.pods[i] <= cap.p;
}
function lowerBoundOf(p, cap, include) {
  let c2 = 0, m = 0, pods = 0;
  for (let i = 0; i < p.ids.length; i++) {
    if (!include(i)) continue;
    const k = p.count[i];
    c2 += p.cpu[i] * k;
    m += p.mem[i] * k;
    pods += p.pods[i] * k;
  }
  const dim = (sum, capacity) => sum === 0 ? 0 : Math.ceil(sum / capacity);
  let bigC = 0, bigM = 0;
  for (let i = 0; i < p.ids.length; i++) {
    if (!include(i)) continue;
    if (p.cpu[i] * 2 > cap.c) bigC += p.count[i];
    if (p.mem[i] * 2 > cap.m) bigM += p.count[i];
  }
  return Math.max(dim(c2, cap.c), dim(m, cap.m), dim(pods, cap.p), bigC, bigM);
}
function packCore(p, cap, include) {
  const order = [];
  const key2 = new Float64Array(p.ids.length);
  for (let i = 0; i < p.ids.length; i++) {
    if (!include(i) || p.count[i] === 0) continue;
    order.push(i);
    key2[i] = Math.max(cap.c === 0 ? 0 : p.cpu[i] / cap.c, cap.m === 0 ? 0 : p.mem[i] / cap.m, cap.p === 0 ? 0 : p.pods[i] / cap.p);
  }
  order.sort((a, b) => key2[b] - key2[a] || p.cpu[b] + p.mem[b] / 1048576 - (p.cpu[a] + p.mem[a] / 1048576) || (p.ids[a] < p.ids[b] ? -1 : p.ids[a] > p.ids[b] ? 1 : 0));
  const n = order.length;
  const minC = new Float64Array(n + 1).fill(Infinity);
  const minM = new Float64Array(n + 1).fill(Infinity);
  const minP = new Float64Array(n + 1).fill(Infinity);
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k];
    minC[k] = Math.min(minC[k + 1], p.cpu[i]);
    minM[k] = Math.min(minM[k + 1], p.mem[i]);
    minP[k] = Math.min(minP[k + 1], p.pods[i]);
  }
  let size = 64;
  let remC = new Float64Array(size), remM = new Float64Array(size), remP = new Float64Array(size);
  let nodeCount = 0;
  let firstOpen = 0;
  const placements = [];
  const room = (rem, d) => d === 0 ? Infinity : Math.floor(rem / d);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const c2 = p.cpu[i], m = p.mem[i], pd = p.pods[i];
    let left = p.count[i];
    let j = firstOpen;
    while (left > 0) {
      for (; j < nodeCount; j++) {
        if (remC[j] >= c2 && remM[j] >= m && remP[j] >= pd) break;
      }
      if (j === nodeCount) {
        if (nodeCount === size) {
          size *= 2;
          const grow = (a) => {
            const b = new Float64Array(size);
            b.set(a);
            return b;
          };
          remC = grow(remC);
          remM = grow(remM);
          remP = grow(remP);
        }
        remC[j] = cap.c;
        remM[j] = cap.m;
        remP[j] = cap.p;
        nodeCount++;
      }
      const take = Math.min(left, room(remC[j], c2), room(remM[j], m), room(remP[j], pd));
      remC[j] = remC[j] - take * c2;
      remM[j] = remM[j] - take * m;
      remP[j] = remP[j] - take * pd;
      placements.push(i, j, take);
      left -= take;
      j++;
    }
    while (firstOpen < nodeCount && (remC[firstOpen] < minC[k + 1] || remM[firstOpen] < minM[k + 1] || remP[firstOpen] < minP[k + 1])) {
      firstOpen++;
    }
  }
  return { nodeCount, placements, remC, remM, remP };
}
function materialize(p, cap, packing) {
  const perNode = Array.from({ length: packing.nodeCount }, () => []);
  const pl = packing.placements;
  for (let t = 0; t < pl.length; t += 3) perNode[pl[t + 1]].push({ id: p.ids[pl[t]], count: pl[t + 2] });
  return perNode.map((items, j) => ({
    items,
    used: {
      cpu: (cap.c - packing.remC[j]) / 1e3,
      memory: cap.m - packing.remM[j],
      pods: cap.p - packing.remP[j]
    }
  }));
}
function describeMiss(p, i, cap, what) {
  const over = [];
  if (p.cpu[i] > cap.c) over.push(`CPU ${p.cpu[i] / 1e3} > ${cap.c / 1e3} cores`);
  if (p.mem[i] > cap.m) over.push(`memory ${fmtBytes(p.mem[i])} > ${fmtBytes(cap.m)}`);
  if (p.pods[i] > cap.p) over.push(`pods ${p.pods[i]} > ${cap.p}`);
  return `one replica exceeds ${what} (${over.join(", ")})`;
}
function fmtBytes(b) {
  return `${Math.round(b / 1048576 * 10) / 10}Mi`;
}
function packFirstFitDecreasing(items, capacity) {
  const p = prepare(items);
  const cap = toCap(capacity);
  const unpackable = [];
  for (let i = 0; i < p.ids.length; i++) {
    if (p.count[i] > 0 && !fitsEmpty(p, i, cap)) {
      unpackable.push({ id: p.ids[i], count: p.count[i], reason: describeMiss(p, i, cap, "an empty node") });
    }
  }
  const include = (i) => fitsEmpty(p, i, cap);
  const packing = packCore(p, cap, include);
  return { nodeCount: packing.nodeCount, lowerBound: lowerBoundOf(p, cap, include), nodes: materialize(p, cap, packing), unpackable };
}
function sortOut(p, caps) {
  const packable = new Uint8Array(p.ids.length);
  const unpackable = [];
  for (let i = 0; i < p.ids.length; i++) {
    if (p.count[i] === 0) continue;
    if (caps.some((cap) => fitsEmpty(p, i, cap))) packable[i] = 1;
    else {
      const largest = caps.reduce((a, b) => ({ c: Math.max(a.c, b.c), m: Math.max(a.m, b.m), p: Math.max(a.p, b.p) }), { c: 0, m: 0, p: 0 });
      unpackable.push({
        id: p.ids[i],
        count: p.count[i],
        reason: caps.length === 0 ? "no candidate instance types" : describeMiss(p, i, largest, "every candidate node")
      });
    }
  }
  return { packable, unpackable };
}
function unpackableItems(items, candidates) {
  let caps = capsMemo.get(candidates);
  if (caps === void 0) capsMemo.set(candidates, caps = candidates.map((c2) => toCap(c2.capacity)));
  const doubtful = items.filter((it) => !plainlyFits(it, caps));
  return doubtful.length === 0 ? [] : sortOut(prepare(doubtful), caps).unpackable;
}
function plainlyFits(it, caps) {
  const pods = it.pods ?? 1;
  if (!(it.cpu >= 0 && it.memory >= 0 && it.count >= 0 && pods >= 0 && Number.isFinite(it.cpu + it.memory))) return false;
  if (!Number.isInteger(it.count) || !Number.isInteger(pods)) return false;
  if (it.count === 0) return true;
  const c2 = Math.round(it.cpu * 1e3);
  const m = Math.round(it.memory);
  for (const cap of caps) if (c2 <= cap.c && m <= cap.m && pods <= cap.p) return true;
  return false;
}
function chooseCheapest(items, candidates, prices, options = {}) {
  const p = prepare(items);
  const known = new Set(candidates.map((c2) => c2.instanceType));
  const pinned = options.pinned === void 0 ? void 0 : new Set(options.pinned);
  const unknownPinned = options.pinned?.filter((t) => !known.has(t)) ?? [];
  const pool2 = candidates.filter((c2) => pinned === void 0 || pinned.has(c2.instanceType));
  const caps = pool2.map((c2) => toCap(c2.capacity));
  const { packable, unpackable } = sortOut(p, caps);
  const include = (i) => packable[i] === 1;
  const outcomes = new Array(pool2.length);
  const bounded = [];
  for (let ci = 0; ci < pool2.length; ci++) {
    const cand = pool2[ci];
    const cap = caps[ci];
    const unitPrice = prices[cand.instanceType];
    if (unitPrice === void 0 || !Number.isFinite(unitPrice)) {
      outcomes[ci] = { instanceType: cand.instanceType, eligible: false, reason: "no price for this instance type" };
      continue;
    }
    let misfit = -1;
    for (let i = 0; i < p.ids.length && misfit < 0; i++) if (packable[i] === 1 && !fitsEmpty(p, i, cap)) misfit = i;
    if (misfit >= 0) {
      outcomes[ci] = { instanceType: cand.instanceType, eligible: false, reason: `${p.ids[misfit]}: ${describeMiss(p, misfit, cap, "this node")}` };
      continue;
    }
    bounded.push({ ci, lb: lowerBoundOf(p, cap, include), unitPrice });
  }
  bounded.sort((a, b) => a.lb * a.unitPrice - b.lb * b.unitPrice || a.ci - b.ci);
  let best;
  for (const { ci, lb, unitPrice } of bounded) {
    const cand = pool2[ci];
    const b = best?.outcome;
    if (b !== void 0 && lb * unitPrice > b.total) {
      outcomes[ci] = { instanceType: cand.instanceType, eligible: false, reason: `its lower bound of ${lb} nodes already costs more than ${b.nodeCount} \xD7 ${b.instanceType}` };
      continue;
    }
    const packing = packCore(p, caps[ci], include);
    const outcome = {
      instanceType: cand.instanceType,
      eligible: true,
      nodeCount: packing.nodeCount,
      lowerBound: lb,
      unitPrice,
      total: packing.nodeCount * unitPrice
    };
    outcomes[ci] = outcome;
    if (b === void 0 || outcome.total < b.total || outcome.total === b.total && (outcome.nodeCount < b.nodeCount || outcome.nodeCount === b.nodeCount && outcome.instanceType < b.instanceType)) {
      best = { index: ci, packing, outcome };
    }
  }
  const choice = best === void 0 ? void 0 : {
    instanceType: best.outcome.instanceType,
    unitPrice: best.outcome.unitPrice,
    nodeCount: best.outcome.nodeCount,
    lowerBound: best.outcome.lowerBound,
    total: best.outcome.total,
    nodes: materialize(p, caps[best.index], best.packing)
  };
  return { choice, candidates: outcomes, unpackable, unknownPinned };
}
var capsMemo;
var init_pack = __esm({
  "src/cost/pack.ts"() {
    "use strict";
    capsMemo = /* @__PURE__ */ new WeakMap();
  }
});

// src/cost/report.ts
var round2;
var init_report = __esm({
  "src/cost/report.ts"() {
    "use strict";
    round2 = (n) => Math.round(Number((n * 100).toPrecision(12))) / 100;
  }
});

// src/cost/unavailable.ts
var CostUnavailable;
var init_unavailable = __esm({
  "src/cost/unavailable.ts"() {
    "use strict";
    CostUnavailable = class extends Error {
      name = "CostUnavailable";
    };
  }
});

// src/cost/platforms/platform.ts
function extendedUnpriced(demand, reason) {
  const out = [];
  for (const d of [...demand.workloads, ...demand.daemonSets, ...demand.batch]) {
    for (const what of d.unpriced) out.push({ kind: d.kind, namespace: d.namespace ?? null, name: d.name, what, reason });
  }
  return out;
}
function emptyWork() {
  return { byWorkload: /* @__PURE__ */ new Map(), extraByNamespace: /* @__PURE__ */ new Map(), storageByWorkload: /* @__PURE__ */ new Map(), batch: /* @__PURE__ */ new Map() };
}
function poolTypes(all, pool2, gpu) {
  return all.filter((t) => t.gpus > 0 === gpu && (pool2.families === void 0 || pool2.families.includes(t.family)) && (pool2.arch === "any" || (pool2.arch === "amd64" ? t.arch === "x86_64" : t.arch === "arm64")) && (pool2.burstable || !t.burstable));
}
function describePool(name2, pool2) {
  return `${name2} pool: ${pool2.families ? `families ${pool2.families.join(", ")}` : "every family in the snapshot"}, ${pool2.arch === "any" ? "amd64 or arm64" : `${pool2.arch} only`}${pool2.burstable ? "" : ", burstable types (t3, t3a, t4g) left out for sustained load"}${pool2.minNodes > 0 ? `, at least ${pool2.minNodes} node(s)` : ""}${pool2.maxNodes !== void 0 ? `, at most ${pool2.maxNodes}` : ""} (cost.nodePools.${name2})`;
}
function blendedRates(nodes) {
  let cpuCost = 0, byteCost = 0, cores = 0, bytes = 0;
  for (const { type, count } of nodes) {
    const r = rates(type);
    cpuCost += count * r.cpu * type.vcpu;
    byteCost += count * r.byte * type.memoryGiB * GiB2;
    cores += count * type.vcpu;
    bytes += count * type.memoryGiB * GiB2;
  }
  return { cpu: cores === 0 ? 0 : cpuCost / cores, byte: bytes === 0 ? 0 : byteCost / bytes };
}
function allocateBlended(demand, general, gpuNodes, system, byWorkload) {
  const r = blendedRates(general);
  const generalCost = general.reduce((s2, n) => s2 + n.count * n.type.unitMonthly, 0);
  const generalNodes = general.reduce((s2, n) => s2 + n.count, 0);
  const gpuCost = gpuNodes.reduce((s2, n) => s2 + n.count * n.type.unitMonthly, 0);
  const gpus = gpuNodes.reduce((s2, n) => s2 + n.count * n.type.gpus, 0);
  let workloads = 0;
  for (const d of demand.workloads) {
    if (d.replicas === 0) continue;
    const v = d.gpu > 0 ? gpus === 0 ? 0 : d.replicas * d.gpu * (gpuCost / gpus) : d.replicas * (d.cpu * r.cpu + d.memory * r.byte);
    const c2 = cents(v) / 100;
    addTo(byWorkload, d.key, c2);
    workloads += c2;
  }
  for (const d of demand.daemonSets) {
    const c2 = cents(generalNodes * (d.cpu * r.cpu + d.memory * r.byte)) / 100;
    addTo(byWorkload, d.key, c2);
    workloads += c2;
  }
  let sys = system.reduce((s2, p) => s2 + p.count * (p.cpu * r.cpu + p.memory * r.byte), 0);
  for (const { type, count } of general) {
    const reserved = minus({ cpu: type.vcpu, memory: type.memoryGiB * GiB2, pods: 0 }, type.available);
    sys += count * (reserved.cpu * r.cpu + reserved.memory * r.byte);
  }
  const nodes = cents(generalCost) + cents(gpuCost);
  const w = cents(workloads);
  const s = Math.min(cents(sys), nodes - w);
  return { workloads: w / 100, system: s / 100, idle: (nodes - w - s) / 100 };
}
function rates(t) {
  const cpuPart = t.vcpu * OPENCOST_CPU;
  const ramPart = t.memoryGiB * OPENCOST_RAM;
  const share = cpuPart / (cpuPart + ramPart);
  return { cpu: t.unitMonthly * share / t.vcpu, byte: t.unitMonthly * (1 - share) / (t.memoryGiB * GiB2) };
}
function minus(a, b) {
  return {
    cpu: Math.max(0, Math.round((a.cpu - b.cpu) * 1e3) / 1e3),
    memory: Math.max(0, a.memory - b.memory),
    pods: Math.max(0, a.pods - b.pods)
  };
}
function daemonSetLoad(ds) {
  return ds.reduce((s, d) => ({ cpu: s.cpu + d.cpu, memory: s.memory + d.memory, pods: s.pods + 1 }), { cpu: 0, memory: 0, pods: 0 });
}
function addTo(m, k, v) {
  m.set(k, (m.get(k) ?? 0) + v);
}
function packItems(demand, atMax, system) {
  const out = [];
  for (const d of demand.workloads) {
    const count = atMax ? d.replicasMax ?? d.replicas : d.replicas;
    if (count > 0) out.push({ id: d.key, cpu: d.cpu, memory: d.memory, count, workloadKey: d.key });
  }
  if (system.length > 0) out.push(...system);
  return out;
}
function unpackableOf(ids, demand, largest) {
  if (ids.length === 0) return [];
  const byKey = new Map([...demand.workloads, ...demand.batch].map((d) => [d.key, d]));
  return ids.flatMap((u) => {
    const d = byKey.get(u.id);
    return d ? [{ kind: d.kind, namespace: d.namespace ?? null, name: d.name, reason: u.reason, largest }] : [];
  });
}
function largestOf(types) {
  let best;
  for (const t of types) if (best === void 0 || t.vcpu > best.vcpu || t.vcpu === best.vcpu && t.memoryGiB > best.memoryGiB) best = t;
  return best?.instanceType ?? "(none)";
}
function priceVolumes(demand, cost, priceOf, defaultKind, work) {
  const byKind = /* @__PURE__ */ new Map();
  const unpriced = [];
  let atMax = 0;
  let claimsTotal = 0;
  const kindOf2 = (cls) => cls === void 0 ? cost.storageClasses.default ?? defaultKind : cost.storageClasses[cls];
  const price = (cls, who2, gb) => {
    const kind = kindOf2(cls);
    const p = kind === void 0 ? { unpriced: `storage class ${cls} is not mapped to a price kind (cost.storageClasses)` } : priceOf(kind);
    if ("unpriced" in p) {
      unpriced.push({ kind: who2.kind, namespace: who2.namespace ?? null, name: who2.name, what: `${gb} GiB of storage class ${cls ?? "(default)"}`, reason: p.unpriced });
      return void 0;
    }
    const e = byKind.get(p.label) ?? { gb: 0, perGb: p.perGbMonth };
    e.gb += gb;
    byKind.set(p.label, e);
    return p.perGbMonth;
  };
  for (const d of [...demand.workloads, ...demand.daemonSets]) {
    let perReplica = 0;
    for (const v of d.volumes) {
      const gb = v.bytes / GiB2;
      const per = price(v.storageClass, d, gb * d.replicas);
      if (per !== void 0) perReplica += gb * per;
    }
    if (perReplica === 0) continue;
    work.storageByWorkload.set(d.key, cents(perReplica * d.replicas) / 100);
    atMax += perReplica * (d.replicasMax ?? d.replicas);
  }
  for (const c2 of demand.claims) {
    const gb = c2.bytes / GiB2;
    const per = price(c2.storageClass, { kind: "PersistentVolumeClaim", namespace: c2.namespace, name: c2.name }, gb);
    if (per === void 0) continue;
    addTo(work.extraByNamespace, nsKey2(c2.namespace), cents(gb * per) / 100);
    claimsTotal += cents(gb * per);
    atMax += gb * per;
  }
  const byClass = [...byKind].map(([kind, e]) => ({ kind, gb: round2(e.gb), perGbMonth: e.perGb, monthly: round2(e.gb * e.perGb) }));
  const monthly = ([...work.storageByWorkload.values()].reduce((s, v) => s + cents(v), 0) + claimsTotal) / 100;
  return {
    line: {
      gb: round2(byClass.reduce((s, c2) => s + c2.gb, 0)),
      monthly: round2(monthly),
      description: byClass.length === 0 ? "none" : byClass.map((c2) => c2.kind).join(", "),
      byClass
    },
    atMaxMonthly: atMax,
    unpriced,
    kindsUsed: byClass.map((c2) => c2.kind)
  };
}
function memoTypes(prices, key2, build) {
  let m = typeMemo.get(prices);
  if (m === void 0) typeMemo.set(prices, m = /* @__PURE__ */ new Map());
  if (!m.has(key2)) m.set(key2, build());
  return m.get(key2);
}
function memoByConfig(cost, prices, key2, build) {
  let byPrices = byConfig.get(cost);
  if (byPrices === void 0) byConfig.set(cost, byPrices = /* @__PURE__ */ new WeakMap());
  let m = byPrices.get(prices);
  if (m === void 0) byPrices.set(prices, m = /* @__PURE__ */ new Map());
  if (!m.has(key2)) m.set(key2, build());
  return m.get(key2);
}
var HOURS, GiB2, OPENCOST_CPU, OPENCOST_RAM, cents, nsKey2, typeMemo, byConfig;
var init_platform = __esm({
  "src/cost/platforms/platform.ts"() {
    "use strict";
    init_capacity();
    init_report();
    HOURS = 730;
    ({ GiB: GiB2 } = BYTES);
    OPENCOST_CPU = 0.031611;
    OPENCOST_RAM = 4237e-6;
    cents = (n) => Math.round(Number((n * 100).toPrecision(12)));
    nsKey2 = (ns) => ns ?? "";
    typeMemo = /* @__PURE__ */ new WeakMap();
    byConfig = /* @__PURE__ */ new WeakMap();
  }
});

// src/cost/platforms/eks.ts
function eksTypes(cost, prices, region) {
  return memoByConfig(cost, prices, `eks/${region}`, () => buildEksTypes(cost, prices, region));
}
function buildEksTypes(cost, prices, region) {
  const regional = prices.aws.regions?.[region];
  if (regional === void 0) {
    const have = Object.keys(prices.aws.regions ?? {}).sort().join(", ");
    throw new CostUnavailable(
      `no EC2 prices for ${region} in the price snapshot of ${prices.snapshotDate} (it has ${have || "no AWS region"}); run \`tollgate prices refresh --region ${region} --output prices-${region}.json\` and pass \`--prices prices-${region}.json\``
    );
  }
  for (const t of cost.eks.instanceTypes ?? []) {
    if (regional.ec2[t] === void 0) {
      throw new CostUnavailable(`cost.eks.instanceTypes: ${t} has no price for ${region} in the snapshot of ${prices.snapshotDate}; run \`tollgate prices refresh --region ${region} --instance-types ${t}\``);
    }
  }
  return memoTypes(prices, JSON.stringify(["eks", region]), () => Object.values(regional.ec2).map((p) => {
    const family = p.instanceType.split(".")[0];
    return {
      instanceType: p.instanceType,
      vcpu: p.vcpu,
      memoryGiB: p.memoryGiB,
      unitMonthly: p.hourlyUsd * HOURS,
      available: eksNodeCapacity({ instanceType: p.instanceType, vcpu: p.vcpu, memoryGiB: p.memoryGiB }).available,
      arch: p.arch,
      gpus: p.gpus ?? 0,
      burstable: /^t\d/.test(family),
      family
    };
  }));
}
function pools(cost, prices, region) {
  return memoByConfig(cost, prices, `eks-pools/${region}`, () => buildPools(cost, eksTypes(cost, prices, region)));
}
function buildPools(cost, types) {
  const pinned = cost.eks.instanceTypes;
  const known = (t) => !t.burstable || BURST_BASELINE[t.instanceType.split(".")[1]] !== void 0;
  const general = pinned ? types.filter((t) => pinned.includes(t.instanceType) && t.gpus === 0) : poolTypes(types, cost.nodePools.general, false).filter(known);
  const gpu = pinned && types.some((t) => pinned.includes(t.instanceType) && t.gpus > 0) ? types.filter((t) => pinned.includes(t.instanceType) && t.gpus > 0) : poolTypes(types, cost.nodePools.gpu, true);
  return { general, gpu };
}
function generalItems(demand, atMax) {
  return packItems({ ...demand, workloads: demand.workloads.filter((d) => d.gpu === 0) }, atMax, COREDNS);
}
function gpuItems(demand, atMax) {
  return demand.workloads.filter((d) => d.gpu > 0).map((d) => ({
    id: d.key,
    cpu: d.cpu,
    memory: d.memory,
    count: atMax ? d.replicasMax ?? d.replicas : d.replicas,
    pods: Math.ceil(d.gpu)
  })).filter((i) => i.count > 0);
}
function creditsMonthly(type, nodes) {
  if (!type.burstable || nodes === void 0) return 0;
  const baseline = BURST_BASELINE[type.instanceType.split(".")[1]] ?? 0;
  return nodes.nodes.reduce((s, n) => s + Math.max(0, n.used.cpu - baseline * type.vcpu), 0) * CPU_CREDIT_USD_PER_VCPU_HOUR * HOURS;
}
function chooseGeneral(items, types, ds, pinnedTo) {
  const cands = afterDs(types, ds);
  const unit = unitPrices(types);
  const steady = types.filter((t) => !t.burstable).map((t) => t.instanceType);
  let best;
  const consider = (pinned) => {
    if (pinned.length === 0) return;
    const result = chooseCheapest(items, cands, unit, { pinned });
    const type = types.find((t) => t.instanceType === result.choice?.instanceType);
    if (type === void 0) return;
    const credits = creditsMonthly(type, result.choice);
    if (best === void 0 || result.choice.total + credits < best.result.choice.total + best.credits) best = { result, type, credits };
  };
  if (pinnedTo !== void 0) consider([pinnedTo]);
  else {
    consider(steady);
    for (const t of types) if (t.burstable) consider([t.instanceType]);
  }
  return { best, unpackable: unpackableItems(items, cands) };
}
function storagePrice(prices, region) {
  const regional = prices.aws.regions[region];
  return (kind) => {
    if (kind === "local-path") return { perGbMonth: 0, label: "local-path (node disk)" };
    if (kind === "hetzner-volume") return { unpriced: "a Hetzner Cloud volume does not exist on EKS" };
    const p = regional[kind];
    return p === void 0 ? { unpriced: `the price snapshot has no ${kind} price for ${region}` } : { perGbMonth: p.value, label: kind };
  };
}
function nodeLine(type, count, lowerBound, pool2) {
  return {
    instanceType: type.instanceType,
    role: "node",
    count,
    unitMonthly: round2(type.unitMonthly),
    monthly: round2(count * type.unitMonthly),
    lowerBound,
    vcpu: type.vcpu,
    memoryGiB: type.memoryGiB,
    arch: type.arch,
    pool: pool2,
    ...type.gpus > 0 ? { gpus: type.gpus } : {}
  };
}
function estimateEks({ demand, cost, prices, region }) {
  const { general, gpu } = pools(cost, prices, region);
  const regional = prices.aws.regions[region];
  const need = (v, what) => {
    if (v === void 0) throw new CostUnavailable(`the price snapshot has no ${what} price for ${region}; add it to a --prices file (see docs/cost.md)`);
    return v.value;
  };
  const ds = daemonSetLoad(demand.daemonSets);
  const work = { cost: void 0, ...emptyWork() };
  const unpackable = [];
  const assumptions = [];
  const gen = chooseGeneral(generalItems(demand, false), general, ds);
  unpackable.push(...unpackableOf(gen.unpackable, demand, largestOf(general)));
  const genType = gen.best?.type;
  const minNodes = cost.nodePools.general.minNodes;
  const genCount = gen.best ? Math.max(gen.best.result.choice.nodeCount, minNodes) : 0;
  const nodes = genType ? [nodeLine(genType, genCount, gen.best.result.choice.lowerBound, "general")] : [];
  const maxNodes = cost.nodePools.general.maxNodes;
  if (maxNodes !== void 0 && genCount > maxNodes) {
    assumptions.push(`The general pool needs ${genCount} \xD7 ${genType.instanceType}, above cost.nodePools.general.maxNodes ${maxNodes}: pods would stay Pending; the estimate counts what the manifests ask for.`);
  }
  const gItems = gpuItems(demand, false);
  let gpuType;
  let gpuCount = 0;
  if (gItems.length > 0) {
    const g = chooseCheapest(gItems, gpuCandidates(gpu, ds), unitPrices(gpu));
    unpackable.push(...unpackableOf(g.unpackable.map((u) => ({ ...u, reason: gpu.length === 0 ? "requests nvidia.com/gpu and no GPU instance type is in the GPU pool" : u.reason })), demand, largestOf(gpu)));
    gpuType = gpu.find((t) => t.instanceType === g.choice?.instanceType);
    if (gpuType && g.choice) {
      gpuCount = g.choice.nodeCount;
      nodes.push(nodeLine(gpuType, gpuCount, g.choice.lowerBound, "gpu"));
    }
  }
  const genAtMax = genType ? Math.max(chooseGeneral(generalItems(demand, true), general, ds, genType.instanceType).best?.result.choice?.nodeCount ?? 0, minNodes) : 0;
  const gpuAtMax = gpuType ? chooseCheapest(gpuItems(demand, true), gpuCandidates(gpu, ds), unitPrices(gpu), { pinned: [gpuType.instanceType] }).choice?.nodeCount ?? 0 : 0;
  const creditsAtMax = genType?.burstable ? creditsMonthly(genType, chooseGeneral(generalItems(demand, true), general, ds, genType.instanceType).best?.result.choice) : 0;
  for (const b of demand.batch) {
    const pool2 = b.gpu > 0 ? gpu : general;
    const item = { id: b.key, cpu: b.cpu, memory: b.memory, count: Math.max(1, b.replicas), ...b.gpu > 0 ? { pods: Math.ceil(b.gpu) } : {} };
    const r = chooseCheapest([item], b.gpu > 0 ? gpuCandidates(pool2, ds) : afterDs(pool2, ds), unitPrices(pool2));
    if (r.choice && r.unpackable.length === 0) work.batch.set(b.key, { hourly: r.choice.total / HOURS, nodes: `${r.choice.nodeCount} \xD7 ${r.choice.instanceType}` });
    else {
      work.batch.set(b.key, { hourly: 0, nodes: "does not fit" });
      unpackable.push(...unpackableOf(r.unpackable, demand, largestOf(pool2)));
    }
  }
  const unpriced = extendedUnpriced(demand, EKS_EXTENDED);
  const credits = genType ? cents(gen.best.credits) / 100 : 0;
  const alloc = allocateBlended(demand, genType ? [{ type: genType, count: genCount }] : [], gpuType ? [{ type: gpuType, count: gpuCount }] : [], COREDNS, work.byWorkload);
  const controlPlane = round2(need(cost.eks.controlPlane === "extended" ? prices.aws.eks?.controlPlaneExtended : prices.aws.eks?.controlPlaneStandard, "EKS control plane") * HOURS);
  const ipv4Hour = need(prices.aws.publicIpv4, "public IPv4");
  const lbCount = demand.loadBalancers.length;
  const nlbHour = lbCount === 0 ? 0 : need(regional.nlb, "NLB");
  const lbUnit = round2(nlbHour * HOURS);
  const lbIpv4Unit = round2(cost.eks.availabilityZones * ipv4Hour * HOURS);
  for (const lb of demand.loadBalancers) addTo(work.extraByNamespace, nsKey2(lb.namespace), lbUnit + lbIpv4Unit);
  const vols = priceVolumes(demand, cost, storagePrice(prices, region), "gp3", work);
  unpriced.push(...vols.unpriced);
  const natCount = cost.eks.natGateways;
  const nat = natCount === 0 ? 0 : round2(natCount * need(regional.natGatewayHourly, "NAT gateway") * HOURS + cost.eks.natGigabytesPerMonth * need(regional.natGatewayPerGb, "NAT data processing"));
  const ipv4Count = lbCount * cost.eks.availabilityZones + natCount;
  const ipv4 = (cents(lbCount * lbIpv4Unit) + cents(natCount * ipv4Hour * HOURS)) / 100;
  const nodesMonthly = nodes.reduce((s, n) => s + cents(n.monthly), 0) / 100;
  const lbMonthly = round2(lbCount * lbUnit);
  const monthly = (cents(controlPlane) + cents(nodesMonthly) + cents(lbMonthly) + cents(vols.line.monthly) + cents(nat) + cents(ipv4) + cents(credits)) / 100;
  const atMax = controlPlane + (genType ? genAtMax * genType.unitMonthly : 0) + (gpuType ? gpuAtMax * gpuType.unitMonthly : 0) + lbMonthly + vols.atMaxMonthly + nat + ipv4 + creditsAtMax;
  const pinned = cost.eks.instanceTypes;
  assumptions.unshift(
    `EKS control plane ${cost.eks.controlPlane} support: $${prices.aws.eks?.[cost.eks.controlPlane === "extended" ? "controlPlaneExtended" : "controlPlaneStandard"]?.value}/hour \xD7 ${HOURS}.`,
    pinned ? `Node pool pinned to ${pinned.join(", ")} (cost.eks.instanceTypes); the cheapest total among them is used.` : `Nodes: every instance type of the ${describePool("general", cost.nodePools.general)} priced for ${region} was packed (first fit decreasing over CPU, memory and pods) and the cheapest total chosen, as Karpenter would for a single-type pool; on-demand Linux prices, no Savings Plans or Spot.`,
    ...genType ? [`The general pool runs ${genType.instanceType} (${genType.arch === "arm64" ? "arm64, Graviton: every image must be built for arm64" : "x86_64/amd64"}).`] : [],
    ...genType ? eksNodeCapacity({ instanceType: genType.instanceType, vcpu: genType.vcpu, memoryGiB: genType.memoryGiB }).assumptions : [],
    ...genType?.burstable ? [`${genType.instanceType} is burstable: a baseline of ${(BURST_BASELINE[genType.instanceType.split(".")[1]] * 100).toFixed(0)} % per vCPU; CPU requested above it all month is priced as Unlimited surplus credits at $${CPU_CREDIT_USD_PER_VCPU_HOUR}/vCPU-hour (${"$"}${credits.toFixed(2)}/month).`] : [],
    ...gItems.length > 0 ? [`Pods requesting nvidia.com/gpu run in a GPU pool (${gpu.map((t) => t.instanceType).join(", ") || "no GPU types"}), GPUs as the packing's slot count; GPU node cost is allocated by GPUs requested${gpuType ? ` (${gpuType.instanceType}, ${gpuType.gpus} GPU per node)` : ""}.`] : [],
    "CoreDNS (EKS add-on) adds 2 pods at 100m / 70Mi.",
    ...lbCount > 0 ? [`Each Service of type LoadBalancer is an NLB (AWS Load Balancer Controller) at $${regional.nlb?.value}/hour; its ${cost.eks.availabilityZones} public IPv4 addresses (one per AZ, cost.eks.availabilityZones) at $${ipv4Hour}/hour are in the public IPv4 line; NLCUs and data transfer are not modelled.`] : [],
    ...vols.line.byClass.map((c2) => `Volumes ${c2.kind}: ${c2.gb} GiB at $${c2.perGbMonth}/GB-month for the requested size${c2.kind === "io2" ? " (provisioned IOPS not modelled)" : ""}.`),
    ...vols.line.byClass.length > 0 || vols.unpriced.length > 0 ? ['Claims without a storageClassName are priced as gp3 (map `default` in cost.storageClasses to change it); StatefulSet claims and generic ephemeral volumes count once per replica, at maxReplicas for the "at max" figure.'] : [],
    natCount > 0 ? `${natCount} NAT gateway(s) at $${regional.natGatewayHourly?.value}/hour (their public IPv4 in the public IPv4 line) and ${cost.eks.natGigabytesPerMonth} GB/month processed.` : "No NAT gateway counted (cost.eks.natGateways: 0); a private-subnet cluster needs at least one.",
    ...unpriced.map((u) => `Not priced: ${describeWorkload({ kind: u.kind, namespace: u.namespace ?? void 0, name: u.name })} ${u.what} \u2014 ${u.reason}.`)
  );
  work.cost = {
    platform: "eks",
    region,
    monthly,
    monthlyAtMax: round2(atMax),
    controlPlane,
    nodes,
    loadBalancers: { count: lbCount, monthly: lbMonthly, description: "NLB per Service of type LoadBalancer", ipv4Monthly: round2(lbCount * lbIpv4Unit) },
    volumes: vols.line,
    nat: { count: natCount, monthly: nat, description: "NAT gateway" },
    publicIpv4: { count: ipv4Count, monthly: ipv4, description: "public IPv4 of load balancers (one per AZ) and NAT gateways" },
    cpuCredits: { count: genType?.burstable ? genCount : 0, monthly: credits, description: "Unlimited surplus CPU credits of burstable nodes" },
    allocation: alloc,
    unpackable,
    unpriced,
    assumptions
  };
  return work;
}
function unpackableEks({ demand, cost, prices, region }) {
  const { general, gpu } = pools(cost, prices, region);
  const ds = daemonSetLoad(demand.daemonSets);
  const isGpu = (d) => d.gpu > 0;
  const item = (d) => ({ id: d.key, cpu: d.cpu, memory: d.memory, count: 1, ...isGpu(d) ? { pods: Math.ceil(d.gpu) } : {} });
  const all = [...demand.workloads, ...demand.batch];
  return [
    ...unpackableOf(unpackableItems(all.filter((d) => !isGpu(d)).map(item), memoCandidates(general, ds, false)), demand, largestOf(general)),
    ...unpackableOf(unpackableItems(all.filter(isGpu).map(item), memoCandidates(gpu, ds, true)), demand, largestOf(gpu)).map((u) => gpu.length === 0 ? { ...u, reason: "requests nvidia.com/gpu and no GPU instance type is in the GPU pool" } : u)
  ];
}
function memoCandidates(types, ds, gpu) {
  let byLoad = candidateMemo.get(types);
  if (byLoad === void 0) candidateMemo.set(types, byLoad = /* @__PURE__ */ new Map());
  const k = `${ds.cpu}/${ds.memory}/${ds.pods}/${gpu}`;
  let c2 = byLoad.get(k);
  if (c2 === void 0) {
    c2 = gpu ? gpuCandidates(types, ds) : afterDs(types, ds);
    if (byLoad.size >= 16) byLoad.delete(byLoad.keys().next().value);
    byLoad.set(k, c2);
  }
  return c2;
}
function unpricedEks({ demand, cost, prices, region }) {
  eksTypes(cost, prices, region);
  return [...extendedUnpriced(demand, EKS_EXTENDED), ...priceVolumes(demand, cost, storagePrice(prices, region), "gp3", emptyWork()).unpriced];
}
var MiB2, CPU_CREDIT_USD_PER_VCPU_HOUR, BURST_BASELINE, EKS_EXTENDED, COREDNS, afterDs, gpuCandidates, unitPrices, candidateMemo, eks;
var init_eks = __esm({
  "src/cost/platforms/eks.ts"() {
    "use strict";
    init_capacity();
    init_demand();
    init_pack();
    init_report();
    init_unavailable();
    init_platform();
    ({ MiB: MiB2 } = BYTES);
    CPU_CREDIT_USD_PER_VCPU_HOUR = 0.05;
    BURST_BASELINE = { medium: 0.2 };
    EKS_EXTENDED = "no EKS instance type in the snapshot is priced for this extended resource";
    COREDNS = [{ id: "(system) coredns", cpu: 0.1, memory: 70 * MiB2, count: 2 }];
    afterDs = (types, ds) => types.map((t) => ({ instanceType: t.instanceType, capacity: minus(t.available, ds) }));
    gpuCandidates = (types, ds) => types.map((t) => ({ instanceType: t.instanceType, capacity: { ...minus(t.available, ds), pods: t.gpus } }));
    unitPrices = (types) => Object.fromEntries(types.map((t) => [t.instanceType, t.unitMonthly]));
    candidateMemo = /* @__PURE__ */ new WeakMap();
    eks = { name: "eks", label: "EKS", estimate: estimateEks, unpackable: unpackableEks, unpriced: unpricedEks };
  }
});

// src/cost/platforms/k3s.ts
function shapeOf(s) {
  return {
    instanceType: s.name,
    vcpu: s.vcpu,
    memoryGiB: s.memoryGiB,
    unitMonthly: 0,
    available: { cpu: 0, memory: 0, pods: 0 },
    arch: s.arch,
    gpus: 0,
    burstable: false,
    family: familyOf(s.name)
  };
}
function eurUsdOf(cost, prices) {
  return cost.currency.eurUsd ?? prices.exchangeRates.EURUSD.rate;
}
function hetznerMonthlyEur(s, list) {
  if (list === "current") return s.priceHistory.find((p) => p.appliesTo === "existing servers")?.monthlyEur ?? s.monthlyEur;
  return s.monthlyEur;
}
function k3sTypes(cost, prices) {
  return memoByConfig(cost, prices, "k3s", () => buildK3sTypes(cost, prices));
}
function buildK3sTypes(cost, prices) {
  const servers = prices.hetzner.servers ?? {};
  const check = (name2, what) => {
    const s = servers[name2];
    if (s === void 0) {
      throw new CostUnavailable(`${what}: Hetzner server type ${name2} is not in the price snapshot (it has ${Object.keys(servers).sort().join(", ")})`);
    }
    return s;
  };
  check(cost.k3s.serverType, "cost.k3s.serverType");
  const agentNames = cost.k3s.agentTypes ?? poolTypes(Object.values(servers).map((s) => shapeOf(s)), cost.nodePools.general, false).map((t) => t.instanceType);
  for (const n of agentNames) check(n, "cost.k3s.agentTypes");
  const eurUsd = eurUsdOf(cost, prices);
  return memoTypes(prices, JSON.stringify(["k3s", cost.k3s.serverType, agentNames, cost.k3s.hetznerPrices, eurUsd]), () => {
    const typeOf = (name2, role) => {
      const s = servers[name2];
      return {
        instanceType: name2,
        vcpu: s.vcpu,
        memoryGiB: s.memoryGiB,
        unitMonthly: hetznerMonthlyEur(s, cost.k3s.hetznerPrices) * eurUsd,
        available: k3sNodeCapacity({ instanceType: name2, vcpu: s.vcpu, memoryGiB: s.memoryGiB }, role).available,
        arch: s.arch,
        gpus: 0,
        burstable: false,
        family: familyOf(name2)
      };
    };
    const serverType = typeOf(cost.k3s.serverType, "server");
    const agents = agentNames.map((n) => typeOf(n, "agent"));
    return { serverType, agents, agentNames, all: [serverType, ...agents] };
  });
}
function packK3s(items, nServers, serverType, agents, ds, pinAgent) {
  const onServers = packFirstFitDecreasing(items, minus(serverType.available, ds));
  const placedOnServers = onServers.nodes.slice(0, nServers);
  const placed = /* @__PURE__ */ new Map();
  for (const n of placedOnServers) for (const p of n.items) placed.set(p.id, (placed.get(p.id) ?? 0) + p.count);
  const rest = items.map((i) => ({ ...i, count: i.count - (placed.get(i.id) ?? 0) })).filter((i) => i.count > 0);
  const agentChoice = rest.length === 0 ? void 0 : chooseCheapest(
    rest,
    agents.map((a) => ({ instanceType: a.instanceType, capacity: minus(a.available, ds) })),
    Object.fromEntries(agents.map((a) => [a.instanceType, a.unitMonthly])),
    pinAgent === void 0 ? {} : { pinned: [pinAgent] }
  );
  return { placedOnServers, agentChoice };
}
function estimateK3s({ demand, cost, prices }) {
  const { serverType, agents, agentNames } = k3sTypes(cost, prices);
  const eurUsd = eurUsdOf(cost, prices);
  const ds = daemonSetLoad(demand.daemonSets);
  const work = { cost: void 0, ...emptyWork() };
  const cpuOnly = { ...demand, workloads: demand.workloads.filter((d) => d.gpu === 0) };
  const itemsNow = packItems(cpuOnly, false, COREDNS2);
  let nServers = cost.k3s.servers === "auto" ? 1 : cost.k3s.servers;
  let now = packK3s(itemsNow, nServers, serverType, agents, ds);
  if (cost.k3s.servers === "auto" && (now.agentChoice?.choice?.nodeCount ?? 0) > cost.k3s.haAboveAgents) {
    nServers = 3;
    now = packK3s(itemsNow, nServers, serverType, agents, ds);
  }
  const c2 = now.agentChoice?.choice;
  const agentType = agents.find((a) => a.instanceType === c2?.instanceType);
  const nodes = [{
    instanceType: serverType.instanceType,
    role: "server",
    count: nServers,
    unitMonthly: round2(serverType.unitMonthly),
    monthly: round2(nServers * serverType.unitMonthly),
    vcpu: serverType.vcpu,
    memoryGiB: serverType.memoryGiB,
    arch: serverType.arch,
    pool: "general"
  }];
  const agentCount = c2 && agentType ? c2.nodeCount : 0;
  if (c2 && agentType) {
    nodes.push({
      instanceType: agentType.instanceType,
      role: "agent",
      count: c2.nodeCount,
      unitMonthly: round2(agentType.unitMonthly),
      monthly: round2(c2.nodeCount * agentType.unitMonthly),
      lowerBound: c2.lowerBound,
      vcpu: agentType.vcpu,
      memoryGiB: agentType.memoryGiB,
      arch: agentType.arch,
      pool: "general"
    });
  }
  const nodeCount = nServers + agentCount;
  const alloc = allocateBlended(cpuOnly, [{ type: serverType, count: nServers }, ...agentType ? [{ type: agentType, count: agentCount }] : []], [], COREDNS2, work.byWorkload);
  let nodesAtMax = nServers * serverType.unitMonthly + agentCount * (agentType?.unitMonthly ?? 0);
  let nodeCountAtMax = nodeCount;
  if (demand.workloads.some((d) => d.replicasMax !== void 0)) {
    const max = packK3s(packItems(cpuOnly, true, COREDNS2), nServers, serverType, agentType ? [agentType] : agents, ds, agentType?.instanceType);
    const mc = max.agentChoice?.choice;
    const mType = agents.find((a) => a.instanceType === mc?.instanceType);
    nodesAtMax = nServers * serverType.unitMonthly + (mc && mType ? mc.nodeCount * mType.unitMonthly : 0);
    nodeCountAtMax = nServers + (mc?.nodeCount ?? 0);
  }
  const unpackable = [
    ...unpackableOf(now.agentChoice?.unpackable ?? [], demand, largestOf([serverType, ...agents])),
    ...gpuUnpackable(demand)
  ];
  for (const b of demand.batch) {
    if (b.gpu > 0) {
      work.batch.set(b.key, { hourly: 0, nodes: "does not fit" });
      continue;
    }
    const r = chooseCheapest(
      [{ id: b.key, cpu: b.cpu, memory: b.memory, count: Math.max(1, b.replicas) }],
      agents.map((a) => ({ instanceType: a.instanceType, capacity: minus(a.available, ds) })),
      Object.fromEntries(agents.map((a) => [a.instanceType, a.unitMonthly]))
    );
    if (r.choice && r.unpackable.length === 0) work.batch.set(b.key, { hourly: r.choice.total / HOURS, nodes: `${r.choice.nodeCount} \xD7 ${r.choice.instanceType}` });
    else {
      work.batch.set(b.key, { hourly: 0, nodes: "does not fit" });
      unpackable.push(...unpackableOf(r.unpackable, demand, largestOf(agents)));
    }
  }
  const ipv4Eur = prices.hetzner.primaryIpv4?.value;
  if (ipv4Eur === void 0) throw new CostUnavailable("the price snapshot has no Hetzner primary IPv4 price");
  const ipv4Unit = ipv4Eur * eurUsd;
  const lbCount = demand.loadBalancers.length;
  const lbUnit = cost.k3s.loadBalancerMonthlyEur === void 0 ? 0 : round2(cost.k3s.loadBalancerMonthlyEur * eurUsd);
  if (lbUnit > 0) for (const lb of demand.loadBalancers) addTo(work.extraByNamespace, nsKey2(lb.namespace), lbUnit);
  const volEur = prices.hetzner.volume?.value;
  const vols = priceVolumes(demand, cost, storagePrice2(cost, prices), "hetzner-volume", work);
  const unpriced = [...vols.unpriced, ...extendedUnpriced(demand, K3S_EXTENDED)];
  const nodesMonthly = nodes.reduce((s, n) => s + cents(n.monthly), 0) / 100;
  const ipv4 = round2(nodeCount * ipv4Unit);
  const lbMonthly = round2(lbCount * lbUnit);
  const monthly = (cents(nodesMonthly) + cents(ipv4) + cents(lbMonthly) + cents(vols.line.monthly)) / 100;
  const rate = prices.exchangeRates.EURUSD;
  const gpuPods = demand.workloads.filter((d) => d.gpu > 0);
  const assumptions = [
    `Hetzner Cloud prices in EUR excluding VAT (${cost.k3s.hetznerPrices === "current" ? "the 2026-04-01 price list for existing servers" : "the price for new orders from 2026-06-15"}; cost.k3s.hetznerPrices), converted at ${eurUsd} USD/EUR (${cost.currency.eurUsd !== void 0 ? "cost.currency.eurUsd" : `${rate.asOf}, ${rate.source}`}).`,
    `k3s control plane on ${nServers} server node(s) of type ${serverType.instanceType} (${nServers === 3 ? "HA with embedded etcd" : "single server, no HA"}${cost.k3s.servers === "auto" ? `; cost.k3s.servers auto: 3 once more than ${cost.k3s.haAboveAgents} agents` : ""}); the servers are schedulable and take workloads first.`,
    ...k3sNodeCapacity({ instanceType: serverType.instanceType, vcpu: serverType.vcpu, memoryGiB: serverType.memoryGiB }, "server").assumptions,
    ...agentType ? [
      `Agents: ${agentNames.join(", ")} were packed and the cheapest total chosen (${agentType.instanceType}, ${agentType.arch}); ${cost.k3s.agentTypes ? "cost.k3s.agentTypes" : describePool("general", cost.nodePools.general)}.`,
      ...k3sNodeCapacity({ instanceType: agentType.instanceType, vcpu: agentType.vcpu, memoryGiB: agentType.memoryGiB }, "agent").assumptions
    ] : [],
    "CoreDNS (bundled with k3s) adds 1 pod at 100m / 70Mi.",
    `Every node has a primary IPv4 at \u20AC${ipv4Eur}/month.`,
    ...lbCount > 0 ? [cost.k3s.loadBalancerMonthlyEur === void 0 ? "Services of type LoadBalancer use k3s's bundled ServiceLB (node IPs, no extra charge); a Hetzner load balancer is not in the price snapshot \u2014 set cost.k3s.loadBalancerMonthlyEur to count one per Service." : `Each Service of type LoadBalancer is a Hetzner load balancer at \u20AC${cost.k3s.loadBalancerMonthlyEur}/month (cost.k3s.loadBalancerMonthlyEur).`] : [],
    ...vols.line.byClass.map((v) => `Volumes ${v.kind}: ${v.gb} GiB at $${round2(v.perGbMonth * 1e4) / 1e4}/GB-month${v.kind === "Hetzner Cloud volume" ? ` (\u20AC${volEur}/GB-month)` : ""}.`),
    ...vols.line.byClass.length > 0 || vols.unpriced.length > 0 ? ["Claims without a storageClassName (and EBS classes) are priced as Hetzner Cloud volumes (hcloud-csi); k3s's bundled local-path class costs nothing extra but ties the data to one node."] : [],
    ...gpuPods.length > 0 ? [`No Hetzner Cloud server type in the snapshot has a GPU: ${gpuPods.map(describeWorkload).join(", ")} cannot run on k3s here (cost/unpackable).`] : [],
    ...unpriced.map((u) => `Not priced: ${describeWorkload({ kind: u.kind, namespace: u.namespace ?? void 0, name: u.name })} ${u.what} \u2014 ${u.reason}.`)
  ];
  work.cost = {
    platform: "k3s",
    region: "hetzner-eu",
    monthly,
    monthlyAtMax: round2(nodesAtMax + nodeCountAtMax * ipv4Unit + lbMonthly + vols.atMaxMonthly),
    controlPlane: 0,
    nodes,
    loadBalancers: { count: lbCount, monthly: lbMonthly, description: cost.k3s.loadBalancerMonthlyEur === void 0 ? "ServiceLB (bundled, no charge)" : "Hetzner load balancer" },
    volumes: vols.line,
    nat: { count: 0, monthly: 0, description: "not needed (nodes have public IPv4)" },
    publicIpv4: { count: nodeCount, monthly: ipv4, description: "primary IPv4 per node" },
    cpuCredits: { count: 0, monthly: 0, description: "no burstable servers" },
    allocation: alloc,
    unpackable,
    unpriced,
    assumptions
  };
  return work;
}
function storagePrice2(cost, prices) {
  const volEur = prices.hetzner.volume?.value;
  const eurUsd = eurUsdOf(cost, prices);
  return (kind) => {
    if (kind === "local-path") return { perGbMonth: 0, label: "local-path (node disk)" };
    if (kind === "efs") return { unpriced: "no shared file system (EFS equivalent) is in the Hetzner price snapshot" };
    if (volEur === void 0) return { unpriced: "the price snapshot has no Hetzner volume price" };
    return { perGbMonth: volEur * eurUsd, label: "Hetzner Cloud volume" };
  };
}
function unpricedK3s({ demand, cost, prices }) {
  k3sTypes(cost, prices);
  return [...priceVolumes(demand, cost, storagePrice2(cost, prices), "hetzner-volume", emptyWork()).unpriced, ...extendedUnpriced(demand, K3S_EXTENDED)];
}
function gpuUnpackable(demand) {
  return [...demand.workloads, ...demand.batch].filter((d) => d.gpu > 0).map((d) => ({
    kind: d.kind,
    namespace: d.namespace ?? null,
    name: d.name,
    reason: `requests nvidia.com/gpu ${d.gpu} and no Hetzner Cloud server type in the snapshot has a GPU`,
    largest: "(no GPU server)"
  }));
}
function unpackableK3s({ demand, cost, prices }) {
  const types = k3sTypes(cost, prices);
  const ds = daemonSetLoad(demand.daemonSets);
  const items = [...demand.workloads, ...demand.batch].filter((d) => d.gpu === 0).map((d) => ({ id: d.key, cpu: d.cpu, memory: d.memory, count: 1 }));
  return [...unpackableOf(unpackableItems(items, memoCandidates(types.all, ds, false)), demand, largestOf(types.all)), ...gpuUnpackable(demand)];
}
var MiB3, familyOf, COREDNS2, K3S_EXTENDED, k3s;
var init_k3s = __esm({
  "src/cost/platforms/k3s.ts"() {
    "use strict";
    init_capacity();
    init_demand();
    init_pack();
    init_report();
    init_eks();
    init_unavailable();
    init_platform();
    ({ MiB: MiB3 } = BYTES);
    familyOf = (name2) => /^[A-Za-z]+/.exec(name2)?.[0] ?? name2;
    COREDNS2 = [{ id: "(system) coredns", cpu: 0.1, memory: 70 * MiB3, count: 1 }];
    K3S_EXTENDED = "no Hetzner Cloud server type in the snapshot offers this extended resource";
    k3s = { name: "k3s", label: "k3s", estimate: estimateK3s, unpackable: unpackableK3s, unpriced: unpricedK3s };
  }
});

// src/cost/platforms/index.ts
var PLATFORMS;
var init_platforms = __esm({
  "src/cost/platforms/index.ts"() {
    "use strict";
    init_eks();
    init_k3s();
    PLATFORMS = { eks, k3s };
  }
});

// src/cost/prices/snapshot.ts
function ec2Table(rows, source2, asOf) {
  const out = {};
  for (const [instanceType, vcpu, memoryGiB, arch, hourlyUsd, gpus, gpuModel] of rows) {
    out[instanceType] = {
      instanceType,
      vcpu,
      memoryGiB,
      arch,
      hourlyUsd,
      ...gpus === void 0 ? {} : { gpus, gpuModel },
      source: source2,
      asOf
    };
  }
  return out;
}
function hetzner(name2, vcpu, memoryGiB, arch, existingFrom20260401, newOrdersFrom20260615, source2, asOf) {
  const priceHistory = [
    ...existingFrom20260401 === void 0 ? [] : [{ effectiveFrom: "2026-04-01", appliesTo: "existing servers", monthlyEur: existingFrom20260401 }],
    { effectiveFrom: "2026-06-15", appliesTo: "new orders", monthlyEur: newOrdersFrom20260615 }
  ];
  return { name: name2, vcpu, memoryGiB, arch, monthlyEur: newOrdersFrom20260615, priceHistory, source: source2, asOf };
}
var EMBEDDED_SNAPSHOT_DATE, KARPENTER_PRICES, KARPENTER_AS_OF, US_EAST_1_ROWS, FACTS_AS_OF, usd, eur, HETZNER_CLOUD, AGENTDEALS, EMBEDDED_SNAPSHOT;
var init_snapshot = __esm({
  "src/cost/prices/snapshot.ts"() {
    "use strict";
    EMBEDDED_SNAPSHOT_DATE = "2026-11-22";
    KARPENTER_PRICES = "https://github.com/aws/karpenter-provider-aws/blob/main/pkg/providers/pricing/zz_generated.pricing_aws.go (generated from the AWS Price List API at 2026-01-19T13:23:24Z)";
    KARPENTER_AS_OF = "2026-01-19";
    US_EAST_1_ROWS = [
      ["m5.large", 2, 8, "x86_64", 0.096],
      ["m5.xlarge", 4, 16, "x86_64", 0.192],
      ["m5.2xlarge", 8, 32, "x86_64", 0.384],
      ["m5.4xlarge", 16, 64, "x86_64", 0.768],
      ["m6i.large", 2, 8, "x86_64", 0.096],
      ["m6i.xlarge", 4, 16, "x86_64", 0.192],
      ["m6i.2xlarge", 8, 32, "x86_64", 0.384],
      ["m6i.4xlarge", 16, 64, "x86_64", 0.768],
      ["m7i.large", 2, 8, "x86_64", 0.1008],
      ["m7i.xlarge", 4, 16, "x86_64", 0.2016],
      ["m7i.2xlarge", 8, 32, "x86_64", 0.4032],
      ["m7i.4xlarge", 16, 64, "x86_64", 0.8064],
      ["c6i.large", 2, 4, "x86_64", 0.085],
      ["c6i.xlarge", 4, 8, "x86_64", 0.17],
      ["c6i.2xlarge", 8, 16, "x86_64", 0.34],
      ["c6i.4xlarge", 16, 32, "x86_64", 0.68],
      ["c7i.large", 2, 4, "x86_64", 0.08925],
      ["c7i.xlarge", 4, 8, "x86_64", 0.1785],
      ["c7i.2xlarge", 8, 16, "x86_64", 0.357],
      ["c7i.4xlarge", 16, 32, "x86_64", 0.714],
      ["r6i.large", 2, 16, "x86_64", 0.126],
      ["r6i.xlarge", 4, 32, "x86_64", 0.252],
      ["r6i.2xlarge", 8, 64, "x86_64", 0.504],
      ["r6i.4xlarge", 16, 128, "x86_64", 1.008],
      ["r7i.large", 2, 16, "x86_64", 0.1323],
      ["r7i.xlarge", 4, 32, "x86_64", 0.2646],
      ["r7i.2xlarge", 8, 64, "x86_64", 0.5292],
      ["r7i.4xlarge", 16, 128, "x86_64", 1.0584],
      ["t3.medium", 2, 4, "x86_64", 0.0416],
      ["t3.large", 2, 8, "x86_64", 0.0832],
      ["t3.xlarge", 4, 16, "x86_64", 0.1664],
      ["t3.2xlarge", 8, 32, "x86_64", 0.3328],
      ["m7g.large", 2, 8, "arm64", 0.0816],
      ["m7g.xlarge", 4, 16, "arm64", 0.1632],
      ["m7g.2xlarge", 8, 32, "arm64", 0.3264],
      ["m7g.4xlarge", 16, 64, "arm64", 0.6528],
      ["c7g.large", 2, 4, "arm64", 0.0725],
      ["c7g.xlarge", 4, 8, "arm64", 0.145],
      ["c7g.2xlarge", 8, 16, "arm64", 0.29],
      ["c7g.4xlarge", 16, 32, "arm64", 0.58],
      ["r7g.large", 2, 16, "arm64", 0.1071],
      ["r7g.xlarge", 4, 32, "arm64", 0.2142],
      ["r7g.2xlarge", 8, 64, "arm64", 0.4284],
      ["r7g.4xlarge", 16, 128, "arm64", 0.8568],
      // Added 2026-12-03 from the same generated table (issue 20): burstable AMD and Graviton, m6a, m6g, c6g.
      ["t3a.medium", 2, 4, "x86_64", 0.0376],
      ["t3a.large", 2, 8, "x86_64", 0.0752],
      ["t3a.xlarge", 4, 16, "x86_64", 0.1504],
      ["t3a.2xlarge", 8, 32, "x86_64", 0.3008],
      ["t4g.medium", 2, 4, "arm64", 0.0336],
      ["t4g.large", 2, 8, "arm64", 0.0672],
      ["t4g.xlarge", 4, 16, "arm64", 0.1344],
      ["t4g.2xlarge", 8, 32, "arm64", 0.2688],
      ["m6a.large", 2, 8, "x86_64", 0.0864],
      ["m6a.xlarge", 4, 16, "x86_64", 0.1728],
      ["m6a.2xlarge", 8, 32, "x86_64", 0.3456],
      ["m6a.4xlarge", 16, 64, "x86_64", 0.6912],
      ["m6g.large", 2, 8, "arm64", 0.077],
      ["m6g.xlarge", 4, 16, "arm64", 0.154],
      ["m6g.2xlarge", 8, 32, "arm64", 0.308],
      ["m6g.4xlarge", 16, 64, "arm64", 0.616],
      ["c6g.large", 2, 4, "arm64", 0.068],
      ["c6g.xlarge", 4, 8, "arm64", 0.136],
      ["c6g.2xlarge", 8, 16, "arm64", 0.272],
      ["c6g.4xlarge", 16, 32, "arm64", 0.544],
      // GPU types: one NVIDIA GPU each (A10G on g5, L4 on g6); FACTS.md's g5.xlarge $1.006, g5.2xlarge $1.212
      // and g6.xlarge $0.805 (rounded from 0.8048) agree with the table.
      ["g5.xlarge", 4, 16, "x86_64", 1.006, 1, "NVIDIA A10G"],
      ["g5.2xlarge", 8, 32, "x86_64", 1.212, 1, "NVIDIA A10G"],
      ["g5.4xlarge", 16, 64, "x86_64", 1.624, 1, "NVIDIA A10G"],
      ["g6.xlarge", 4, 16, "x86_64", 0.8048, 1, "NVIDIA L4"],
      ["g6.2xlarge", 8, 32, "x86_64", 0.9776, 1, "NVIDIA L4"],
      ["g6.4xlarge", 16, 64, "x86_64", 1.3232, 1, "NVIDIA L4"]
    ];
    FACTS_AS_OF = "2026-11";
    usd = (value, unit, source2, asOf = FACTS_AS_OF) => ({ value, currency: "USD", unit, source: source2, asOf });
    eur = (value, unit, source2, asOf = FACTS_AS_OF) => ({ value, currency: "EUR", unit, source: source2, asOf });
    HETZNER_CLOUD = "https://www.hetzner.com/cloud";
    AGENTDEALS = "https://github.com/robhunter/agentdeals/pull/1286 (read from Hetzner's website price API 2026-09-03; shown price incl. \u20AC0.50 IPv4, minus \u20AC0.50)";
    EMBEDDED_SNAPSHOT = {
      schemaVersion: 1,
      snapshotDate: EMBEDDED_SNAPSHOT_DATE,
      hoursPerMonth: 730,
      aws: {
        eks: {
          controlPlaneStandard: usd(0.1, "cluster-hour", "https://aws.amazon.com/eks/pricing/"),
          controlPlaneExtended: usd(0.6, "cluster-hour", "https://aws.amazon.com/eks/pricing/ (extended-support Kubernetes versions)")
        },
        publicIpv4: usd(5e-3, "address-hour", "https://aws.amazon.com/vpc/pricing/ (public IPv4 addresses)"),
        regions: {
          "us-east-1": {
            ec2: ec2Table(US_EAST_1_ROWS, KARPENTER_PRICES, KARPENTER_AS_OF),
            gp3: usd(0.08, "GB-month", "https://aws.amazon.com/ebs/pricing/"),
            io2: usd(0.125, "GB-month (plus provisioned IOPS, not modelled)", "https://aws.amazon.com/ebs/pricing/", "2026-12"),
            st1: usd(0.045, "GB-month", "https://aws.amazon.com/ebs/pricing/", "2026-12"),
            sc1: usd(0.015, "GB-month", "https://aws.amazon.com/ebs/pricing/", "2026-12"),
            efs: usd(0.3, "GB-month (EFS Standard storage)", "https://aws.amazon.com/efs/pricing/", "2026-12"),
            alb: usd(0.0225, "hour (plus LCUs, not modelled)", "https://aws.amazon.com/elasticloadbalancing/pricing/"),
            nlb: usd(0.0225, "hour (plus NLCUs, not modelled)", "https://aws.amazon.com/elasticloadbalancing/pricing/"),
            natGatewayHourly: usd(0.045, "hour", "https://aws.amazon.com/vpc/pricing/ (NAT gateway)"),
            natGatewayPerGb: usd(0.045, "GB processed", "https://aws.amazon.com/vpc/pricing/ (NAT gateway)")
          }
        }
      },
      gke: {
        clusterFee: usd(0.1, "cluster-hour", "https://cloud.google.com/kubernetes-engine/pricing"),
        monthlyCredit: usd(
          74.4,
          "month per billing account (one zonal or Autopilot cluster free)",
          "https://cloud.google.com/kubernetes-engine/pricing"
        )
      },
      hetzner: {
        servers: {
          CX23: hetzner("CX23", 2, 4, "x86_64", 3.99, 5.49, HETZNER_CLOUD, FACTS_AS_OF),
          CX33: hetzner("CX33", 4, 8, "x86_64", 6.49, 8.49, HETZNER_CLOUD, FACTS_AS_OF),
          CX43: hetzner("CX43", 8, 16, "x86_64", 11.99, 15.99, HETZNER_CLOUD, FACTS_AS_OF),
          CX53: hetzner(
            "CX53",
            16,
            32,
            "x86_64",
            void 0,
            29.49,
            `${AGENTDEALS}; \u20AC29.49 also in https://github.com/CanineHQ/canine/issues/652 (2026-07-26)`,
            "2026-09-03"
          ),
          CAX11: hetzner("CAX11", 2, 4, "arm64", 4.49, 5.99, HETZNER_CLOUD, FACTS_AS_OF),
          CAX21: hetzner("CAX21", 4, 8, "arm64", 7.99, 10.49, HETZNER_CLOUD, FACTS_AS_OF),
          CAX31: hetzner("CAX31", 8, 16, "arm64", void 0, 20.99, AGENTDEALS, "2026-09-03"),
          CAX41: hetzner("CAX41", 16, 32, "arm64", void 0, 40.99, AGENTDEALS, "2026-09-03")
        },
        volume: eur(
          0.0572,
          "GB-month",
          "Hetzner Cloud API GET /v1/pricing (fsn1), as quoted in https://github.com/devantler-tech/platform/commit/cb791c6f",
          "2026-05-27"
        ),
        primaryIpv4: eur(0.5, "month", HETZNER_CLOUD),
        loadBalancers: {}
      },
      exchangeRates: {
        EURUSD: {
          from: "EUR",
          to: "USD",
          rate: 1.1637,
          source: "ECB euro foreign exchange reference rate, as quoted in https://github.com/devantler-tech/platform/commit/cb791c6f",
          asOf: "2026-05-27"
        }
      },
      notes: [
        "All prices are list prices excluding taxes; monthly = hourly \xD7 730.",
        "Hetzner servers default to the price for new orders from 2026-06-15; servers ordered before keep the 2026-04-01 price (priceHistory).",
        "Hetzner's plan pages marked every CX/CAX plan as not available in EU locations when read on 2026-09-03 (robhunter/agentdeals#1181); check availability before relying on a CX/CAX price.",
        "Left out (not verified from a primary or generated source): EC2, gp3, ALB/NLB and NAT prices for us-west-2, eu-central-1, eu-west-1 and ap-south-1 \u2014 run `tollgate prices refresh --region <r>` to fetch EC2 and EKS prices for those regions from the AWS Price List API.",
        "Left out (not verified): EBS gp2 and io1 prices; volumes of those classes are reported as unpriced, not guessed.",
        "Left out: the 2026-04-01 prices of CX53, CAX31 and CAX41 (only their new-order prices were verifiable).",
        "Left out: Hetzner CPX servers (current CPX12/CPX22/... prices were not verifiable net of IPv4) and the LB11 load balancer price.",
        "ALB/NLB capacity units, NAT data processing volumes and data transfer are not modelled unless configured."
      ]
    };
  }
});

// src/cost/settings.ts
function quantityOf(v, fallback) {
  if (v === void 0) return fallback;
  const q = parseQuantity(v);
  return q.ok ? q.value : fallback;
}
function resolveCostConfig(raw) {
  if (raw === void 0) return DEFAULT_COST_CONFIG;
  let resolved = resolvedSections.get(raw);
  if (resolved === void 0) resolvedSections.set(raw, resolved = resolveSection(raw));
  return resolved;
}
function resolveSection(raw) {
  const d = DEFAULT_COST_CONFIG;
  const r = raw;
  return {
    platforms: r.platforms ?? d.platforms,
    region: r.region ?? d.region,
    defaultRequests: {
      cpu: quantityOf(r.defaultRequests?.cpu, d.defaultRequests.cpu),
      memory: quantityOf(r.defaultRequests?.memory, d.defaultRequests.memory)
    },
    currency: { ...d.currency, ...r.currency },
    nodePools: { general: { ...d.nodePools.general, ...r.nodePools?.general }, gpu: { ...d.nodePools.gpu, ...r.nodePools?.gpu } },
    storageClasses: { ...d.storageClasses, ...r.storageClasses },
    allocation: { ...d.allocation, ...r.allocation },
    eks: { ...d.eks, ...r.eks },
    k3s: { ...d.k3s, ...r.k3s },
    budgets: (r.budgets ?? []).map((b, index) => ({ ...b, index })),
    increase: r.increase ?? d.increase
  };
}
var resolvedSections;
var init_settings = __esm({
  "src/cost/settings.ts"() {
    "use strict";
    init_cost();
    init_quantity();
    resolvedSections = /* @__PURE__ */ new WeakMap();
  }
});

// src/cost/estimate.ts
function demandOf(run2, cost) {
  return run2.memo(`cost:demand:${idOf(cost)}`, () => computeDemand(run2, cost));
}
function fileLine(d) {
  const o = d.workload.object;
  const pos = o.source.locate(o.basePointer);
  return { ...o.source.file !== void 0 ? { file: o.source.file } : {}, ...pos ? { line: pos.line } : {} };
}
function snapshotSource(prices) {
  const sources = /* @__PURE__ */ new Set(["AWS and Hetzner list prices"]);
  if (prices !== EMBEDDED_SNAPSHOT) sources.add("a --prices snapshot file merged over the embedded snapshot");
  else sources.add("tollgate's embedded snapshot (every price's own source is in docs/cost.md)");
  return [...sources].join("; ");
}
function buildReport(run2, config, options) {
  const cost = resolveCostConfig(config.cost);
  const prices = options.prices ?? EMBEDDED_SNAPSHOT;
  const platforms = options.platforms ?? cost.platforms;
  const region = options.region ?? cost.region;
  const demand = demandOf(run2, cost);
  const works = /* @__PURE__ */ new Map();
  for (const p of platforms) works.set(p, PLATFORMS[p].estimate({ demand, cost, prices, region }));
  const perPlatform = (f) => Object.fromEntries([...works].map(([p, w]) => [p, round2(f(w))]));
  const workloadMonthly = (d) => perPlatform((w) => (w.byWorkload.get(d.key) ?? 0) + (w.storageByWorkload.get(d.key) ?? 0));
  const workloads = [...demand.workloads, ...demand.daemonSets].map((d) => ({
    kind: d.kind,
    namespace: d.namespace ?? null,
    name: d.name,
    replicas: d.kind === "DaemonSet" ? null : d.replicas,
    ...d.replicasMax !== void 0 ? { replicasMax: d.replicasMax } : {},
    cpu: milli(d.kind === "DaemonSet" ? d.cpu : d.cpu * d.replicas),
    memory: Math.round(d.kind === "DaemonSet" ? d.memory : d.memory * d.replicas),
    storage: d.storage * d.replicas,
    ...d.gpu > 0 ? { gpu: d.gpu * d.replicas } : {},
    monthly: workloadMonthly(d),
    storageMonthly: perPlatform((w) => w.storageByWorkload.get(d.key) ?? 0),
    ...fileLine(d)
  }));
  const { namespaces, shared } = namespaceRows(demand, works, cost.allocation.shared, options.teamOfNamespace);
  let teams;
  if (options.teamOfNamespace) {
    const byTeam = /* @__PURE__ */ new Map();
    for (const n of namespaces) {
      if (n.team === void 0 || n.namespace === null) continue;
      const t = byTeam.get(n.team) ?? { namespaces: [], monthly: /* @__PURE__ */ new Map() };
      t.namespaces.push(n.namespace);
      for (const [p, v] of Object.entries(n.monthly)) t.monthly.set(p, (t.monthly.get(p) ?? 0) + v);
      byTeam.set(n.team, t);
    }
    teams = [...byTeam].sort(([a], [b]) => a.localeCompare(b)).map(([team, t]) => ({
      team,
      namespaces: t.namespaces,
      monthly: Object.fromEntries([...t.monthly].map(([p, v]) => [p, round2(v)]))
    }));
  }
  const batch = demand.batch.map((d) => ({
    kind: d.kind,
    namespace: d.namespace ?? null,
    name: d.name,
    pods: d.replicas,
    cpu: milli(d.cpu * d.replicas),
    memory: Math.round(d.memory * d.replicas),
    hourly: perPlatform((w) => w.batch.get(d.key)?.hourly ?? 0),
    nodes: Object.fromEntries([...works].map(([p, w]) => [p, w.batch.get(d.key)?.nodes ?? "does not fit"]))
  }));
  const all = new Map([...demand.workloads, ...demand.daemonSets].map((d) => [d.key, d]));
  const idleSlots2 = (options.idleSlots ?? []).flatMap((s) => {
    const d = all.get(s.workloadKey);
    return d ? [{ kind: d.kind, namespace: d.namespace ?? null, name: d.name, description: s.description, monthly: workloadMonthly(d) }] : [];
  });
  const platformAssumptions = [...works.values()].map((w) => w.cost);
  const rate = prices.exchangeRates.EURUSD;
  return {
    hoursPerMonth: 730,
    currency: "USD",
    prices: {
      snapshotDate: prices.snapshotDate,
      source: snapshotSource(prices),
      exchangeRate: { EURUSD: rate.rate, asOf: rate.asOf, source: rate.source }
    },
    platforms: platformAssumptions.map((p) => ({ ...p, assumptions: [...demand.assumptions, ...p.assumptions] })),
    workloads,
    namespaces,
    shared,
    loadBalancerServices: demand.loadBalancers.map((l) => ({ namespace: l.namespace ?? null, name: l.name })),
    ...teams ? { teams } : {},
    batch,
    idleSlots: idleSlots2,
    assumptions: [
      "Monthly = hourly \xD7 730. List prices, excluding taxes, on-demand.",
      "A workload's cost is its share of its node pool by requests: the pool's price is split into CPU and RAM in the ratio of OpenCost's default prices ($0.031611/vCPU-hour, $0.004237/GB-hour) and every core and byte costs the same on every node of the pool, so identical workloads cost the same wherever they land; GPU nodes are split by GPUs. What no workload requests is shown as system (reservations, platform pods) and idle.",
      cost.allocation.shared === "proportional" ? "Control plane, system, idle, NAT, node IPv4 and CPU credits are spread over the namespaces in proportion to their own cost (cost.allocation.shared: proportional), so namespace totals add up to the bill." : "Namespace and team totals cover their workloads, volumes and load balancers only; control plane, system, idle, NAT, node IPv4 and CPU credits are shared rows (cost.allocation.shared: proportional spreads them).",
      ...prices.notes.map((n) => `Price snapshot note: ${n}`),
      ...demand.assumptions
    ]
  };
}
function namespaceRows(demand, works, mode, teamOf) {
  const nsCents = /* @__PURE__ */ new Map();
  const add2 = (ns, p, c2) => {
    const m = nsCents.get(ns) ?? /* @__PURE__ */ new Map();
    m.set(p, (m.get(p) ?? 0) + c2);
    nsCents.set(ns, m);
  };
  const sharedRows = /* @__PURE__ */ new Map();
  const addShared = (name2, p, c2) => {
    if (c2 === 0) return;
    const m = sharedRows.get(name2) ?? /* @__PURE__ */ new Map();
    m.set(p, (m.get(p) ?? 0) + c2);
    sharedRows.set(name2, m);
  };
  for (const [p, w] of works) {
    for (const d of [...demand.workloads, ...demand.daemonSets]) {
      add2(key(d.namespace), p, cents(w.byWorkload.get(d.key) ?? 0) + cents(w.storageByWorkload.get(d.key) ?? 0));
    }
    for (const [ns, v] of w.extraByNamespace) add2(ns, p, cents(v));
    const c2 = w.cost;
    let direct = 0;
    for (const m of nsCents.values()) direct += m.get(p) ?? 0;
    addShared("control plane", p, cents(c2.controlPlane));
    addShared("system (reservations, platform pods)", p, cents(c2.allocation.system));
    addShared("idle (node capacity nobody requested)", p, cents(c2.allocation.idle));
    addShared("NAT gateways", p, cents(c2.nat.monthly));
    addShared("CPU credits", p, cents(c2.cpuCredits.monthly));
    let named = 0;
    for (const m of sharedRows.values()) named += m.get(p) ?? 0;
    addShared("public IPv4 (nodes, NAT gateways)", p, cents(c2.monthly) - direct - named);
  }
  const keys = [...nsCents.keys()].sort((a, b) => a.localeCompare(b));
  if (mode === "proportional") {
    for (const p of works.keys()) {
      let pool2 = 0;
      for (const m of sharedRows.values()) pool2 += m.get(p) ?? 0;
      const base = keys.map((k) => nsCents.get(k).get(p) ?? 0);
      const sum = base.reduce((a, b) => a + b, 0);
      if (sum <= 0 || pool2 === 0) continue;
      const exact = base.map((b) => b * pool2 / sum);
      const floors = exact.map(Math.floor);
      let left = pool2 - floors.reduce((a, b) => a + b, 0);
      const order = exact.map((e, i) => [e - Math.floor(e), i]).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
      for (const [, i] of order) {
        if (left <= 0) break;
        floors[i]++;
        left--;
      }
      keys.forEach((k, i) => nsCents.get(k).set(p, (nsCents.get(k).get(p) ?? 0) + floors[i]));
      for (const m of sharedRows.values()) m.delete(p);
    }
  }
  const toPer = (m) => Object.fromEntries([...m].map(([p, c2]) => [p, c2 / 100]));
  const namespaces = keys.map((ns) => {
    const team = ns === "" ? void 0 : teamOf?.(ns);
    return { namespace: ns === "" ? null : ns, ...team !== void 0 ? { team } : {}, monthly: toPer(nsCents.get(ns)) };
  });
  const shared = [...sharedRows].filter(([, m]) => m.size > 0).map(([name2, m]) => ({ name: name2, monthly: toPer(m) }));
  return { namespaces, shared };
}
function idOf(o) {
  if (o === void 0) return 0;
  let id = memoKeys.get(o);
  if (id === void 0) memoKeys.set(o, id = nextId++);
  return id;
}
function slotsKey(run2, slots) {
  if (slots === void 0) return 0;
  const ids = run2.memo("cost:idle-slot-ids", () => ({ byList: /* @__PURE__ */ new WeakMap(), byContent: /* @__PURE__ */ new Map() }));
  let id = ids.byList.get(slots);
  if (id === void 0) {
    const content = JSON.stringify(slots);
    id = ids.byContent.get(content);
    if (id === void 0) ids.byContent.set(content, id = ids.byContent.size + 1);
    ids.byList.set(slots, id);
  }
  return id;
}
function estimateCost(run2, config, given = {}) {
  const options = { ...runCostInputs(run2, config), ...given };
  const memo = run2.memo("cost:estimate", () => /* @__PURE__ */ new Map());
  const k = JSON.stringify([
    idOf(config),
    idOf(options.prices),
    options.platforms ?? null,
    options.region ?? null,
    idOf(options.teamOfNamespace),
    slotsKey(run2, options.idleSlots)
  ]);
  let report = memo.get(k);
  if (report === void 0) {
    report = buildReport(run2, config, options);
    memo.set(k, report);
  }
  return report;
}
function unpackablePods(run2, config, given = {}) {
  const memo = run2.memo("cost:fit", () => /* @__PURE__ */ new Map());
  const k = `${idOf(config)}/${idOf(given.prices)}/${given.platforms?.join(",") ?? "-"}/${given.region ?? "-"}`;
  let fit = memo.get(k);
  if (fit === void 0) {
    const cost = resolveCostConfig(config.cost);
    const prices = given.prices ?? EMBEDDED_SNAPSHOT;
    const demand = demandOf(run2, cost);
    const region = given.region ?? cost.region;
    fit = (given.platforms ?? cost.platforms).map((platform2) => ({ platform: platform2, unpackable: PLATFORMS[platform2].unpackable({ demand, cost, prices, region }) }));
    memo.set(k, fit);
  }
  return fit;
}
function unpricedItems(run2, config) {
  return run2.memo(`cost:unpriced:${idOf(config)}`, () => {
    const cost = resolveCostConfig(config.cost);
    const demand = demandOf(run2, cost);
    return cost.platforms.map((platform2) => ({
      platform: platform2,
      unpriced: PLATFORMS[platform2].unpriced({ demand, cost, prices: EMBEDDED_SNAPSHOT, region: cost.region })
    }));
  });
}
function sameCostInputs(a, b, config) {
  return costSignature(a, config) === costSignature(b, config);
}
function costSignature(run2, config) {
  return run2.memo(`cost:signature:${idOf(config)}`, () => {
    const d = demandOf(run2, resolveCostConfig(config.cost));
    const sig = (w) => [
      w.kind,
      w.namespace ?? null,
      w.name,
      w.cpu,
      w.memory,
      w.replicas,
      w.replicasMax ?? null,
      w.gpu,
      w.volumes.map((v) => [v.bytes, v.storageClass ?? null])
    ];
    const items = [...d.workloads.map((w) => ({ id: w.key, sig: sig(w) })), { id: "(system) coredns", sig: ["coredns"] }].sort((x, y) => x.id < y.id ? -1 : x.id > y.id ? 1 : 0).map((x) => x.sig);
    return JSON.stringify([
      items,
      d.daemonSets.map(sig),
      d.claims.map((c2) => [c2.namespace ?? null, c2.bytes, c2.storageClass ?? null]),
      d.loadBalancers.map((l) => l.namespace ?? null)
    ]);
  });
}
function estimateIfAvailable(compute) {
  try {
    return compute();
  } catch (e) {
    if (e instanceof CostUnavailable) return void 0;
    throw e;
  }
}
function usd2(n) {
  const sign = n < 0 ? "-" : "";
  return `${sign}$${Math.abs(n).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
var milli, key, memoKeys, nextId, PLATFORM_LABEL;
var init_estimate = __esm({
  "src/cost/estimate.ts"() {
    "use strict";
    init_run_inputs();
    init_demand();
    init_platforms();
    init_platform();
    init_snapshot();
    init_report();
    init_settings();
    init_unavailable();
    milli = (cores) => Math.round(cores * 1e3) / 1e3;
    key = (ns) => ns ?? "";
    memoKeys = /* @__PURE__ */ new WeakMap();
    nextId = 1;
    PLATFORM_LABEL = { eks: PLATFORMS.eks.label, k3s: PLATFORMS.k3s.label };
  }
});

// src/cli/heap.ts
import { setFlagsFromString as setFlagsFromString2 } from "node:v8";
function boundHeapGrowth(execArgv, nodeOptions) {
  const given = [...execArgv, ...(nodeOptions ?? "").split(/\s+/)].some((a) => /^--heap[-_]growing[-_]percent\b/.test(a));
  if (given) return false;
  setFlagsFromString2(`--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`);
  return true;
}
var BATCH_HEAP_GROWING_PERCENT;
var init_heap = __esm({
  "src/cli/heap.ts"() {
    "use strict";
    BATCH_HEAP_GROWING_PERCENT = 20;
  }
});

// src/ownership/paths.ts
function namespaceForFileFrom(section, repoPathOf = (f) => f) {
  const entries = Object.entries(section?.pathNamespaces ?? {}).sort((a, b) => b[0].length - a[0].length);
  if (entries.length === 0) return void 0;
  const cache3 = /* @__PURE__ */ new Map();
  return (file) => {
    if (cache3.has(file)) return cache3.get(file);
    const path = repoPathOf(file).replace(/^\.?\//, "");
    const hit = entries.find(([glob]) => globMatch(glob, path))?.[1];
    cache3.set(file, hit);
    return hit;
  };
}
var init_paths = __esm({
  "src/ownership/paths.ts"() {
    "use strict";
    init_glob();
  }
});

// src/rules/meta.ts
var source, metaRules;
var init_meta = __esm({
  "src/rules/meta.ts"() {
    "use strict";
    init_rule();
    source = (id, severity2, summary, remediation, description) => defineRule({
      id,
      target: "source",
      meta: { family: id.split("/")[0], severity: severity2, summary, remediation, messages: {}, ...description ? { description } : {} },
      check() {
      }
    });
    metaRules = [
      source("parse/yaml-syntax", "error", "Files parse as YAML or JSON.", "Fix the syntax error at the reported line; `kubectl apply` would reject the file too."),
      source("parse/duplicate-key", "error", "Mappings have no duplicate keys.", "Remove one of the duplicate keys: only the last one takes effect, silently.", "YAML parsers used by kubectl keep the last of two equal keys, so the first value is lost without a word. This is almost always a merge mistake."),
      source("parse/helm-template", "error", "Files are rendered manifests, not Helm templates.", "Render the chart with `helm template <release> <chart> -f values.yaml` and check the output instead of the templates.", "Outside a chart's templates/ folder a file is a Helm template only when it fails to parse because of its `{{ }}` actions (it parses once they are taken out) or parses into a mapping key that is itself a mapping (`name: {{ .Values.name }}`). Braces inside valid YAML strings are data: Prometheus alert templates, Grafana legends and Alertmanager templates are checked like any other manifest."),
      source("parse/chart-not-rendered", "info", "Helm chart templates are checked as rendered manifests.", "Render the chart (`helm template`) and check its output; tollgate renders charts itself when helm is available.", "A file under a chart's templates/ folder (a folder with a Chart.yaml among the files checked) is a Helm template, not a manifest: the chart gets one info and its templates are skipped, never an error per file. Chart.yaml, values files and the chart's other files are metadata and are skipped silently; files under crds/ are plain manifests and are checked."),
      source("parse/missing-kind", "warning", "Kubernetes documents have both apiVersion and kind.", "Add the missing apiVersion or kind; the document is skipped until then.", "Only Kubernetes objects are objects. Skipped silently and counted: documents with neither field (values, compose files, CI workflows), an apiVersion no Kubernetes API can have (Chart.yaml's `v2`, `skaffold/v4beta11`: every group but apps, batch, autoscaling, policy and extensions has a dot), and tool configs (kustomize.config.k8s.io and other *.config.k8s.io groups, kind.x-k8s.io, k3d.io, kpt.dev, config.kubernetes.io, ctlptl.dev, kubeadm.k8s.io, audit.k8s.io, a kubeconfig's `v1 Config`, a bare `kind: Kustomization` or `Component`). Reported: a document with a `metadata` mapping and only one of the two fields, or with only an apiVersion of a built-in group other than core v1 (`apps/v1`)."),
      source("parse/duplicate-object", "error", "An object is defined once per unit.", "Remove one of the two definitions, or move them into separate environment folders (or kustomize overlays).", "Two documents in one unit (a kustomize overlay, a Helm release, a folder) with the same API group, kind, namespace and name: `kubectl apply` keeps whichever comes last. The same object in two sibling folders is two environments and is not reported."),
      source("render/not-rendered", "info", "Kustomize overlays and Helm charts are rendered.", "Install kustomize or kubectl (for overlays) and helm (for charts), or name them under `renderers:` in .tollgate.yaml.", "Without a renderer an overlay is checked from its resource files with its namespace applied (patches are never read as objects), and a chart's templates are not checked."),
      source("render/failed", "error", "Kustomize overlays and Helm charts render without errors.", "Run the renderer named in the message on the unit and fix what it reports; `kubectl apply -k` or `helm install` would fail the same way."),
      source("parse/empty-file", "info", "Manifest files are not empty.", "Delete the empty file or add its manifests."),
      source("parse/not-text", "error", "Manifest files are UTF-8 text.", "Re-save the file as UTF-8 or exclude the binary file from the paths tollgate checks."),
      source("tollgate/suppression-without-reason", "warning", "Every tollgate.dev/ignore annotation has a tollgate.dev/ignore-reason.", "Add tollgate.dev/ignore-reason explaining why the rules do not apply."),
      source("tollgate/unused-suppression", "warning", "Suppressions suppress something.", "Remove the stale entry from tollgate.dev/ignore so it cannot hide a future problem."),
      source("tollgate/unused-exemption", "warning", "Config exemptions match at least one finding.", "Delete the exemption or fix its patterns."),
      source("tollgate/rule-error", "error", "Rules run without internal errors.", "Report the bug with the manifest that triggers it; the webhook answers per its failure mode.")
    ];
  }
});

// src/rules/resources/required.ts
function requiredResourceRule(spec) {
  const what = `${LABEL[spec.resource]} ${spec.field === "requests" ? "request" : "limit"}`;
  return defineRule({
    id: spec.id,
    target: "container",
    meta: {
      family: "resources",
      severity: spec.severity,
      summary: `Containers set ${/^[aeiou]/i.test(what) ? "an" : "a"} ${what}.`,
      description: spec.description,
      remediation: `Set resources.${spec.field}.${spec.resource} on the container (or a default for the namespace in a LimitRange).`,
      ...spec.optIn ? { optIn: true } : {},
      messages: {
        missing: `{{container}} has no ${what}; ${spec.why}`,
        fromLimit: `{{container}} sets no ${what}; Kubernetes uses its limit ({{value}}) as the request.`,
        fromLimitRange: `{{container}} sets no ${what}; LimitRange {{limitRange}} in namespace {{namespace}} supplies {{value}}.`
      }
    },
    check(ctx, c2) {
      if (c2[spec.field][spec.resource] !== void 0) return;
      if (c2.invalid.some((i) => i.resource === spec.resource && i.field === spec.field)) return;
      const at = c2.pointer("resources");
      if (spec.field === "requests" && c2.limits[spec.resource] !== void 0) {
        ctx.report({ messageId: "fromLimit", at, severity: "info", data: { value: c2.limits[spec.resource].text } });
        return;
      }
      const ns = ctx.run.namespaceOf(c2.workload.object);
      const defaults = limitRangeDefaults(ctx.run, ns);
      const fromLr = spec.field === "requests" ? defaults?.defaultRequest[spec.resource] ?? defaults?.default[spec.resource] : defaults?.default[spec.resource];
      if (defaults && fromLr !== void 0) {
        ctx.report({
          messageId: "fromLimitRange",
          at,
          severity: "info",
          data: { limitRange: defaults.limitRange.metadata.name ?? "(unnamed)", namespace: ns, value: formatResource(spec.resource, fromLr) }
        });
        return;
      }
      ctx.report({ messageId: "missing", at });
    }
  });
}
var LABEL;
var init_required = __esm({
  "src/rules/resources/required.ts"() {
    "use strict";
    init_rule();
    init_limitrange();
    init_quantity();
    LABEL = { cpu: "CPU", memory: "memory", "ephemeral-storage": "ephemeral-storage" };
  }
});

// src/rules/resources/cpu-limit-required.ts
var cpu_limit_required_default;
var init_cpu_limit_required = __esm({
  "src/rules/resources/cpu-limit-required.ts"() {
    "use strict";
    init_required();
    cpu_limit_required_default = requiredResourceRule({
      id: "resources/cpu-limit-required",
      resource: "cpu",
      field: "limits",
      severity: "warning",
      optIn: true,
      why: "it may use every idle core on the node.",
      description: "Off by default: many teams deliberately run without CPU limits, because a CPU limit becomes a CFS quota that throttles a container even when the node is idle. Enable it where noisy neighbours matter more than latency. A LimitRange `default` in the same namespace in the same run satisfies it (info)."
    });
  }
});

// src/rules/resources/cpu-request-required.ts
var cpu_request_required_default;
var init_cpu_request_required = __esm({
  "src/rules/resources/cpu-request-required.ts"() {
    "use strict";
    init_required();
    cpu_request_required_default = requiredResourceRule({
      id: "resources/cpu-request-required",
      resource: "cpu",
      field: "requests",
      severity: "warning",
      why: "the scheduler places it as if it needed no CPU, and under contention it gets the smallest share.",
      description: "Without a CPU request a container is scheduled as if it used no CPU, so nodes are over-packed, and its cgroup gets the minimum cpu.weight, so it starves first under contention. A CPU limit alone is enough: Kubernetes copies it into the request (reported as info). A LimitRange default in the same namespace in the same run also satisfies this rule (info)."
    });
  }
});

// src/rules/resources/ephemeral-storage-required.ts
var ephemeral_storage_required_default;
var init_ephemeral_storage_required = __esm({
  "src/rules/resources/ephemeral-storage-required.ts"() {
    "use strict";
    init_required();
    ephemeral_storage_required_default = requiredResourceRule({
      id: "resources/ephemeral-storage-required",
      resource: "ephemeral-storage",
      field: "limits",
      severity: "warning",
      optIn: true,
      why: "logs and scratch files can fill the node's disk and get every pod on it evicted.",
      description: "Off by default. When enabled, every container sets an ephemeral-storage limit, so the kubelet evicts only the pod that writes too much instead of the node hitting DiskPressure."
    });
  }
});

// src/rules/resources/invalid-quantity.ts
var invalid_quantity_default;
var init_invalid_quantity = __esm({
  "src/rules/resources/invalid-quantity.ts"() {
    "use strict";
    init_rule();
    invalid_quantity_default = defineRule({
      id: "resources/invalid-quantity",
      target: "workload",
      meta: {
        family: "resources",
        severity: "error",
        summary: "Resource quantities follow the Kubernetes quantity grammar.",
        description: "Quantities are parsed exactly as the API server does (`100m`, `0.5`, `1e3`, `128974848`, `129M`, `123Mi`). `1GB`, `512mb` or `2 cores` are rejected by the API server; tollgate reports them instead of computing with a wrong number.",
        remediation: "Use a Kubernetes quantity: CPU in cores or millicores (`500m`), memory in bytes with a suffix (`512Mi`, `1Gi`, `1G`).",
        messages: {
          invalid: '{{where}} {{field}}.{{resource}} is "{{text}}", not a valid quantity: {{reason}}.'
        }
      },
      check(ctx, w) {
        for (const i of w.invalidOverhead) {
          ctx.report({ messageId: "invalid", at: i.pointer, data: { where: "pod", field: i.field, resource: i.resource, text: i.text, reason: i.reason } });
        }
        for (const c2 of w.all) {
          for (const i of c2.invalid) {
            ctx.report({
              messageId: "invalid",
              at: i.pointer,
              container: c2.name,
              data: { where: c2.name, field: `resources.${i.field}`, resource: i.resource, text: i.text, reason: i.reason }
            });
          }
        }
      }
    });
  }
});

// src/rules/resources/limit-below-request.ts
var limit_below_request_default;
var init_limit_below_request = __esm({
  "src/rules/resources/limit-below-request.ts"() {
    "use strict";
    init_rule();
    init_limitrange();
    init_quantity();
    init_workload();
    limit_below_request_default = defineRule({
      id: "resources/limit-below-request",
      target: "container",
      meta: {
        family: "resources",
        severity: "error",
        summary: "Limits are not below requests.",
        description: "The API server rejects a container whose limit is below its request. That includes a limit the namespace's LimitRange fills in: a container that requests 16Gi with no limit, in a namespace whose LimitRange defaults the limit to 256Mi, is rejected at apply time. Catching it in review saves a failed rollout.",
        remediation: "Raise the limit to at least the request (set it explicitly when the LimitRange default is too small), or lower the request.",
        messages: {
          below: "{{container}}: {{resource}} limit {{limit}} is below its request {{request}}; the API server will reject it.",
          belowDefault: "{{container}}: no {{resource}} limit, so LimitRange {{limitRange}} applies its default {{limit}}, below the request {{request}}; the API server will reject the pod."
        }
      },
      check(ctx, c2) {
        for (const r of RESOURCES) {
          const req = c2.requests[r];
          const lim = c2.limits[r];
          if (!req) continue;
          if (lim) {
            if (lim.value < req.value) ctx.report({ messageId: "below", at: lim.pointer, data: { resource: r, limit: lim.text, request: req.text } });
            continue;
          }
          const defaults = limitRangeDefaults(ctx.run, ctx.run.namespaceOf(c2.workload.object));
          const def = defaults?.default[r];
          if (defaults && def !== void 0 && def < req.value) {
            ctx.report({
              messageId: "belowDefault",
              at: req.pointer,
              data: { resource: r, limit: formatResource(r, def), request: req.text, limitRange: defaults.limitRange.metadata.name ?? "(unnamed)" }
            });
          }
        }
      }
    });
  }
});

// src/rules/resources/limit-request-ratio.ts
var limit_request_ratio_default;
var init_limit_request_ratio = __esm({
  "src/rules/resources/limit-request-ratio.ts"() {
    "use strict";
    init_rule();
    limit_request_ratio_default = defineRule({
      id: "resources/limit-request-ratio",
      target: "container",
      meta: {
        family: "resources",
        severity: "warning",
        summary: "Limits stay within a maximum ratio of requests.",
        description: "A memory limit far above the request overcommits the node: the scheduler packs by requests, and when several pods grow towards their limits at once the node runs out and the kernel kills. Options: `memory` and `cpu` (maximum limit \xF7 request; default memory 2, cpu 10).",
        remediation: "Raise the request closer to real usage or lower the limit.",
        optionsSchema: {
          type: "object",
          additionalProperties: false,
          properties: { memory: { type: "number", exclusiveMinimum: 0 }, cpu: { type: "number", exclusiveMinimum: 0 } }
        },
        defaultOptions: { memory: 2, cpu: 10 },
        messages: { ratio: "{{container}}: {{resource}} limit {{limit}} is {{ratio}}\xD7 its request {{request}} (maximum {{max}}\xD7)." }
      },
      check(ctx, c2) {
        for (const r of ["cpu", "memory"]) {
          const max = ctx.options[r];
          const req = c2.requests[r];
          const lim = c2.limits[r];
          if (max === void 0 || !req || !lim || req.value === 0) continue;
          const ratio = lim.value / req.value;
          if (ratio > max + 1e-9) {
            ctx.report({
              messageId: "ratio",
              at: lim.pointer,
              data: { resource: r, limit: lim.text, request: req.text, ratio: Number(ratio.toFixed(2)), max }
            });
          }
        }
      }
    });
  }
});

// src/rules/resources/memory-limit-required.ts
var memory_limit_required_default;
var init_memory_limit_required = __esm({
  "src/rules/resources/memory-limit-required.ts"() {
    "use strict";
    init_required();
    memory_limit_required_default = requiredResourceRule({
      id: "resources/memory-limit-required",
      resource: "memory",
      field: "limits",
      severity: "error",
      why: "a leak can use the whole node's memory and take its neighbours down with it.",
      description: "The memory limit becomes the cgroup's memory.max: without one a container can grow until the node runs out and the kernel's OOM killer or the kubelet's eviction picks victims among its neighbours. A LimitRange `default` in the same namespace in the same run satisfies this rule (info). Unlike kube-linter's unset-memory-requirements, the request is checked by its own rule."
    });
  }
});

// src/rules/resources/memory-request-required.ts
var memory_request_required_default;
var init_memory_request_required = __esm({
  "src/rules/resources/memory-request-required.ts"() {
    "use strict";
    init_required();
    memory_request_required_default = requiredResourceRule({
      id: "resources/memory-request-required",
      resource: "memory",
      field: "requests",
      severity: "error",
      why: "the scheduler places it as if it needed no memory and it is among the first evicted under memory pressure.",
      description: "Memory is not compressible: a pod scheduled with no memory request lands on nodes that cannot hold it, and the kubelet evicts pods that exceed their requests first. A memory limit alone is enough (Kubernetes copies it into the request, reported as info), and so is a LimitRange default in the same namespace in the same run."
    });
  }
});

// src/rules/namespaces/scope.ts
function unknownKinds(config) {
  return config.namespaces?.unknownKinds ?? "namespaced";
}
function scopeFor(run2, config, kind) {
  const s = run2.scopeOf(kind);
  if (s !== "Unknown") return s;
  const u = unknownKinds(config);
  return u === "namespaced" ? "Namespaced" : u === "cluster" ? "Cluster" : "Ignore";
}
function namespacePointer(o) {
  return o.metadata.namespace !== void 0 ? "/metadata/namespace" : "/metadata";
}
function excluded(ns, options) {
  const list = options.exclude ?? SYSTEM_NAMESPACES;
  return list.some((g) => globMatch(g, ns));
}
var SYSTEM_NAMESPACES, excludeOptionSchema;
var init_scope = __esm({
  "src/rules/namespaces/scope.ts"() {
    "use strict";
    init_glob();
    SYSTEM_NAMESPACES = ["kube-system", "kube-public", "kube-node-lease", "default"];
    excludeOptionSchema = {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Namespace names or globs this rule does not require anything of."
    };
  }
});

// src/rules/namespaces/explicit-namespace.ts
var explicit_namespace_default;
var init_explicit_namespace = __esm({
  "src/rules/namespaces/explicit-namespace.ts"() {
    "use strict";
    init_rule();
    init_types();
    init_scope();
    explicit_namespace_default = defineRule({
      id: "namespaces/explicit-namespace",
      target: "object",
      meta: {
        family: "namespaces",
        severity: "warning",
        summary: "Namespaced objects set metadata.namespace.",
        description: "An object without metadata.namespace lands in whatever namespace `kubectl apply` targets: the current context's, often `default`. Ownership cannot be checked and the same file deploys differently from two laptops. A namespace given for the file's path in `namespaces.pathNamespaces` (what kustomize's `namespace:` or `kubectl apply -n` does for a directory) is accepted unless `acceptPathNamespace` is false. Kinds unknown to tollgate and to the CRDs in the run count as namespaced unless `namespaces.unknownKinds` says otherwise. Not checked at admission, where the request's namespace is the answer.",
        remediation: "Set metadata.namespace, or map the directory to its namespace in .tollgate.yaml under namespaces.pathNamespaces.",
        messages: {
          missing: "{{object}} has no metadata.namespace; it lands in whatever namespace `kubectl apply` targets (often default)."
        },
        optionsSchema: {
          type: "object",
          additionalProperties: false,
          properties: { acceptPathNamespace: { type: "boolean" } }
        },
        defaultOptions: { acceptPathNamespace: true }
      },
      check(ctx, o) {
        if (ctx.run.context.origin === "admission") return;
        if (o.metadata.namespace !== void 0) return;
        if (scopeFor(ctx.run, ctx.config, o.kind) !== "Namespaced") return;
        if (ctx.options.acceptPathNamespace !== false && o.source.file !== void 0 && ctx.run.context.namespaceForFile?.(o.source.file) !== void 0) return;
        ctx.report({ messageId: "missing", at: "/metadata", data: { object: describeObject(refOf(o)) } });
      }
    });
  }
});

// src/rules/namespaces/no-default-namespace.ts
var no_default_namespace_default;
var init_no_default_namespace = __esm({
  "src/rules/namespaces/no-default-namespace.ts"() {
    "use strict";
    init_rule();
    init_types();
    init_scope();
    no_default_namespace_default = defineRule({
      id: "namespaces/no-default-namespace",
      target: "object",
      meta: {
        family: "namespaces",
        severity: "error",
        summary: "Nothing is deployed to the default namespace.",
        description: "The `default` namespace belongs to no team, usually has no ResourceQuota, LimitRange or NetworkPolicy, and is where objects land by accident. Checked on metadata.namespace, on the namespace given for the file's path, and at admission on the request's namespace.",
        remediation: "Deploy into the team's own namespace.",
        messages: {
          explicit: "{{object}} is in the default namespace, which no team owns and nothing fences.",
          implied: "{{object}} lands in the default namespace ({{via}}), which no team owns and nothing fences."
        }
      },
      check(ctx, o) {
        if (scopeFor(ctx.run, ctx.config, o.kind) !== "Namespaced") return;
        if (ctx.run.namespaceOf(o) !== "default") return;
        const object = describeObject(refOf(o));
        if (o.metadata.namespace !== void 0) ctx.report({ messageId: "explicit", at: namespacePointer(o), data: { object } });
        else {
          const via = ctx.run.context.origin === "admission" ? "the request's namespace" : "namespaces.pathNamespaces";
          ctx.report({ messageId: "implied", at: "/metadata", data: { object, via } });
        }
      }
    });
  }
});

// src/rules/namespaces/team-owns-namespace.ts
var team_owns_namespace_default;
var init_team_owns_namespace = __esm({
  "src/rules/namespaces/team-owns-namespace.ts"() {
    "use strict";
    init_rule();
    init_types();
    init_run2();
    init_scope();
    team_owns_namespace_default = defineRule({
      id: "namespaces/team-owns-namespace",
      target: "object",
      meta: {
        family: "namespaces",
        severity: "error",
        summary: "Teams write only into namespaces they own.",
        description: "In CI the writer is the team owning the file (namespaces.teams.*.paths, else CODEOWNERS, last matching line wins); in the cluster it is the requesting user's team (namespaces.teams.*.users/groups, a service account's namespace owner). The namespace's owner comes from namespaces.teams.*.namespaces, or with zero config from the team owning the file that declares the Namespace. The platform team may write anywhere. With explicit namespace config, a namespace assigned to no team is the platform team's alone. Silent when there is nothing to decide with (no CODEOWNERS, no teams).",
        remediation: "Move the object into a namespace the team owns, move the file to the owning team's path, or change ownership in CODEOWNERS / .tollgate.yaml.",
        boundary: true,
        messages: {
          fileForeign: "{{path}} belongs to {{team}}, but it writes {{object}} into namespace {{namespace}}, which {{owner}} owns.",
          userForeign: "user {{user}} ({{team}}) may not write {{object}} into namespace {{namespace}}, which {{owner}} owns.",
          fileUnassigned: "{{path}} belongs to {{team}}, but it writes {{object}} into namespace {{namespace}}, which no team owns in .tollgate.yaml (only the platform team may write there).",
          userUnassigned: "user {{user}} ({{team}}) may not write {{object}} into namespace {{namespace}}, which no team owns in .tollgate.yaml (only the platform team may write there)."
        }
      },
      check(ctx, o) {
        if (o.kind === "Namespace") return;
        if (scopeFor(ctx.run, ctx.config, o.kind) !== "Namespaced") return;
        const namespace = ctx.run.namespaceOf(o);
        if (namespace === void 0) return;
        const writer = writerOf(ctx.run, ctx.config, o);
        if (!writer || writer.platform) return;
        const model = ownershipOf(ctx.run, ctx.config);
        const owner = model.ownerOfNamespace(namespace);
        if (!owner && !model.explicit) return;
        if (!owner && namespace === "default") return;
        if (owner && owner.teams.some((t) => writer.teams.includes(t))) return;
        const file = writer.via === "file";
        ctx.report({
          messageId: owner ? file ? "fileForeign" : "userForeign" : file ? "fileUnassigned" : "userUnassigned",
          at: namespacePointer(o),
          data: {
            path: writer.name,
            user: writer.name,
            team: file ? describeTeams(writer.teams) : writer.teams.length > 0 ? `team ${describeTeams(writer.teams)}` : "no team",
            object: describeObject(refOf(o)),
            namespace,
            owner: owner ? describeTeams(owner.teams) : void 0
          }
        });
      }
    });
  }
});

// src/rules/namespaces/cluster-scoped-by-platform.ts
var cluster_scoped_by_platform_default;
var init_cluster_scoped_by_platform = __esm({
  "src/rules/namespaces/cluster-scoped-by-platform.ts"() {
    "use strict";
    init_rule();
    init_types();
    init_run2();
    init_scope();
    cluster_scoped_by_platform_default = defineRule({
      id: "namespaces/cluster-scoped-by-platform",
      target: "object",
      meta: {
        family: "namespaces",
        severity: "error",
        summary: "Only the platform team declares cluster-scoped objects.",
        description: "Cluster-scoped kinds (Namespace, ClusterRole, CustomResourceDefinition, PersistentVolume, StorageClass, PriorityClass, webhook configurations, ...) affect every team. Built-in kinds are classified by tollgate, custom kinds by the CRDs in the same run (spec.scope), other kinds by namespaces.unknownKinds (`cluster` makes them platform-only). A Namespace is the exception: with zero config the team owning the file that declares it owns it (when two teams declare the same Namespace, both declarations are reported and neither team owns it); with explicit namespace config only its configured owner or the platform team may declare it. ClusterRoleBindings have their own rule, namespaces/clusterrolebinding-platform-only.",
        remediation: "Move the object to a path the platform team owns (or ask the platform team to add it); for a Namespace, assign it to the team in namespaces.teams.",
        boundary: true,
        messages: {
          clusterScoped: "{{object}} is cluster-scoped, so only the platform team ({{platform}}) may declare it, not {{writer}}.",
          namespaceConflict: "{{writer}} declares Namespace {{namespace}}, which {{others}} declares too; two teams cannot both own it, so assign it under namespaces.teams in .tollgate.yaml.",
          namespaceNotYours: "{{writer}} declares Namespace {{namespace}}, which {{owner}}; only its owner or the platform team ({{platform}}) may declare it."
        }
      },
      check(ctx, o) {
        if (o.kind === "ClusterRoleBinding") return;
        if (scopeFor(ctx.run, ctx.config, o.kind) !== "Cluster") return;
        const writer = writerOf(ctx.run, ctx.config, o);
        if (!writer || writer.platform) return;
        const model = ownershipOf(ctx.run, ctx.config);
        const platform2 = model.platform.length > 0 ? describeTeams(model.platform) : "none configured";
        const who2 = describeWriter(writer);
        const namespace = o.metadata.name;
        if (o.kind === "Namespace" && namespace !== void 0) {
          const owner = model.ownerOfNamespace(namespace);
          if (owner?.teams.some((t) => writer.teams.includes(t))) return;
          if (!model.explicit) {
            const others = model.conflictingDeclarations(namespace).filter((d) => d.path !== writer.name && !d.teams.some((t) => writer.teams.includes(t)));
            if (others.length === 0) return;
            const list = others.map((d) => `${describeTeams(d.teams)} in ${d.path}`).join(", ");
            ctx.report({ messageId: "namespaceConflict", at: "/metadata/name", data: { namespace, writer: who2, others: list } });
            return;
          }
          ctx.report({
            messageId: "namespaceNotYours",
            at: "/metadata/name",
            data: { namespace, writer: who2, platform: platform2, owner: owner ? `${describeTeams(owner.teams)} owns` : "no team owns in .tollgate.yaml" }
          });
          return;
        }
        ctx.report({ messageId: "clusterScoped", at: "/kind", data: { object: describeObject(refOf(o)), platform: platform2, writer: who2 } });
      }
    });
  }
});

// src/rules/namespaces/clusterrolebinding-platform-only.ts
var clusterrolebinding_platform_only_default;
var init_clusterrolebinding_platform_only = __esm({
  "src/rules/namespaces/clusterrolebinding-platform-only.ts"() {
    "use strict";
    init_rule();
    init_types();
    init_run2();
    clusterrolebinding_platform_only_default = defineRule({
      id: "namespaces/clusterrolebinding-platform-only",
      target: "object",
      kinds: ["ClusterRoleBinding"],
      meta: {
        family: "namespaces",
        severity: "error",
        summary: "Only the platform team binds roles cluster-wide.",
        description: "A ClusterRoleBinding grants its role in every namespace, every team's included; a team that needs permissions in its own namespace uses a RoleBinding there. Decided by the file's owner in CI and by the requesting user at admission, like namespaces/team-owns-namespace.",
        remediation: "Use a RoleBinding in the team's namespace, or have the platform team own the ClusterRoleBinding.",
        boundary: true,
        messages: {
          notPlatform: "ClusterRoleBinding {{name}} grants {{role}} in every namespace; only the platform team ({{platform}}) may bind cluster-wide, not {{writer}}."
        }
      },
      check(ctx, o) {
        const writer = writerOf(ctx.run, ctx.config, o);
        if (!writer || writer.platform) return;
        const model = ownershipOf(ctx.run, ctx.config);
        const ref = isRecord(o.raw.roleRef) ? o.raw.roleRef : {};
        ctx.report({
          messageId: "notPlatform",
          at: isRecord(o.raw.roleRef) ? "/roleRef" : "/kind",
          data: {
            name: o.metadata.name ?? "(unnamed)",
            role: `${typeof ref.kind === "string" ? ref.kind : "ClusterRole"} ${typeof ref.name === "string" ? ref.name : "(unnamed)"}`,
            platform: model.platform.length > 0 ? describeTeams(model.platform) : "none configured",
            writer: describeWriter(writer)
          }
        });
      }
    });
  }
});

// src/rules/namespaces/rolebinding-cross-namespace.ts
var SA_USER, SA_GROUP, rolebinding_cross_namespace_default;
var init_rolebinding_cross_namespace = __esm({
  "src/rules/namespaces/rolebinding-cross-namespace.ts"() {
    "use strict";
    init_rule();
    init_types();
    init_run2();
    SA_USER = /^system:serviceaccount:([^:]+):([^:]+)$/;
    SA_GROUP = /^system:serviceaccounts:([^:]+)$/;
    rolebinding_cross_namespace_default = defineRule({
      id: "namespaces/rolebinding-cross-namespace",
      target: "object",
      kinds: ["RoleBinding"],
      meta: {
        family: "namespaces",
        severity: "error",
        summary: "RoleBindings do not grant access to another team's service accounts.",
        description: "A RoleBinding subject that is a ServiceAccount of another namespace (kind ServiceAccount with another namespace, the user system:serviceaccount:<ns>:<name>, or the group system:serviceaccounts:<ns>) lets whoever runs pods there act in this namespace. Allowed when both namespaces have the same owner or the subject's namespace belongs to the platform team; reported as a cross-team grant when the owners differ and as a cross-namespace grant when an owner is unknown.",
        remediation: "Run the workload in the namespace it needs access to, or bind a service account of this namespace.",
        boundary: true,
        messages: {
          otherTeam: "RoleBinding {{name}} gives {{subject}} (namespace {{subjectNamespace}}, owned by {{subjectOwner}}) access to namespace {{namespace}}, owned by {{owner}}.",
          otherNamespace: "RoleBinding {{name}} gives {{subject}} of namespace {{subjectNamespace}} access to namespace {{namespace}}; no owner is known that makes them the same team."
        }
      },
      check(ctx, o) {
        const namespace = ctx.run.namespaceOf(o);
        const subjects = o.raw.subjects;
        if (namespace === void 0 || !Array.isArray(subjects)) return;
        const model = ownershipOf(ctx.run, ctx.config);
        const owner = model.ownerOfNamespace(namespace);
        subjects.forEach((s, i) => {
          if (!isRecord(s) || typeof s.name !== "string") return;
          let subjectNamespace;
          let subject;
          if (s.kind === "ServiceAccount") {
            subjectNamespace = typeof s.namespace === "string" && s.namespace !== "" ? s.namespace : namespace;
            subject = `ServiceAccount ${subjectNamespace}/${s.name}`;
          } else if (s.kind === "User" && SA_USER.test(s.name)) {
            subjectNamespace = SA_USER.exec(s.name)[1];
            subject = `user ${s.name}`;
          } else if (s.kind === "Group" && SA_GROUP.test(s.name)) {
            subjectNamespace = SA_GROUP.exec(s.name)[1];
            subject = `the group ${s.name}`;
          } else return;
          if (subjectNamespace === void 0 || subjectNamespace === namespace) return;
          const subjectOwner = model.ownerOfNamespace(subjectNamespace);
          if (subjectOwner && model.isPlatform(subjectOwner.teams)) return;
          const at = `/subjects/${i}`;
          const data = { name: o.metadata.name ?? "(unnamed)", subject, subjectNamespace, namespace };
          if (owner && subjectOwner) {
            if (subjectOwner.teams.some((t) => owner.teams.includes(t))) return;
            ctx.report({ messageId: "otherTeam", at, data: { ...data, subjectOwner: describeTeams(subjectOwner.teams), owner: describeTeams(owner.teams) } });
          } else {
            ctx.report({ messageId: "otherNamespace", at, data });
          }
        });
      }
    });
  }
});

// src/rules/namespaces/rolebinding-broad-subject.ts
var EVERYONE, PUBLIC_CLUSTER_ROLES, PUBLIC_NAMESPACES, rolebinding_broad_subject_default;
var init_rolebinding_broad_subject = __esm({
  "src/rules/namespaces/rolebinding-broad-subject.ts"() {
    "use strict";
    init_rule();
    init_types();
    init_run2();
    EVERYONE = {
      "system:authenticated": "every authenticated user and service account of the cluster",
      "system:unauthenticated": "every anonymous request",
      "system:serviceaccounts": "every service account of every namespace",
      "system:anonymous": "every anonymous request"
    };
    PUBLIC_CLUSTER_ROLES = /* @__PURE__ */ new Set(["system:basic-user", "system:discovery", "system:public-info-viewer"]);
    PUBLIC_NAMESPACES = /* @__PURE__ */ new Set(["kube-public"]);
    rolebinding_broad_subject_default = defineRule({
      id: "namespaces/rolebinding-broad-subject",
      target: "object",
      kinds: ["RoleBinding", "ClusterRoleBinding"],
      meta: {
        family: "namespaces",
        severity: "error",
        summary: "Bindings do not grant a team's namespace (or the cluster) to everyone.",
        description: "A RoleBinding whose subject is the group system:authenticated, system:unauthenticated or system:serviceaccounts (or the user system:anonymous) gives every user, every anonymous caller or every pod of the cluster the role in that namespace. Reported in every namespace except those the platform team owns and kube-public. A ClusterRoleBinding to those subjects is reported unless it binds Kubernetes' own discovery roles (system:basic-user, system:discovery, system:public-info-viewer). Service accounts of one other namespace are namespaces/rolebinding-cross-namespace's concern.",
        remediation: "Bind the team's own group, users or service accounts instead of a group that means everyone.",
        boundary: true,
        messages: {
          namespace: "{{kind}} {{name}} grants {{role}} in namespace {{namespace}}{{owner}} to {{subject}}: {{who}}.",
          cluster: "ClusterRoleBinding {{name}} grants {{role}} in every namespace to {{subject}}: {{who}}."
        }
      },
      check(ctx, o) {
        const subjects = o.raw.subjects;
        if (!Array.isArray(subjects)) return;
        const ref = isRecord(o.raw.roleRef) ? o.raw.roleRef : {};
        const roleName = typeof ref.name === "string" ? ref.name : "(unnamed)";
        const role = `${ref.kind === "Role" ? "Role" : "ClusterRole"} ${roleName}`;
        const name2 = o.metadata.name ?? "(unnamed)";
        let namespace;
        let owner = "";
        if (o.kind === "RoleBinding") {
          namespace = ctx.run.namespaceOf(o);
          if (namespace !== void 0 && PUBLIC_NAMESPACES.has(namespace)) return;
          const model = ownershipOf(ctx.run, ctx.config);
          const nsOwner = namespace !== void 0 ? model.ownerOfNamespace(namespace) : void 0;
          if (nsOwner && model.isPlatform(nsOwner.teams)) return;
          if (nsOwner) owner = ` (owned by ${describeTeams(nsOwner.teams)})`;
        } else if (ref.kind === "ClusterRole" && PUBLIC_CLUSTER_ROLES.has(roleName)) {
          return;
        }
        subjects.forEach((s, i) => {
          if (!isRecord(s) || typeof s.name !== "string") return;
          const who2 = EVERYONE[s.name];
          if (who2 === void 0) return;
          if (s.name === "system:anonymous" ? s.kind !== "User" : s.kind !== "Group") return;
          const subject = `${s.kind === "User" ? "the user" : "the group"} ${s.name}`;
          if (o.kind === "RoleBinding") {
            ctx.report({ messageId: "namespace", at: `/subjects/${i}`, data: { kind: o.kind, name: name2, role, namespace: namespace ?? "(unset)", owner, subject, who: who2 } });
          } else {
            ctx.report({ messageId: "cluster", at: `/subjects/${i}`, data: { name: name2, role, subject, who: who2 } });
          }
        });
      }
    });
  }
});

// src/rules/namespaces/rolebinding-wildcard-clusterrole.ts
function clusterRoles(run2) {
  return run2.memo("namespaces/cluster-roles", () => {
    const m = /* @__PURE__ */ new Map();
    for (const r of run2.byKind("ClusterRole")) if (r.metadata.name !== void 0 && !m.has(r.metadata.name)) m.set(r.metadata.name, r);
    return m;
  });
}
function wildcards(role) {
  const rules = Array.isArray(role.raw.rules) ? role.raw.rules : [];
  let verbs = false;
  let resources = false;
  for (const r of rules) {
    if (!isRecord(r)) continue;
    if (Array.isArray(r.verbs) && r.verbs.includes("*")) verbs = true;
    if (Array.isArray(r.resources) && r.resources.includes("*")) resources = true;
  }
  if (verbs && resources) return "every verb (*) on every resource (*)";
  if (verbs) return "every verb (*)";
  if (resources) return "access to every resource (*)";
  return void 0;
}
var BUILTIN_WILDCARD, rolebinding_wildcard_clusterrole_default;
var init_rolebinding_wildcard_clusterrole = __esm({
  "src/rules/namespaces/rolebinding-wildcard-clusterrole.ts"() {
    "use strict";
    init_rule();
    init_types();
    BUILTIN_WILDCARD = /* @__PURE__ */ new Set(["cluster-admin"]);
    rolebinding_wildcard_clusterrole_default = defineRule({
      id: "namespaces/rolebinding-wildcard-clusterrole",
      target: "object",
      kinds: ["RoleBinding"],
      meta: {
        family: "namespaces",
        severity: "error",
        summary: "RoleBindings do not bind ClusterRoles that grant wildcard verbs or resources.",
        description: "A RoleBinding to a ClusterRole with `*` in verbs or resources gives full control of the namespace, including its Roles, RoleBindings and Secrets, so the wall can be rebuilt from inside. ClusterRoles are looked up in the run; the built-in cluster-admin is always a wildcard role. The built-in admin, edit and view roles are designed to be bound per namespace and are not reported.",
        remediation: "Bind a ClusterRole or Role that lists the verbs and resources the subject needs.",
        boundary: true,
        messages: {
          wildcard: "RoleBinding {{name}} binds ClusterRole {{role}}, which grants {{what}}: full control of namespace {{namespace}}, its RBAC and Secrets included.",
          builtin: "RoleBinding {{name}} binds the built-in ClusterRole {{role}} (every verb on every resource): full control of namespace {{namespace}}, its RBAC and Secrets included."
        }
      },
      check(ctx, o) {
        const ref = o.raw.roleRef;
        if (!isRecord(ref) || ref.kind !== "ClusterRole" || typeof ref.name !== "string") return;
        const data = { name: o.metadata.name ?? "(unnamed)", role: ref.name, namespace: ctx.run.namespaceOf(o) ?? "(unknown)" };
        const role = clusterRoles(ctx.run).get(ref.name);
        if (role) {
          const what = wildcards(role);
          if (what) ctx.report({ messageId: "wildcard", at: "/roleRef/name", data: { ...data, what } });
        } else if (BUILTIN_WILDCARD.has(ref.name)) {
          ctx.report({ messageId: "builtin", at: "/roleRef/name", data });
        }
      }
    });
  }
});

// src/rules/namespaces/cross-namespace-reference.ts
function declared(run2) {
  return run2.memo("namespaces/declared-references", () => {
    const m = /* @__PURE__ */ new Map();
    for (const kind of REF_KINDS) {
      for (const o of run2.byKind(kind)) {
        if (o.metadata.name === void 0) continue;
        const key2 = `${kind}/${o.metadata.name}`;
        let d = m.get(key2);
        if (!d) m.set(key2, d = { namespaces: /* @__PURE__ */ new Set(), unresolved: false });
        const ns = run2.namespaceOf(o);
        if (ns === void 0) d.unresolved = true;
        else d.namespaces.add(ns);
      }
    }
    return m;
  });
}
function referencesOf(w) {
  const out = [];
  const spec = w.podSpec;
  const base = w.podSpecPointer;
  const add2 = (kind, name2, pointer, optional) => {
    if (typeof name2 === "string" && name2 !== "" && optional !== true) out.push({ kind, name: name2, pointer });
  };
  const sa = typeof spec.serviceAccountName === "string" ? "serviceAccountName" : "serviceAccount";
  if (spec[sa] !== "default") add2("ServiceAccount", spec[sa], joinPointer(base, sa));
  if (Array.isArray(spec.volumes)) {
    spec.volumes.forEach((v, i) => {
      if (!isRecord(v)) return;
      const at = (...t) => joinPointer(base, "volumes", i, ...t);
      if (isRecord(v.configMap)) add2("ConfigMap", v.configMap.name, at("configMap", "name"), v.configMap.optional);
      if (isRecord(v.secret)) add2("Secret", v.secret.secretName, at("secret", "secretName"), v.secret.optional);
      if (isRecord(v.persistentVolumeClaim)) add2("PersistentVolumeClaim", v.persistentVolumeClaim.claimName, at("persistentVolumeClaim", "claimName"));
      const sources = isRecord(v.projected) && Array.isArray(v.projected.sources) ? v.projected.sources : [];
      sources.forEach((s, j) => {
        if (!isRecord(s)) return;
        if (isRecord(s.configMap)) add2("ConfigMap", s.configMap.name, at("projected", "sources", j, "configMap", "name"), s.configMap.optional);
        if (isRecord(s.secret)) add2("Secret", s.secret.name, at("projected", "sources", j, "secret", "name"), s.secret.optional);
      });
    });
  }
  for (const c2 of w.all) {
    const env = c2.raw.env;
    if (Array.isArray(env)) {
      env.forEach((e, k) => {
        const from = isRecord(e) && isRecord(e.valueFrom) ? e.valueFrom : void 0;
        if (!from) return;
        if (isRecord(from.configMapKeyRef)) add2("ConfigMap", from.configMapKeyRef.name, c2.pointer("env", k, "valueFrom", "configMapKeyRef", "name"), from.configMapKeyRef.optional);
        if (isRecord(from.secretKeyRef)) add2("Secret", from.secretKeyRef.name, c2.pointer("env", k, "valueFrom", "secretKeyRef", "name"), from.secretKeyRef.optional);
      });
    }
    const envFrom = c2.raw.envFrom;
    if (Array.isArray(envFrom)) {
      envFrom.forEach((e, k) => {
        if (!isRecord(e)) return;
        if (isRecord(e.configMapRef)) add2("ConfigMap", e.configMapRef.name, c2.pointer("envFrom", k, "configMapRef", "name"), e.configMapRef.optional);
        if (isRecord(e.secretRef)) add2("Secret", e.secretRef.name, c2.pointer("envFrom", k, "secretRef", "name"), e.secretRef.optional);
      });
    }
  }
  return out;
}
var REF_KINDS, cross_namespace_reference_default;
var init_cross_namespace_reference = __esm({
  "src/rules/namespaces/cross-namespace-reference.ts"() {
    "use strict";
    init_rule();
    init_types();
    REF_KINDS = ["ServiceAccount", "ConfigMap", "Secret", "PersistentVolumeClaim"];
    cross_namespace_reference_default = defineRule({
      id: "namespaces/cross-namespace-reference",
      target: "workload",
      meta: {
        family: "namespaces",
        severity: "error",
        summary: "Workloads reference ServiceAccounts, ConfigMaps, Secrets and PVCs of their own namespace.",
        description: "Kubernetes resolves a pod's serviceAccountName, configMap/secret volumes and env references, and persistentVolumeClaim volumes in the pod's own namespace. When the run declares the referenced object only in other namespaces, the pod will not start (or, for a ServiceAccount, will not be created). References marked optional, the `default` ServiceAccount and objects the run does not declare at all are not reported.",
        remediation: "Declare the object in the workload's namespace (or move the workload to the namespace that has it).",
        messages: {
          elsewhere: "{{object}} uses {{kind}} {{name}}, which the run declares only in namespace {{others}}; Kubernetes looks it up in {{namespace}}, so the pod will not start."
        }
      },
      check(ctx, w) {
        const namespace = ctx.run.namespaceOf(w.object);
        if (namespace === void 0) return;
        const index = declared(ctx.run);
        for (const ref of referencesOf(w)) {
          const d = index.get(`${ref.kind}/${ref.name}`);
          if (!d || d.unresolved || d.namespaces.has(namespace)) continue;
          ctx.report({
            messageId: "elsewhere",
            at: ref.pointer,
            data: { object: describeObject(refOf(w.object)), kind: ref.kind, name: ref.name, others: [...d.namespaces].sort().join(", "), namespace }
          });
        }
      }
    });
  }
});

// src/rules/namespaces/namespace-requirement.ts
function namespaceRequirementRule(spec) {
  return defineRule({
    id: spec.id,
    target: "object",
    kinds: ["Namespace"],
    meta: {
      family: "namespaces",
      severity: "warning",
      summary: spec.summary,
      description: `${spec.description} Checked for every Namespace declared in the run except those in the \`exclude\` option (default: kube-system, kube-public, kube-node-lease, default); not checked at admission.`,
      remediation: spec.remediation,
      messages: spec.messages,
      optionsSchema: {
        type: "object",
        additionalProperties: false,
        properties: { exclude: excludeOptionSchema, ...spec.optionsSchema }
      },
      ...spec.defaultOptions ? { defaultOptions: spec.defaultOptions } : {}
    },
    check(ctx, o) {
      if (ctx.run.context.origin === "admission") return;
      const namespace = o.metadata.name;
      if (namespace === void 0 || excluded(namespace, ctx.options)) return;
      const messageId = spec.missing(ctx.run.inNamespace(namespace), ctx.options, ctx.run);
      if (messageId === void 0) return;
      const owner = ownershipOf(ctx.run, ctx.config).ownerOfNamespace(namespace);
      ctx.report({
        messageId,
        at: "/metadata/name",
        data: { namespace, owner: owner ? `owned by ${describeTeams(owner.teams)}` : "no known owner" }
      });
    }
  });
}
var init_namespace_requirement = __esm({
  "src/rules/namespaces/namespace-requirement.ts"() {
    "use strict";
    init_rule();
    init_run2();
    init_scope();
  }
});

// src/rules/namespaces/resource-quota-required.ts
var resource_quota_required_default;
var init_resource_quota_required = __esm({
  "src/rules/namespaces/resource-quota-required.ts"() {
    "use strict";
    init_namespace_requirement();
    resource_quota_required_default = namespaceRequirementRule({
      id: "namespaces/resource-quota-required",
      summary: "Team namespaces have a ResourceQuota.",
      description: "Without a ResourceQuota one team's runaway Deployment or forgotten Job can take the whole cluster's capacity from every other team.",
      remediation: "Add a ResourceQuota to the namespace (requests.cpu, requests.memory, limits.memory at least).",
      messages: { missing: "Namespace {{namespace}} ({{owner}}) has no ResourceQuota in the run, so nothing caps what it can take from other teams." },
      missing: (objects) => objects.some((o) => o.kind === "ResourceQuota") ? void 0 : "missing"
    });
  }
});

// src/rules/namespaces/limit-range-required.ts
var limit_range_required_default;
var init_limit_range_required = __esm({
  "src/rules/namespaces/limit-range-required.ts"() {
    "use strict";
    init_namespace_requirement();
    limit_range_required_default = namespaceRequirementRule({
      id: "namespaces/limit-range-required",
      summary: "Team namespaces have a LimitRange.",
      description: "A LimitRange gives containers that set no requests or limits sane defaults; with a ResourceQuota on requests or limits, pods without them are otherwise rejected outright.",
      remediation: "Add a LimitRange with defaultRequest and default for containers.",
      messages: { missing: "Namespace {{namespace}} ({{owner}}) has no LimitRange in the run, so containers without requests or limits get no defaults." },
      missing: (objects) => objects.some((o) => o.kind === "LimitRange") ? void 0 : "missing"
    });
  }
});

// src/rules/namespaces/default-deny-network-policy.ts
function selectsAll(p) {
  const spec = isRecord(p.raw.spec) ? p.raw.spec : {};
  const sel = spec.podSelector;
  if (sel === void 0 || sel === null) return true;
  if (!isRecord(sel)) return false;
  const labels = isRecord(sel.matchLabels) ? Object.keys(sel.matchLabels).length : 0;
  const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions.length : 0;
  return labels === 0 && exprs === 0;
}
function denies(p, type) {
  const spec = isRecord(p.raw.spec) ? p.raw.spec : {};
  const field = type === "Ingress" ? spec.ingress : spec.egress;
  const allowsNothing = field === void 0 || field === null || Array.isArray(field) && field.length === 0;
  const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : ["Ingress"];
  return types.includes(type) && allowsNothing;
}
var default_deny_network_policy_default;
var init_default_deny_network_policy = __esm({
  "src/rules/namespaces/default-deny-network-policy.ts"() {
    "use strict";
    init_types();
    init_namespace_requirement();
    default_deny_network_policy_default = namespaceRequirementRule({
      id: "namespaces/default-deny-network-policy",
      summary: "Team namespaces have a default-deny NetworkPolicy.",
      description: "RBAC walls off the API, not the network: without a NetworkPolicy every pod in the cluster can reach every pod in the namespace. A default deny is a NetworkPolicy with an empty podSelector whose policyTypes include Ingress (policyTypes absent means Ingress) and which allows no ingress; with the option `egress: true` the same is required for Egress.",
      remediation: "Add a NetworkPolicy with `podSelector: {}` and `policyTypes: [Ingress, Egress]` and no rules, then allow what each workload needs.",
      messages: {
        missing: "Namespace {{namespace}} ({{owner}}) has no default-deny NetworkPolicy in the run, so every pod in the cluster can reach its pods.",
        missingEgress: "Namespace {{namespace}} ({{owner}}) denies ingress by default but not egress; its pods can reach anything."
      },
      optionsSchema: { egress: { type: "boolean", description: "Also require a default deny for Egress." } },
      defaultOptions: { egress: false },
      missing(objects, options) {
        const policies = objects.filter((o) => o.kind === "NetworkPolicy" && selectsAll(o));
        if (!policies.some((p) => denies(p, "Ingress"))) return "missing";
        if (options.egress === true && !policies.some((p) => denies(p, "Egress"))) return "missingEgress";
        return void 0;
      }
    });
  }
});

// src/rules/namespaces/index.ts
var namespacesRules;
var init_namespaces = __esm({
  "src/rules/namespaces/index.ts"() {
    "use strict";
    init_explicit_namespace();
    init_no_default_namespace();
    init_team_owns_namespace();
    init_cluster_scoped_by_platform();
    init_clusterrolebinding_platform_only();
    init_rolebinding_cross_namespace();
    init_rolebinding_broad_subject();
    init_rolebinding_wildcard_clusterrole();
    init_cross_namespace_reference();
    init_resource_quota_required();
    init_limit_range_required();
    init_default_deny_network_policy();
    namespacesRules = [
      explicit_namespace_default,
      no_default_namespace_default,
      team_owns_namespace_default,
      cluster_scoped_by_platform_default,
      clusterrolebinding_platform_only_default,
      rolebinding_cross_namespace_default,
      rolebinding_broad_subject_default,
      rolebinding_wildcard_clusterrole_default,
      cross_namespace_reference_default,
      resource_quota_required_default,
      limit_range_required_default,
      default_deny_network_policy_default
    ];
  }
});

// src/rules/bluegreen/both-slots.ts
function detail(run2, g, slot) {
  const parts = [formatCapacity(slotCapacity(run2, g.slots.get(slot)))];
  const services = g.services.filter((s) => s.slot === slot).map((s) => `${s.role === "preview" ? "preview " : ""}Service ${s.object.metadata.name}`);
  return [...services, ...parts].join(", ");
}
var both_slots_default;
var init_both_slots = __esm({
  "src/rules/bluegreen/both-slots.ts"() {
    "use strict";
    init_types();
    init_rule();
    init_bluegreen2();
    both_slots_default = defineRule({
      id: "bluegreen/both-slots",
      target: "run",
      meta: {
        family: "bluegreen",
        severity: "warning",
        summary: "Both slots of a blue-green application exist, and it is clear which is live.",
        description: "The idle slot is the instant rollback: switching back is a one-line selector change only while the previous version is still deployed. This rule warns when a slot is missing or when two main Services select different slots (nobody can tell which is live), and otherwise reports, as an info, which slot is live and which is idle with their replicas and preview Services. The live slot is the one the main Service selects; Services whose name has a `preview`, `idle`, `next` or `test` segment (configurable with `bluegreen.previewNames`) or the annotation `tollgate.dev/bluegreen-role: preview` are previews; a Service named after the slot it selects (`web-blue` selecting blue, or annotated `slot`) fronts that slot for good and is neither.",
        remediation: "Keep the previous slot deployed (it may be scaled down) until the new one has proven itself; mark preview Services with a `-preview` name or the annotation tollgate.dev/bluegreen-role: preview.",
        messages: {
          missing: "{{group}} has no {{missing}} slot (no workload with {{slotKey}}: {{missing}}): there is no instant rollback.",
          single: "{{group}} has only one slot ({{slotKey}}: {{present}}): there is no instant rollback.",
          ambiguous: "{{group}}: Services {{services}} select different slots; mark the preview one with a -preview name or the annotation tollgate.dev/bluegreen-role: preview.",
          liveIdle: "{{group}}: {{live}} is live ({{liveDetail}}); {{idle}} is idle ({{idleDetail}})."
        }
      },
      check(ctx, run2) {
        for (const g of blueGreenOf(run2, ctx.config.bluegreen).groups) {
          const main = g.services.find((s) => s.role === "main" && s.slot !== void 0) ?? g.services[0];
          const object = main.object;
          const at = main.slot !== void 0 ? joinPointer("/spec/selector", g.slotKey) : "/spec/selector";
          const base = { group: g.label, slotKey: g.slotKey };
          if (g.mainSlots.length > 1) {
            const services = g.services.filter((s) => s.role === "main" && s.slot !== void 0).map((s) => `${s.object.metadata.name} (${s.slot})`);
            ctx.report({ messageId: "ambiguous", object, at, data: { ...base, services: services.join(", ") } });
          }
          const missing = g.slotValues.filter((v) => !g.slots.has(v));
          if (g.slots.size < 2) {
            if (missing.length === 1) ctx.report({ messageId: "missing", object, at, data: { ...base, missing: missing[0] } });
            else ctx.report({ messageId: "single", object, at, data: { ...base, present: [...g.slots.keys()].join(", ") } });
            continue;
          }
          if (g.live === void 0 || !g.slots.has(g.live)) continue;
          const idle = [...g.slots.keys()].filter((s) => s !== g.live);
          ctx.report({
            messageId: "liveIdle",
            severity: "info",
            object,
            at,
            data: {
              ...base,
              live: g.live,
              liveDetail: detail(run2, g, g.live),
              idle: idle.join(", "),
              idleDetail: idle.map((s) => detail(run2, g, s)).join("; ")
            }
          });
        }
      }
    });
  }
});

// src/rules/bluegreen/live-slot-ready.ts
var live_slot_ready_default;
var init_live_slot_ready = __esm({
  "src/rules/bluegreen/live-slot-ready.ts"() {
    "use strict";
    init_types();
    init_rule();
    init_bluegreen2();
    live_slot_ready_default = defineRule({
      id: "bluegreen/live-slot-ready",
      target: "run",
      meta: {
        family: "bluegreen",
        severity: "error",
        summary: "The live slot runs at least one replica and every app container has a readiness probe.",
        description: "The slot the main Service selects takes all traffic. With 0 replicas (or an HPA whose minReplicas is 0) the Service has no endpoints. Without a readiness probe a pod takes traffic as soon as its process starts, so a switch to a slot that is not actually serving goes unnoticed until users see errors; the probe is also what makes `kubectl rollout status` and the smoke test via the preview Service meaningful.",
        remediation: "Scale the live slot to at least 1 replica (HPA minReplicas \u2265 1) and give every app container a readinessProbe.",
        messages: {
          noReplicas: "{{workload}} is the live slot ({{slot}}) of {{group}} but has 0 replicas: the Service routes to nothing.",
          hpaZero: "{{hpa}} may scale the live slot {{workload}} ({{slot}} of {{group}}) to 0 replicas; set minReplicas to at least 1.",
          noReadiness: "{{container}} in the live slot ({{slot}}) of {{group}} has no readinessProbe: pods take traffic before they are ready."
        }
      },
      check(ctx, run2) {
        for (const g of blueGreenOf(run2, ctx.config.bluegreen).groups) {
          if (g.live === void 0) continue;
          for (const w of g.slots.get(g.live) ?? []) {
            const data = { workload: describeObject(refOf(w.object)), slot: g.live, group: g.label };
            const cap = capacityOf(run2, w);
            if (cap.min < 1) {
              if (cap.hpa) ctx.report({ messageId: "hpaZero", object: cap.hpa, at: "/spec/minReplicas", data: { ...data, hpa: describeObject(refOf(cap.hpa)) } });
              else if (w.replicas !== void 0) ctx.report({ messageId: "noReplicas", object: w.object, at: "/spec/replicas", data });
            }
            for (const c2 of w.containers) {
              if (c2.raw.readinessProbe === void 0 || c2.raw.readinessProbe === null) {
                ctx.report({ messageId: "noReadiness", object: w.object, at: c2.pointer(), container: c2.name, data });
              }
            }
          }
        }
      }
    });
  }
});

// src/rules/bluegreen/service-selects-slot.ts
var service_selects_slot_default;
var init_service_selects_slot = __esm({
  "src/rules/bluegreen/service-selects-slot.ts"() {
    "use strict";
    init_types();
    init_rule();
    init_bluegreen2();
    service_selects_slot_default = defineRule({
      id: "bluegreen/service-selects-slot",
      target: "object",
      kinds: ["Service"],
      meta: {
        family: "bluegreen",
        severity: "error",
        summary: "A Service in front of slot-labelled workloads selects exactly one existing slot.",
        description: "Blue-green by selector runs two full copies of an application whose pods carry a slot label (`slot: blue` / `slot: green`; without `bluegreen.slotKey` in the config, also any Service selector key that tells apart otherwise identical workloads, such as `version: blue|green`, `color: blue|green` or `version: v1.0.0|v2.0.0`, see docs/bluegreen.md) and routes traffic with one Service whose selector names the live slot. A Service that fronts such workloads without selecting on the slot key sends traffic to both versions at once, which is exactly what blue-green exists to prevent. A Service that names a slot nobody has routes to nothing. A preview Service (name segment `preview`, `idle`, `next` or `test`, or annotation `tollgate.dev/bluegreen-role: preview`) pointing at a slot that does not exist is only an info.",
        remediation: "Add the slot key to the Service's selector with the slot that should take traffic (for example `slot: blue`), or fix the slot value.",
        messages: {
          split: "{{service}} fronts slot-labelled workloads but its selector has no {{slotKey}}: traffic is split across {{slots}}.",
          unknownSlot: "{{service}} selects {{slotKey}}: {{slot}}, which is not a slot ({{slotValues}}); it routes to nothing.",
          emptySlot: "{{service}} selects {{slotKey}}: {{slot}}, but no workload of {{group}} is in that slot (present: {{present}}); it routes to nothing.",
          emptyPreview: "Preview {{service}} selects {{slotKey}}: {{slot}}, which has no workload of {{group}} (present: {{present}}); deploy the slot before smoke-testing it."
        }
      },
      check(ctx, svc) {
        const hit = blueGreenOf(ctx.run, ctx.config.bluegreen).byService.get(svc.key);
        if (!hit) return;
        const { group: group3, service } = hit;
        const data = { service: describeObject(refOf(svc)), slotKey: group3.slotKey, group: group3.label };
        if (service.slot === void 0) {
          const slots = [...group3.slots].map(([slot, ws]) => `${slot} (${ws.map(nameOf).join(", ")})`).join(" and ");
          ctx.report({ messageId: "split", at: "/spec/selector", data: { ...data, slots } });
          return;
        }
        const at = joinPointer("/spec/selector", group3.slotKey);
        if (!group3.slotValues.includes(service.slot)) {
          ctx.report({ messageId: "unknownSlot", at, data: { ...data, slot: service.slot, slotValues: group3.slotValues.join(", ") } });
          return;
        }
        if (!group3.slots.has(service.slot)) {
          const present = [...group3.slots.keys()].join(", ");
          if (service.role === "preview") ctx.report({ messageId: "emptyPreview", at, severity: "info", data: { ...data, slot: service.slot, present } });
          else ctx.report({ messageId: "emptySlot", at, data: { ...data, slot: service.slot, present } });
        }
      }
    });
  }
});

// src/rules/bluegreen/slot-parity.ts
function pair(as, aSlot, bs, bSlot, unpaired) {
  if (as.length === 1 && bs.length === 1) return [{ a: as[0], b: bs[0] }];
  const key2 = (w, slot) => `${w.kind}/${(w.object.metadata.name ?? "").split(slot).join("\0")}`;
  const byKey = new Map(as.map((w) => [key2(w, aSlot), w]));
  const out = [];
  const used = /* @__PURE__ */ new Set();
  for (const b of bs) {
    const a = byKey.get(key2(b, bSlot));
    if (a) {
      out.push({ a, b });
      used.add(a);
    } else unpaired(b, bSlot, aSlot);
  }
  for (const a of as) if (!used.has(a)) unpaired(a, aSlot, bSlot);
  return out;
}
var slot_parity_default;
var init_slot_parity = __esm({
  "src/rules/bluegreen/slot-parity.ts"() {
    "use strict";
    init_rule();
    init_bluegreen2();
    init_bluegreen_parity();
    slot_parity_default = defineRule({
      id: "bluegreen/slot-parity",
      target: "run",
      meta: {
        family: "bluegreen",
        severity: "warning",
        summary: "The two slots differ only in the slot label, versions and image tags.",
        description: "A switch should change one thing: the version. When the idle slot also differs in ports, probes, resources, container names, volumes, environment or scheduling, the switch changes those too, and a rollback restores them, which nobody reviewed as such. Workloads are paired across slots by name with the slot value removed (`web-blue` and `web-green`). Strings that differ only by the slot value or the version (`web-config-blue`, `APP_VERSION`) count as equal, and env vars named like a version, release, build or commit may differ. Each difference is reported on the non-live slot with both values.",
        remediation: "Make the slots identical apart from the slot label, version labels and image tag; ship other changes through both slots (deploy to idle, switch) rather than side by side.",
        messages: {
          differs: "{{difference}} (the slots of {{group}} should differ only in slot, version and image tag).",
          unpaired: "{{workload}} in slot {{slot}} of {{group}} has no counterpart in slot {{other}}."
        }
      },
      check(ctx, run2) {
        for (const g of blueGreenOf(run2, ctx.config.bluegreen).groups) {
          const cfg = g.settings;
          if (g.slots.size < 2) continue;
          const ref = g.live !== void 0 && g.slots.has(g.live) ? g.live : [...g.slots.keys()].sort((a, b) => g.slotValues.indexOf(a) - g.slotValues.indexOf(b))[0];
          const refWorkloads = g.slots.get(ref);
          for (const [slot, workloads] of g.slots) {
            if (slot === ref) continue;
            for (const { a, b } of pair(
              refWorkloads,
              ref,
              workloads,
              slot,
              (w, unpairedSlot, other) => ctx.report({ messageId: "unpaired", object: w.object, at: "/metadata/name", data: { workload: nameOf(w), slot: unpairedSlot, other, group: g.label } })
            )) {
              for (const d of slotDifferences(a, ref, b, slot, cfg)) {
                ctx.report({ messageId: "differs", object: b.object, at: d.pointer, data: { difference: d.text, group: g.label } });
              }
            }
          }
        }
      }
    });
  }
});

// src/rules/bluegreen/switch-capacity.ts
var switch_capacity_default;
var init_switch_capacity = __esm({
  "src/rules/bluegreen/switch-capacity.ts"() {
    "use strict";
    init_types();
    init_rule();
    init_bluegreen2();
    switch_capacity_default = defineRule({
      id: "bluegreen/switch-capacity",
      target: "run",
      meta: {
        family: "bluegreen",
        severity: "error",
        boundary: true,
        summary: "The slot a switch moves traffic to has at least the replicas of the slot it replaces.",
        description: "Needs a base (`--base`). When a change flips a Service's selector, the target slot takes the whole load at once; it needs at least as many replicas as the slot that served it before the change (with an HPA, its minReplicas counts, since that is what runs when traffic arrives). The replaced slot's capacity is taken from the base, where it was serving.",
        remediation: "Scale the target slot up to the live slot's replicas (or HPA minimum) in an earlier change, let it become ready, then switch.",
        messages: {
          tooSmall: "{{service}} switches traffic from {{from}} ({{fromCapacity}}) to {{to}} ({{toCapacity}}); {{to}} needs at least {{needed}} replicas to take the load."
        }
      },
      check(ctx, run2) {
        for (const s of switchesOf(run2, ctx.config.bluegreen)) {
          const from = slotCapacity(s.fromRun, s.fromWorkloads);
          const to = slotCapacity(run2, s.toWorkloads);
          if (to.min >= from.min) continue;
          ctx.report({
            messageId: "tooSmall",
            object: s.service,
            at: joinPointer("/spec/selector", s.group.slotKey),
            data: { service: describeObject(refOf(s.service)), from: s.from, to: s.to, fromCapacity: formatCapacity(from), toCapacity: formatCapacity(to), needed: from.min }
          });
        }
      }
    });
  }
});

// src/rules/bluegreen/switch-deploys-first.ts
function baseIndex(base) {
  return base.memo("bluegreen/base-objects", () => {
    const m = /* @__PURE__ */ new Map();
    for (const o of base.objects) m.set(`${o.kind}|${nsKey(base, o)}|${o.metadata.name ?? ""}`, o);
    return m;
  });
}
function relevant(o) {
  return { metadata: { labels: o.metadata.labels }, spec: o.raw.spec };
}
var switch_deploys_first_default;
var init_switch_deploys_first = __esm({
  "src/rules/bluegreen/switch-deploys-first.ts"() {
    "use strict";
    init_types();
    init_rule();
    init_bluegreen2();
    init_bluegreen_parity();
    init_selectors();
    switch_deploys_first_default = defineRule({
      id: "bluegreen/switch-deploys-first",
      target: "run",
      meta: {
        family: "bluegreen",
        severity: "error",
        boundary: true,
        summary: "A change that switches slots does not also change the slot it switches to.",
        description: "Needs a base (`tollgate check --base <dir or git ref>`; the Action passes the pull request's base). Deploy first, switch second: the new version goes to the idle slot in one change, is rolled out and smoke-tested through the preview Service, and only then does a second change flip the main Service's selector. A change that flips the selector and also edits (or creates) the target slot's workload sends traffic to pods that do not exist yet or were never tested. Only the target slot's spec and labels count; annotations and the other slot may change.",
        remediation: "Split the change: first the target slot's workload (deploy and smoke-test it via the preview Service), then the selector flip on its own.",
        messages: {
          changed: "{{service}} switches traffic from {{from}} to {{to}} in the same change that modifies {{workload}} ({{changes}}); deploy {{to}} first, switch in a separate change.",
          created: "{{service}} switches traffic from {{from}} to {{to}} in the same change that creates {{workload}}; deploy {{to}} first, switch in a separate change."
        }
      },
      check(ctx, run2) {
        const base = run2.base;
        if (!base) return;
        const index = baseIndex(base);
        for (const s of switchesOf(run2, ctx.config.bluegreen)) {
          const at = joinPointer("/spec/selector", s.group.slotKey);
          const data = { service: describeObject(refOf(s.service)), from: s.from, to: s.to };
          for (const w of s.toWorkloads) {
            const before = index.get(`${w.kind}|${nsKey(run2, w.object)}|${w.object.metadata.name ?? ""}`);
            const workload = describeObject(refOf(w.object));
            if (!before) {
              ctx.report({ messageId: "created", object: s.service, at, data: { ...data, workload } });
              continue;
            }
            const diff = changedPaths(relevant(before), relevant(w.object));
            if (diff.total === 0) continue;
            const more = diff.total > diff.items.length ? `, and ${diff.total - diff.items.length} more` : "";
            ctx.report({ messageId: "changed", object: s.service, at, data: { ...data, workload, changes: diff.items.join("; ") + more } });
          }
        }
      }
    });
  }
});

// src/rules/bluegreen/switch-summary.ts
var switch_summary_default;
var init_switch_summary = __esm({
  "src/rules/bluegreen/switch-summary.ts"() {
    "use strict";
    init_types();
    init_rule();
    init_bluegreen2();
    switch_summary_default = defineRule({
      id: "bluegreen/switch-summary",
      target: "run",
      meta: {
        family: "bluegreen",
        severity: "info",
        boundary: true,
        summary: "A slot switch says what it does and how to roll it back.",
        description: "Needs a base (`--base`). For every main Service whose slot selector differs between base and head, one info finding in plain words: which slot and version traffic leaves and which it goes to, with replicas (or the HPA range), and the one-line rollback. The Action puts the same sentences in the pull request comment.",
        remediation: "Nothing to fix: read it to be sure the switch is the one you meant.",
        messages: {
          summary: "{{sentence}}"
        }
      },
      check(ctx, run2) {
        for (const s of switchesOf(run2, ctx.config.bluegreen)) {
          const d = describeSwitch(run2, s, ctx.config.bluegreen);
          ctx.report({ messageId: "summary", object: s.service, at: joinPointer("/spec/selector", s.group.slotKey), data: { sentence: d.sentence } });
        }
      }
    });
  }
});

// src/rules/bluegreen/index.ts
var bluegreenRules;
var init_bluegreen3 = __esm({
  "src/rules/bluegreen/index.ts"() {
    "use strict";
    init_both_slots();
    init_live_slot_ready();
    init_service_selects_slot();
    init_slot_parity();
    init_switch_capacity();
    init_switch_deploys_first();
    init_switch_summary();
    bluegreenRules = [
      service_selects_slot_default,
      both_slots_default,
      live_slot_ready_default,
      slot_parity_default,
      switch_deploys_first_default,
      switch_capacity_default,
      switch_summary_default
    ];
  }
});

// src/rules/selectors/overlapping-workloads.ts
var overlapping_workloads_default;
var init_overlapping_workloads = __esm({
  "src/rules/selectors/overlapping-workloads.ts"() {
    "use strict";
    init_types();
    init_rule();
    init_selectors();
    overlapping_workloads_default = defineRule({
      id: "selectors/overlapping-workloads",
      target: "run",
      meta: {
        family: "selectors",
        severity: "warning",
        summary: "No two workloads in a namespace select each other's pods.",
        description: "When a controller's selector also matches the pods of another workload in the same namespace, the controllers compete: a ReplicaSet adopts matching orphan pods and counts them as its replicas, rollouts report the wrong pods, and PodDisruptionBudgets or Services built on the same labels cover both. Kubernetes does not stop it. Blue-green slots are kept apart by the slot label in each selector; a selector on the app label alone overlaps the other slot.",
        remediation: "Add a distinguishing label to each pod template and to the workload's selector (for blue-green: the slot), so each selector matches only its own pods.",
        messages: {
          overlaps: "{{workload}}'s selector {{selector}} also matches the pods of {{other}}; the two controllers will fight over them.",
          mutual: "{{workload}} ({{selector}}) and {{other}} ({{otherSelector}}) select each other's pods; the two controllers will fight over them."
        }
      },
      check(ctx, run2) {
        if (run2.objects.length < 2) return;
        const index = podIndex(run2);
        const reported = /* @__PURE__ */ new Set();
        for (const w of run2.workloads) {
          const ws = workloadSelector(w);
          if (!ws?.selector || isEmptySelector(ws.selector)) continue;
          for (const other of index.matching(nsKey(run2, w.object), ws.selector)) {
            if (!other.workload || other.object === w.object) continue;
            const pair2 = [w.object.key, other.object.key].sort().join("\n");
            if (reported.has(pair2)) continue;
            reported.add(pair2);
            const back = workloadSelector(other.workload)?.selector;
            const mutual = back !== void 0 && !isEmptySelector(back) && selectorMatches(back, w.podLabels);
            ctx.report({
              messageId: mutual ? "mutual" : "overlaps",
              object: w.object,
              at: ws.pointer,
              data: { workload: describeObject(refOf(w.object)), other: describeObject(refOf(other.object)), selector: formatSelector(ws.selector), otherSelector: back ? formatSelector(back) : "" }
            });
          }
        }
      }
    });
  }
});

// src/rules/selectors/selector-matches-template.ts
var selector_matches_template_default;
var init_selector_matches_template = __esm({
  "src/rules/selectors/selector-matches-template.ts"() {
    "use strict";
    init_types();
    init_rule();
    init_selectors();
    selector_matches_template_default = defineRule({
      id: "selectors/selector-matches-template",
      target: "workload",
      meta: {
        family: "selectors",
        severity: "error",
        summary: "A workload's selector matches its own pod template labels.",
        description: "For Deployments, ReplicaSets, StatefulSets and DaemonSets in apps/v1 the API server requires spec.selector and rejects one that does not match spec.template.metadata.labels (`selector does not match template labels`); an empty selector is rejected too. ReplicationControllers and Jobs with manualSelector are checked when they set a selector. Catching it in review saves a failed apply.",
        remediation: "Make spec.selector a subset of the pod template's labels (usually the app label, plus the slot for blue-green workloads). The selector is immutable after creation, so get it right before the first apply.",
        messages: {
          missing: "{{workload}} has no spec.selector; apps/v1 requires one that matches the pod template labels.",
          malformed: "{{workload}} has a spec.selector that is not a valid label selector (matchExpressions need key and an operator In, NotIn, Exists or DoesNotExist).",
          empty: "{{workload}} has an empty spec.selector, which would select every pod in the namespace; the API server rejects it.",
          mismatch: "{{workload}}'s selector {{selector}} does not match its own pod template: {{unmet}}; the API server rejects it."
        }
      },
      check(ctx, w) {
        const ws = workloadSelector(w);
        if (!ws) return;
        const workload = describeObject(refOf(w.object));
        if (!ws.present) {
          if (ws.required) ctx.report({ messageId: "missing", at: "/spec", data: { workload } });
          return;
        }
        if (!ws.selector) {
          ctx.report({ messageId: "malformed", at: ws.pointer, data: { workload } });
          return;
        }
        if (isEmptySelector(ws.selector)) {
          if (ws.required) ctx.report({ messageId: "empty", at: ws.pointer, data: { workload } });
          return;
        }
        if (selectorMatches(ws.selector, w.podLabels)) return;
        ctx.report({
          messageId: "mismatch",
          at: ws.pointer,
          data: { workload, selector: formatSelector(ws.selector), unmet: unmetRequirements(ws.selector, w.podLabels).join(", ") }
        });
      }
    });
  }
});

// src/rules/selectors/service-matches-nothing.ts
var service_matches_nothing_default;
var init_service_matches_nothing = __esm({
  "src/rules/selectors/service-matches-nothing.ts"() {
    "use strict";
    init_types();
    init_rule();
    init_bluegreen2();
    init_selectors();
    service_matches_nothing_default = defineRule({
      id: "selectors/service-matches-nothing",
      target: "object",
      kinds: ["Service"],
      meta: {
        family: "selectors",
        severity: "warning",
        summary: "Service selectors match the pods of some workload.",
        description: "A Service whose selector matches no pod template in the run has no endpoints: requests to it fail. The workload may legitimately live elsewhere (another repository, a Helm release), so this is a warning by default, and an info when the run holds no workload at all in that namespace (only some files were checked). Namespaces are compared after resolving unset ones the way `kubectl apply` would. ExternalName Services and Services without a selector (endpoints managed by hand) are not checked. Custom resources with a pod template (an Argo Rollout, for instance) count as workloads. Blue-green Services whose slot has no workload are reported by the bluegreen rules instead.",
        remediation: "Fix the selector or the pod template labels so they match. If the pods are deployed from elsewhere, lower this rule's severity in .tollgate.yaml or exempt the Service.",
        messages: {
          nothing: "{{service}} selects {{selector}}, which matches no workload's pods in namespace {{namespace}}; it will have no endpoints.",
          emptyNamespace: "{{service}} selects {{selector}}, but no workload in namespace {{namespace}} is part of this check; if its pods are deployed from elsewhere this is fine."
        }
      },
      check(ctx, svc) {
        const selector = serviceSelector(svc);
        if (!selector) return;
        if (serviceTargets(ctx.run, svc, ctx.config.podSources).length > 0) return;
        if (blueGreenOf(ctx.run, ctx.config.bluegreen).byService.has(svc.key)) return;
        const ns = ctx.run.namespaceOf(svc);
        const anyInNamespace = podIndex(ctx.run, ctx.config.podSources).inNamespace(ns).length > 0;
        ctx.report({
          messageId: anyInNamespace ? "nothing" : "emptyNamespace",
          at: "/spec/selector",
          ...anyInNamespace ? {} : { severity: "info" },
          data: { service: describeObject(refOf(svc)), selector: formatSelector(selectorFromMap(selector)), namespace: ns ?? "(unset)" }
        });
      }
    });
  }
});

// src/rules/selectors/service-spans-apps.ts
var service_spans_apps_default;
var init_service_spans_apps = __esm({
  "src/rules/selectors/service-spans-apps.ts"() {
    "use strict";
    init_bluegreen2();
    init_types();
    init_rule();
    init_selectors();
    service_spans_apps_default = defineRule({
      id: "selectors/service-spans-apps",
      target: "object",
      kinds: ["Service"],
      meta: {
        family: "selectors",
        severity: "warning",
        summary: "A Service selects the pods of one application.",
        description: "A Service whose selector is broad enough to match pods of different applications (different `app.kubernetes.io/name` or `app` labels) sends requests to whichever pod answers: a selector `tier: frontend` that catches both `web` and `admin`. The blue and green slots of one application are one application (a trailing `-<slot>` in the app label is ignored), and pods without an app label are not counted. Options: `appLabels`, the labels that name the application, most specific first.",
        remediation: "Add the application's label to the Service selector. If the Service fronts several applications on purpose, suppress the finding on it with a reason.",
        optionsSchema: {
          type: "object",
          additionalProperties: false,
          properties: { appLabels: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } } }
        },
        defaultOptions: { appLabels: DEFAULT_APP_LABELS },
        messages: {
          spans: "{{service}} selects pods of {{count}} applications: {{apps}}; requests go to whichever answers."
        }
      },
      check(ctx, svc) {
        if (!serviceSelector(svc)) return;
        const appLabels = ctx.options.appLabels;
        const slotKey = blueGreenSettings(ctx.config.bluegreen).slotKey;
        const apps = /* @__PURE__ */ new Map();
        for (const t of serviceTargets(ctx.run, svc, ctx.config.podSources)) {
          let app = appIdentity(t.labels, appLabels);
          if (app === void 0) continue;
          const slot = t.labels[slotKey];
          if (slot && app.endsWith(`-${slot}`)) app = app.slice(0, -slot.length - 1);
          const l = apps.get(app);
          const name2 = t.object.metadata.name ?? "(unnamed)";
          if (l) l.push(`${t.object.kind} ${name2}`);
          else apps.set(app, [`${t.object.kind} ${name2}`]);
        }
        if (apps.size < 2) return;
        const list = [...apps].sort((a, b) => a[0].localeCompare(b[0])).map(([app, ws]) => `${app} (${ws.join(", ")})`);
        ctx.report({ messageId: "spans", at: "/spec/selector", data: { service: describeObject(refOf(svc)), count: apps.size, apps: list.join(", ") } });
      }
    });
  }
});

// src/rules/selectors/index.ts
var selectorsRules;
var init_selectors2 = __esm({
  "src/rules/selectors/index.ts"() {
    "use strict";
    init_overlapping_workloads();
    init_selector_matches_template();
    init_service_matches_nothing();
    init_service_spans_apps();
    selectorsRules = [service_matches_nothing_default, selector_matches_template_default, overlapping_workloads_default, service_spans_apps_default];
  }
});

// src/rules/cost/budget.ts
var budget_default;
var init_budget = __esm({
  "src/rules/cost/budget.ts"() {
    "use strict";
    init_settings();
    init_estimate();
    init_rule();
    budget_default = defineRule({
      id: "cost/budget",
      target: "run",
      meta: {
        family: "cost",
        severity: "warning",
        summary: "A namespace or team stays within its monthly budget.",
        description: "Budgets come from `cost.budgets` in config: `{ namespace, monthly }` or `{ team, namespaces: [...], monthly }`, in USD per month, on one platform (`platform`, default the first of `cost.platforms`). The namespace's cost is its workloads' share of the nodes (by requests) plus their volumes and load balancers, as `tollgate cost` shows it. The finding is on the Namespace object when the run declares it, else on the namespace's first object.",
        remediation: "Lower requests or replicas in the namespace, or raise its budget in cost.budgets.",
        messages: {
          over: "{{subject}} costs {{cost}}/month on {{platform}}, over its budget of {{budget}} by {{over}}; the largest item is {{largest}}."
        }
      },
      check(ctx, run2) {
        const cost = resolveCostConfig(ctx.config.cost);
        if (cost.budgets.length === 0) return;
        const report = estimateIfAvailable(() => estimateCost(run2, ctx.config));
        if (report === void 0) return;
        for (const b of cost.budgets) {
          const platform2 = b.platform ?? cost.platforms[0];
          if (!report.platforms.some((p) => p.platform === platform2)) continue;
          const namespaces = b.namespace !== void 0 ? [b.namespace] : [...b.namespaces ?? []];
          const total = report.namespaces.filter((n) => n.namespace !== null && namespaces.includes(n.namespace)).reduce((s, n) => s + (n.monthly[platform2] ?? 0), 0);
          if (total <= b.monthly + 5e-3) continue;
          const anchor2 = namespaces.map((ns) => run2.byKind("Namespace").find((o) => o.metadata.name === ns) ?? run2.inNamespace(ns)[0]).find((o) => o !== void 0);
          if (anchor2 === void 0) continue;
          const largest = report.workloads.filter((w) => w.namespace !== null && namespaces.includes(w.namespace)).sort((x, y) => (y.monthly[platform2] ?? 0) - (x.monthly[platform2] ?? 0))[0];
          ctx.report({
            messageId: "over",
            object: anchor2,
            at: anchor2.kind === "Namespace" ? "/metadata/name" : "",
            data: {
              subject: b.namespace !== void 0 ? `Namespace ${b.namespace}` : `Team ${b.team} (${namespaces.join(", ")})`,
              cost: usd2(total),
              platform: PLATFORM_LABEL[platform2],
              budget: usd2(b.monthly),
              over: usd2(total - b.monthly),
              largest: largest ? `${largest.kind} ${largest.namespace}/${largest.name} at ${usd2(largest.monthly[platform2] ?? 0)}` : "its load balancers and volumes"
            }
          });
        }
      }
    });
  }
});

// src/cost/diff.ts
function sub(head, base, platforms) {
  return Object.fromEntries(platforms.map((p) => [p, round2((head[p] ?? 0) - (base[p] ?? 0))]));
}
function zero(platforms) {
  return Object.fromEntries(platforms.map((p) => [p, 0]));
}
function diffCost(base, head) {
  const platforms = head.platforms.map((p) => p.platform);
  const baseByPlatform = new Map(base.platforms.map((p) => [p.platform, p]));
  const platformsOut = head.platforms.map((p) => {
    const b = baseByPlatform.get(p.platform)?.monthly ?? 0;
    return { ...p, base: b, head: p.monthly, delta: round2(p.monthly - b) };
  });
  const baseW = new Map(base.workloads.map((w) => [wKey(w), w]));
  const seen = /* @__PURE__ */ new Set();
  const workloads = head.workloads.map((w) => {
    seen.add(wKey(w));
    const b = baseW.get(wKey(w))?.monthly ?? zero(platforms);
    return { ...w, base: b, head: w.monthly, delta: sub(w.monthly, b, platforms) };
  });
  for (const [k, w] of baseW) {
    if (seen.has(k)) continue;
    const { file: _f, line: _l, ...rest } = w;
    workloads.push({ ...rest, monthly: zero(platforms), base: w.monthly, head: zero(platforms), delta: sub(zero(platforms), w.monthly, platforms) });
  }
  const baseN = new Map(base.namespaces.map((n) => [n.namespace ?? "", n]));
  const seenN = /* @__PURE__ */ new Set();
  const namespaces = head.namespaces.map((n) => {
    seenN.add(n.namespace ?? "");
    const b = baseN.get(n.namespace ?? "")?.monthly ?? zero(platforms);
    return { ...n, base: b, head: n.monthly, delta: sub(n.monthly, b, platforms) };
  });
  for (const [k, n] of baseN) {
    if (seenN.has(k)) continue;
    namespaces.push({ ...n, monthly: zero(platforms), base: n.monthly, head: zero(platforms), delta: sub(zero(platforms), n.monthly, platforms) });
  }
  namespaces.sort((a, b) => (a.namespace ?? "").localeCompare(b.namespace ?? ""));
  const baseS = new Map(base.shared.map((r) => [r.name, r]));
  const shared = head.shared.map((r) => {
    const b = baseS.get(r.name)?.monthly ?? zero(platforms);
    return { ...r, base: b, head: r.monthly, delta: sub(r.monthly, b, platforms) };
  });
  for (const [name2, r] of baseS) {
    if (!head.shared.some((x) => x.name === name2)) shared.push({ name: name2, monthly: zero(platforms), base: r.monthly, head: zero(platforms), delta: sub(zero(platforms), r.monthly, platforms) });
  }
  return {
    ...head,
    platforms: platformsOut,
    workloads,
    namespaces,
    shared,
    diff: { baseWorkloads: base.workloads.length, headWorkloads: head.workloads.length },
    changes: head.platforms.flatMap((p) => {
      const b = baseByPlatform.get(p.platform);
      return b === void 0 ? [] : [platformChange(b, p, base, head)];
    })
  };
}
function platformChange(bp, hp, base, head) {
  const p = hp.platform;
  const lines = [];
  const line = (item, b, h, delta) => lines.push({ item, base: b, head: h, delta: round2(delta) });
  line("Control plane", usd2(bp.controlPlane), usd2(hp.controlPlane), hp.controlPlane - bp.controlPlane);
  const pools2 = [...new Set([...bp.nodes, ...hp.nodes].map((n) => `${n.role}/${n.pool}`))];
  for (const pool2 of pools2) {
    const sum = (x) => x.nodes.filter((n) => `${n.role}/${n.pool}` === pool2).reduce((s, n) => s + c(n.monthly), 0);
    const [role, kind] = pool2.split("/");
    line(
      role === "node" ? kind === "gpu" ? "GPU nodes" : "Nodes" : role === "server" ? "Servers" : "Agents",
      nodesText(bp, pool2),
      nodesText(hp, pool2),
      (sum(hp) - sum(bp)) / 100
    );
  }
  line("Load balancers", String(bp.loadBalancers.count), String(hp.loadBalancers.count), hp.loadBalancers.monthly - bp.loadBalancers.monthly);
  line("Volumes", `${bp.volumes.gb} GB`, `${hp.volumes.gb} GB`, hp.volumes.monthly - bp.volumes.monthly);
  line("NAT gateways", String(bp.nat.count), String(hp.nat.count), hp.nat.monthly - bp.nat.monthly);
  line("Public IPv4", String(bp.publicIpv4.count), String(hp.publicIpv4.count), hp.publicIpv4.monthly - bp.publicIpv4.monthly);
  line("CPU credits", usd2(bp.cpuCredits.monthly), usd2(hp.cpuCredits.monthly), hp.cpuCredits.monthly - bp.cpuCredits.monthly);
  line("Workloads' share of nodes", usd2(bp.allocation.workloads), usd2(hp.allocation.workloads), 0);
  line("System / idle", `${usd2(bp.allocation.system)} / ${usd2(bp.allocation.idle)}`, `${usd2(hp.allocation.system)} / ${usd2(hp.allocation.idle)}`, 0);
  const why = [];
  const nodeShare = (w) => w === void 0 ? 0 : c(w.monthly[p]) - c(w.storageMonthly?.[p]);
  const baseW = new Map(base.workloads.map((w) => [wKey(w), w]));
  const headW = new Map(head.workloads.map((w) => [wKey(w), w]));
  let explained = 0;
  for (const k of /* @__PURE__ */ new Set([...baseW.keys(), ...headW.keys()])) {
    const b = baseW.get(k);
    const h = headW.get(k);
    if (b && h && sameInputs(b, h)) continue;
    if (b && h && h.kind === "DaemonSet" && b.cpu === h.cpu && b.memory === h.memory) continue;
    const d = nodeShare(h) - nodeShare(b);
    explained += d;
    const w = h ?? b;
    const what = !b ? `${who(w)} added` : !h ? `${who(w)} removed` : describeWorkloadChange(b, h);
    why.push({ cause: "workload", what, delta: d / 100, object: { kind: w.kind, namespace: w.namespace, name: w.name } });
  }
  const nodesDelta = [...bp.nodes.map((n) => -c(n.monthly)), ...hp.nodes.map((n) => c(n.monthly))].reduce((a, b) => a + b, 0);
  why.push({ cause: "repacking", what: "node capacity no changed workload requested (system, idle, DaemonSets on added or removed nodes)", delta: (nodesDelta - explained) / 100 });
  const lbDelta = c(hp.loadBalancers.monthly) - c(bp.loadBalancers.monthly) + c(hp.loadBalancers.ipv4Monthly) - c(bp.loadBalancers.ipv4Monthly);
  const lbKey = (l) => `${l.namespace ?? ""}/${l.name}`;
  const baseLb = new Set(base.loadBalancerServices.map(lbKey));
  const headLb = new Set(head.loadBalancerServices.map(lbKey));
  const added = head.loadBalancerServices.filter((l) => !baseLb.has(lbKey(l)));
  const removed = base.loadBalancerServices.filter((l) => !headLb.has(lbKey(l)));
  const lbWhat = [...added.map((l) => `Service ${lbKey(l)} became type LoadBalancer`), ...removed.map((l) => `Service ${lbKey(l)} is no longer a LoadBalancer`)].join("; ") || "load balancers";
  const lbObject = added[0] ?? removed[0];
  why.push({
    cause: "load balancer",
    what: `${lbWhat}${hp.loadBalancers.ipv4Monthly !== void 0 ? " (with its public IPv4)" : ""}`,
    delta: lbDelta / 100,
    ...lbObject ? { object: { kind: "Service", namespace: lbObject.namespace, name: lbObject.name } } : {}
  });
  why.push({ cause: "volumes", what: "volumes (PersistentVolumeClaims, StatefulSet claims, ephemeral volumes)", delta: (c(hp.volumes.monthly) - c(bp.volumes.monthly)) / 100 });
  why.push({ cause: "control plane", what: "control plane", delta: (c(hp.controlPlane) - c(bp.controlPlane)) / 100 });
  why.push({ cause: "NAT", what: "NAT gateways", delta: (c(hp.nat.monthly) - c(bp.nat.monthly)) / 100 });
  why.push({
    cause: "public IPv4",
    what: p === "k3s" ? "public IPv4 of added or removed nodes" : "public IPv4 of NAT gateways",
    delta: (c(hp.publicIpv4.monthly) - c(bp.publicIpv4.monthly) - (c(hp.loadBalancers.ipv4Monthly) - c(bp.loadBalancers.ipv4Monthly))) / 100
  });
  why.push({ cause: "CPU credits", what: "CPU credits of burstable nodes", delta: (c(hp.cpuCredits.monthly) - c(bp.cpuCredits.monthly)) / 100 });
  const ordered = why.filter((w) => w.delta !== 0).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.what.localeCompare(b.what));
  return { platform: p, base: bp.monthly, head: hp.monthly, delta: round2(hp.monthly - bp.monthly), lines, why: ordered };
}
function describeWorkloadChange(b, h) {
  const parts = [];
  if (b.replicas !== h.replicas) parts.push(`replicas ${b.replicas ?? "per node"} \u2192 ${h.replicas ?? "per node"}`);
  if (b.replicasMax !== h.replicasMax) parts.push(`maxReplicas ${b.replicasMax ?? "-"} \u2192 ${h.replicasMax ?? "-"}`);
  const perPod = (w, v) => w.replicas ? v / w.replicas : v;
  if (perPod(b, b.cpu) !== perPod(h, h.cpu)) parts.push(`CPU ${formatCpu(perPod(b, b.cpu))} \u2192 ${formatCpu(perPod(h, h.cpu))} per pod`);
  if (perPod(b, b.memory) !== perPod(h, h.memory)) parts.push(`memory ${formatMemory(perPod(b, b.memory))} \u2192 ${formatMemory(perPod(h, h.memory))} per pod`);
  if (b.storage !== h.storage) parts.push("storage");
  return `${who(h)}: ${parts.join(", ") || "requests"}`;
}
function costForRun(run2, config, options = {}) {
  const head = estimateCost(run2, config, options);
  if (run2.base === void 0) return head;
  return run2.memo(`cost:diff:${JSON.stringify([options.platforms ?? null, options.region ?? null])}`, () => diffCost(estimateCost(run2.base, config, options), head));
}
function percentChange(base, delta) {
  return base === 0 ? void 0 : delta / base * 100;
}
var wKey, c, nodesText, sameInputs, who;
var init_diff = __esm({
  "src/cost/diff.ts"() {
    "use strict";
    init_estimate();
    init_quantity();
    init_report();
    wKey = (w) => `${w.kind}\0${w.namespace ?? ""}\0${w.name}`;
    c = (n) => Math.round(Number(((n ?? 0) * 100).toPrecision(12)));
    nodesText = (p, pool2) => {
      const ns = p.nodes.filter((n) => `${n.role}/${n.pool}` === pool2);
      return ns.length === 0 ? "none" : ns.map((n) => `${n.count} \xD7 ${n.instanceType}`).join(" + ");
    };
    sameInputs = (a, b) => a.replicas === b.replicas && a.replicasMax === b.replicasMax && a.cpu === b.cpu && a.memory === b.memory && a.storage === b.storage && a.gpu === b.gpu;
    who = (w) => `${w.kind} ${w.namespace === null ? "" : `${w.namespace}/`}${w.name}`;
  }
});

// src/rules/cost/increase.ts
var increase_default;
var init_increase = __esm({
  "src/rules/cost/increase.ts"() {
    "use strict";
    init_diff();
    init_estimate();
    init_settings();
    init_rule();
    increase_default = defineRule({
      id: "cost/increase",
      target: "run",
      meta: {
        family: "cost",
        severity: "warning",
        summary: "A change does not raise the monthly cost above the configured threshold.",
        description: "Compares the estimate of the base (`--base <dir or git ref>`, the PR's base in the Action) with the head. It reports when the monthly total on a platform rises by more than `cost.increase.absolute` dollars or more than `cost.increase.percent` percent (defaults $50 and 10 %; either one exceeded is enough; a percentage needs a base above $0). The message names the largest line of the change's explanation (a workload, a Service that became a LoadBalancer, volumes, or repacking) and the finding is on that workload or Service when there is one. Without a base the rule says nothing.",
        remediation: "Check the requests and replicas the change adds; if the increase is intended, raise cost.increase or accept the warning.",
        boundary: true,
        messages: {
          increase: "Monthly cost on {{platform}} rises by {{delta}} ({{percent}}) to {{head}}; the largest change is {{workload}} ({{workloadDelta}})."
        }
      },
      check(ctx, run2) {
        if (run2.base === void 0 || sameCostInputs(run2, run2.base, ctx.config)) return;
        const cost = resolveCostConfig(ctx.config.cost);
        const report = estimateIfAvailable(() => costForRun(run2, ctx.config));
        if (report === void 0) return;
        const { absolute, percent } = cost.increase;
        for (const p of report.platforms) {
          if (cost.increase.platforms && !cost.increase.platforms.includes(p.platform)) continue;
          const delta = p.delta ?? 0;
          const base = p.base ?? 0;
          if (delta <= 0) continue;
          const pct = percentChange(base, delta);
          const overAbsolute = absolute !== void 0 && delta > absolute;
          const overPercent = percent !== void 0 && pct !== void 0 && pct > percent;
          if (!overAbsolute && !overPercent) continue;
          const top = report.changes?.find((c2) => c2.platform === p.platform)?.why[0];
          const o = top?.object;
          const object = (o && run2.objects.find((x) => x.kind === o.kind && x.metadata.name === o.name && (run2.namespaceOf(x) ?? null) === o.namespace)) ?? run2.objects[0];
          if (object === void 0) continue;
          ctx.report({
            messageId: "increase",
            object,
            at: "",
            data: {
              platform: PLATFORM_LABEL[p.platform],
              delta: usd2(delta),
              percent: pct === void 0 ? "new" : `+${pct.toFixed(1)} %`,
              head: usd2(p.monthly),
              workload: top ? top.what : "nodes",
              workloadDelta: top ? `${top.delta >= 0 ? "+" : "-"}${usd2(Math.abs(top.delta))}` : usd2(delta)
            }
          });
        }
      }
    });
  }
});

// src/rules/cost/unpackable.ts
var unpackable_default;
var init_unpackable = __esm({
  "src/rules/cost/unpackable.ts"() {
    "use strict";
    init_estimate();
    init_rule();
    unpackable_default = defineRule({
      id: "cost/unpackable",
      target: "workload",
      meta: {
        family: "cost",
        severity: "warning",
        summary: "Every pod fits on at least one candidate node type.",
        description: "A pod whose requests exceed what the largest candidate node offers after reservations and DaemonSets stays Pending forever. Candidates are the instance types of the node pool on EKS (`cost.nodePools`, or `cost.eks.instanceTypes` when pinned; GPU types for pods requesting nvidia.com/gpu), and the server and agent types on k3s (servers are schedulable; no Hetzner server has a GPU). Jobs and CronJobs are checked too: one run's pod must fit a node. The pod is left out of the estimate; the finding names the largest candidate and the dimension that does not fit. Only sizes are compared, nothing is packed or priced, so the rule is cheap enough for every admission request.",
        remediation: "Lower the pod's requests, or add a larger instance type to cost.eks.instanceTypes / cost.k3s.agentTypes.",
        messages: {
          unpackable: "{{workload}} fits no {{platform}} node: {{reason}}; the largest candidate is {{largest}}."
        }
      },
      check(ctx, w) {
        if (w.kind === "DaemonSet") return;
        const fit = estimateIfAvailable(() => unpackablePods(ctx.run, ctx.config));
        if (fit === void 0) return;
        const ns = ctx.run.namespaceOf(w.object) ?? null;
        const name2 = w.object.metadata.name ?? w.object.metadata.generateName ?? "(unnamed)";
        const first = w.containers[0];
        for (const p of fit) {
          const u = p.unpackable.find((x) => x.kind === w.kind && x.namespace === ns && x.name === name2);
          if (u === void 0) continue;
          ctx.report({
            messageId: "unpackable",
            at: first ? first.pointer("resources") : w.podSpecPointer,
            data: { workload: `${w.kind} ${ns === null ? "" : `${ns}/`}${name2}`, platform: PLATFORM_LABEL[p.platform], reason: u.reason, largest: u.largest }
          });
        }
      }
    });
  }
});

// src/rules/cost/unpriced.ts
var unpriced_default;
var init_unpriced = __esm({
  "src/rules/cost/unpriced.ts"() {
    "use strict";
    init_estimate();
    init_rule();
    unpriced_default = defineRule({
      id: "cost/unpriced",
      target: "run",
      meta: {
        family: "cost",
        severity: "warning",
        summary: "Everything the manifests ask for has a price on every platform.",
        description: "The estimate never guesses: an extended resource other than nvidia.com/gpu (an FPGA, a custom device), a volume of a storage class that `cost.storageClasses` does not map, or a price kind the snapshot lacks (gp2, io1; EFS on k3s) is left out of the total and listed in the assumptions. This rule makes each one a finding on the object that asks for it, so the total is never read as complete.",
        remediation: "Map the storage class in cost.storageClasses, add the missing price to a --prices snapshot file, or accept the gap.",
        messages: {
          unpriced: "{{subject}}: {{what}} is not priced on {{platform}} ({{reason}}); the total leaves it out."
        }
      },
      check(ctx, run2) {
        const platforms = estimateIfAvailable(() => unpricedItems(run2, ctx.config));
        if (platforms === void 0) return;
        for (const p of platforms) {
          for (const u of p.unpriced) {
            const object = run2.objects.find((o) => o.kind === u.kind && o.metadata.name === u.name && (run2.namespaceOf(o) ?? null) === u.namespace);
            if (object === void 0) continue;
            ctx.report({
              messageId: "unpriced",
              object,
              at: "",
              data: { subject: `${u.kind} ${u.namespace === null ? "" : `${u.namespace}/`}${u.name}`, what: u.what, platform: PLATFORM_LABEL[p.platform], reason: u.reason }
            });
          }
        }
      }
    });
  }
});

// src/rules/cost/index.ts
var costRules;
var init_cost2 = __esm({
  "src/rules/cost/index.ts"() {
    "use strict";
    init_budget();
    init_increase();
    init_unpackable();
    init_unpriced();
    costRules = [budget_default, increase_default, unpackable_default, unpriced_default];
  }
});

// src/rules/index.ts
var resourcesRules, codeRules;
var init_rules = __esm({
  "src/rules/index.ts"() {
    "use strict";
    init_meta();
    init_cpu_limit_required();
    init_cpu_request_required();
    init_ephemeral_storage_required();
    init_invalid_quantity();
    init_limit_below_request();
    init_limit_request_ratio();
    init_memory_limit_required();
    init_memory_request_required();
    init_namespaces();
    init_bluegreen3();
    init_selectors2();
    init_cost2();
    resourcesRules = [
      cpu_request_required_default,
      memory_request_required_default,
      memory_limit_required_default,
      cpu_limit_required_default,
      ephemeral_storage_required_default,
      limit_below_request_default,
      limit_request_ratio_default,
      invalid_quantity_default
    ];
    codeRules = [...metaRules, ...resourcesRules, ...namespacesRules, ...selectorsRules, ...bluegreenRules, ...costRules];
  }
});

// src/registry.ts
function buildRegistry(policyTexts) {
  const policies = policyTexts.map((p) => loadPolicy(p.file, p.text));
  const seen = new Map(codeRules.map((r) => [r.id, "built-in code rule"]));
  for (const p of policies) {
    const other = seen.get(p.rule.id);
    if (other) throw new ConfigInvalid(p.file, [{ field: "id", message: `rule id "${p.rule.id}" is already defined by ${other}` }]);
    seen.set(p.rule.id, p.file);
  }
  return { rules: [...codeRules, ...policies.map((p) => p.rule)], policies };
}
var init_registry = __esm({
  "src/registry.ts"() {
    "use strict";
    init_config();
    init_loader();
    init_rules();
  }
});

// src/workspace/config.ts
import { existsSync, readFileSync as readFileSync2, readdirSync as readdirSync2, statSync as statSync2 } from "node:fs";
import { dirname, join as join2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join2(dir, "package.json")) && existsSync(join2(dir, "policies"))) return dir;
    dir = dirname(dir);
  }
  throw new Error("cannot find tollgate's package root (policies/ missing from the installation)");
}
function toolVersion() {
  try {
    return JSON.parse(readFileSync2(join2(packageRoot(), "package.json"), "utf8")).version;
  } catch {
    return "0.0.0";
  }
}
function loadConfigFile(explicit, cwd, firstPath) {
  const candidates = explicit ? [explicit] : configCandidates(cwd, firstPath);
  for (const c2 of candidates) {
    const abs = resolve2(cwd, c2);
    if (!existsSync(abs)) {
      if (explicit) throw new UsageError(`config file ${explicit} not found`);
      continue;
    }
    const text = readFileSync2(abs, "utf8");
    const parsed = parseYamlText(c2, text);
    if (parsed.problems.length > 0) {
      const p = parsed.problems[0];
      throw new ConfigInvalid(c2, [{ field: "(file)", message: p.message, ...p.line ? { line: p.line, column: p.column ?? 1 } : {} }]);
    }
    const doc = parsed.documents[0];
    return { config: parseConfig(doc?.value, c2, doc), file: abs };
  }
  return { config: EMPTY_CONFIG };
}
function configCandidates(cwd, firstPath) {
  const out = [];
  let dir = firstPath && firstPath !== "-" ? resolve2(cwd, firstPath) : cwd;
  if (existsSync(dir) && !statSync2(dir).isDirectory()) dir = dirname(dir);
  const stop = resolve2(cwd);
  for (let i = 0; i < 64; i++) {
    for (const n of [".tollgate.yaml", ".tollgate.yml"]) out.push(relative2(cwd, join2(dir, n)) || n);
    if (dir === stop || !dir.startsWith(stop + sep2)) break;
    dir = dirname(dir);
  }
  if (!out.includes(".tollgate.yaml")) out.push(".tollgate.yaml", ".tollgate.yml");
  return out;
}
function readCodeowners(root) {
  for (const p of [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"]) {
    const abs = join2(root, p);
    if (existsSync(abs)) return { file: p, text: readFileSync2(abs, "utf8") };
  }
  return void 0;
}
function repoRoot(configFile, cwd) {
  if (configFile) return dirname(configFile);
  let dir = resolve2(cwd);
  for (let i = 0; i < 64; i++) {
    if (existsSync(join2(dir, ".git"))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return resolve2(cwd);
}
function fileRunContext(config, configFile, cwd) {
  const root = repoRoot(configFile, cwd);
  const codeowners = readCodeowners(root);
  const repoPathOf = (file) => file === "<stdin>" ? file : relative2(root, resolve2(cwd, file)).split(sep2).join("/");
  const namespaceForFile = namespaceForFileFrom(config.namespaces, repoPathOf);
  return {
    origin: "files",
    repoPathOf,
    ...namespaceForFile ? { namespaceForFile } : {},
    ...codeowners ? { codeowners } : {}
  };
}
function readPolicyDir(dir, label) {
  if (!existsSync(dir)) throw new UsageError(`policy directory ${label} not found`);
  return readdirSync2(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort().map((f) => ({ file: `${label}/${f}`, text: readFileSync2(join2(dir, f), "utf8") }));
}
function loadRegistry(config, configFile, cwd, extraDirs = [], builtinDir = join2(packageRoot(), "policies")) {
  const texts = readPolicyDir(builtinDir, "policies");
  const base = configFile ? dirname(configFile) : cwd;
  config.policies.forEach((d, i) => {
    const dir = resolve2(base, d);
    if (configFile && !existsSync(dir)) {
      const at = config.source?.locate(`/policies/${i}`);
      throw new ConfigInvalid(relative2(cwd, configFile) || configFile, [{ field: `policies[${i}]`, message: `policy directory ${d} not found (${dir}; relative to the config file)`, ...at ? { line: at.line, column: at.column } : {} }]);
    }
    texts.push(...readPolicyDir(dir, d));
  });
  for (const d of extraDirs) texts.push(...readPolicyDir(resolve2(cwd, d), d));
  return buildRegistry(texts);
}
var init_config2 = __esm({
  "src/workspace/config.ts"() {
    "use strict";
    init_config();
    init_yaml();
    init_paths();
    init_registry();
    init_files();
  }
});

// src/workspace/base.ts
import { spawnSync } from "node:child_process";
import { existsSync as existsSync2, mkdirSync, mkdtempSync, rmSync, statSync as statSync3, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname2, isAbsolute, join as join3, posix, relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";
function git(args, cwd, input) {
  const r = spawnSync("git", args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  if (r.error) throw new UsageError(`--base ${args.join(" ")}: git is not available (${r.error.message})`);
  if (r.status !== 0) throw new UsageError(`git ${args.join(" ")} failed: ${r.stderr.toString().trim().split("\n")[0]}`);
  return r.stdout;
}
function openBase(base, paths2, cwd, headFiles) {
  const asDir = resolve3(cwd, base);
  const given = paths2.filter((p) => p !== "-").map((p) => isAbsolute(p) ? relative3(cwd, p) : p);
  let opened;
  if (existsSync2(asDir) && statSync3(asDir).isDirectory()) {
    const existing = given.filter((p) => existsSync2(join3(asDir, p)));
    const single = given.length === 1 ? given[0] : void 0;
    if (existing.length > 0 || single === void 0 || !statSync3(resolve3(cwd, single)).isDirectory() || resolve3(cwd, single) === resolve3(cwd)) {
      opened = { files: collectFiles(existing, asDir).files, cwd: asDir, description: `${base} as the checkout root`, dispose: () => {
      } };
    } else {
      const tmp = mkdtempSync(join3(tmpdir(), "tollgate-base-"));
      const link = join3(tmp, single);
      mkdirSync(dirname2(link), { recursive: true });
      symlinkSync(asDir, link, "dir");
      opened = { files: collectFiles([single], tmp).files, cwd: tmp, description: `${base} as the base of ${single}`, dispose: () => rmSync(tmp, { recursive: true, force: true }) };
    }
  } else {
    const tmp = mkdtempSync(join3(tmpdir(), "tollgate-rev-"));
    try {
      const prefix = writeRevision(base, given.length > 0 ? given : ["."], cwd, tmp);
      const root = join3(tmp, prefix);
      mkdirSync(root, { recursive: true });
      const existing = given.filter((p) => existsSync2(join3(root, p)));
      opened = { files: collectFiles(existing, root).files, cwd: root, description: `git revision ${base}`, dispose: () => rmSync(tmp, { recursive: true, force: true }) };
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
  }
  const headNames = new Set(headFiles.map((f) => f.file));
  const shared = opened.files.filter((f) => headNames.has(f.file)).length;
  return shared === 0 && headFiles.length > 0 ? { ...opened, warning: `--base ${base} holds none of the ${headFiles.length} checked file${headFiles.length === 1 ? "" : "s"}; every object counts as new. Give the checkout root or the base version of the checked folder.` } : opened;
}
function writeRevision(rev, paths2, cwd, dest) {
  const check = spawnSync("git", ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd });
  if (check.status !== 0) throw new UsageError(`--base ${rev}: not a directory and not a git revision in ${cwd}`);
  const prefix = git(["rev-parse", "--show-prefix"], cwd).toString().trim();
  const specs = paths2.map((p) => relative3(cwd, resolve3(cwd, p)).split(sep3).join("/") || ".");
  const listed = git(["ls-tree", "-r", "-z", "--full-name", "--name-only", rev, "--", ...specs], cwd).toString().split("\0").filter((n) => n !== "" && !n.split("/").some((seg) => seg === ".." || seg === "node_modules" || seg === ".git"));
  const renderRoots = new Set(listed.filter((n) => /(^|\/)(kustomization\.ya?ml|Kustomization|Chart\.ya?ml)$/.test(n)).map((n) => posix.dirname(n)));
  const underRoot = (n) => {
    for (let d = posix.dirname(n); ; d = posix.dirname(d)) {
      if (renderRoots.has(d)) return true;
      if (d === "." || d === "/" || d === "") return false;
    }
  };
  const wanted = listed.filter((n) => MANIFEST_EXTENSIONS.has(posix.extname(n).toLowerCase()) || underRoot(n));
  if (wanted.length === 0) return prefix;
  const out = git(["cat-file", "--batch"], cwd, wanted.map((n) => `${rev}:${n}`).join("\n") + "\n");
  let pos = 0;
  for (const name2 of wanted) {
    const nl = out.indexOf(10, pos);
    const m = /^\S+ (\w+) (\d+)$/.exec(out.subarray(pos, nl).toString());
    pos = nl + 1;
    if (!m) continue;
    const size = Number(m[2]);
    if (m[1] === "blob") {
      const target = join3(dest, ...name2.split("/"));
      mkdirSync(dirname2(target), { recursive: true });
      writeFileSync(target, out.subarray(pos, pos + size));
    }
    pos += size + 1;
  }
  return prefix;
}
var init_base = __esm({
  "src/workspace/base.ts"() {
    "use strict";
    init_files();
  }
});

// src/workspace/mapping.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join4, relative as relative4, resolve as resolve4, sep as sep4 } from "node:path";
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
function findObject(src, kind, name2) {
  const values = src.docs.map((d) => d.toJS({ maxAliasCount: 100 }));
  const sameKind = src.docs.filter((_, i) => kindOf(values[i]) === kind);
  const exact = sameKind.find((d) => nameOf2(d.toJS({ maxAliasCount: 100 })) === name2);
  if (exact) return exact;
  const within = sameKind.filter((d) => {
    const n = nameOf2(d.toJS({ maxAliasCount: 100 }));
    return n !== void 0 && name2 !== void 0 && name2.includes(n);
  });
  if (within.length === 1) return within[0];
  return sameKind.length === 1 ? sameKind[0] : void 0;
}
function locateExact(doc, lc, pointer, rendered) {
  let node = doc.contents;
  let value = rendered;
  let range;
  for (const token of splitPointer(pointer)) {
    if ((0, import_yaml6.isMap)(node)) {
      const pair2 = node.items.find((p) => (0, import_yaml6.isPair)(p) && (0, import_yaml6.isScalar)(p.key) && String(p.key.value) === token);
      if (!pair2) return void 0;
      range = pair2.key?.range ?? void 0;
      node = pair2.value;
      value = isRecord(value) ? value[token] : void 0;
    } else if ((0, import_yaml6.isSeq)(node)) {
      const i = Number(token);
      const item = Array.isArray(value) ? value[i] : void 0;
      const want = nameOf2({ metadata: item }) ?? (isRecord(item) && typeof item.name === "string" ? item.name : void 0);
      const found = want !== void 0 ? node.items.find((n) => (0, import_yaml6.isMap)(n) && n.items.some((p) => (0, import_yaml6.isPair)(p) && (0, import_yaml6.isScalar)(p.key) && p.key.value === "name" && (0, import_yaml6.isScalar)(p.value) && p.value.value === want)) : node.items[i];
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
function kustomizeDocument(value, index, wrapperDir, overlayFile, ctx) {
  const { origin, transformations } = stripAnnotations(value);
  const originPath = origin ? pathField(origin) : void 0;
  const originFile = originPath ? resolve4(wrapperDir, originPath) : overlayFile;
  const patchKustomizations = transformations ? configuredIn(transformations).map((p) => resolve4(wrapperDir, p)) : [];
  const kind = kindOf(value);
  const name2 = nameOf2(value);
  const sourceDoc = () => {
    const src = ctx.sources.get(originFile);
    const doc = src ? findObject(src, kind, name2) : void 0;
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
          const p = locateInPatch(ctx.sources.get(patch), kind, name2, pointer, value);
          if (p) return { ...p, file: shown(ctx.cwd, patch) };
        }
      }
      if (s) return locateInDocument(s.doc, s.lc, pointer);
      return { line: 1, column: 1 };
    }
  };
}
function locateInPatch(src, kind, name2, pointer, rendered) {
  if (!src) return void 0;
  for (const doc of src.docs) {
    const v = doc.toJS({ maxAliasCount: 100 });
    if (Array.isArray(v) && (0, import_yaml6.isSeq)(doc.contents)) {
      const i = v.findIndex((op) => isRecord(op) && typeof op.path === "string" && (pointer === op.path || pointer.startsWith(op.path + "/")));
      if (i >= 0) {
        const item = doc.contents.items[i];
        if (item?.range) return rangePosition(src.lc, item.range);
      }
      continue;
    }
    if (kindOf(v) !== kind) continue;
    const n = nameOf2(v);
    if (n !== void 0 && name2 !== void 0 && !name2.includes(n)) continue;
    const p = locateExact(doc, src.lc, pointer, rendered);
    if (p) return p;
  }
  return void 0;
}
function pathField(text) {
  try {
    const v = (0, import_yaml6.parse)(text);
    if (isRecord(v) && typeof v.path === "string") return v.path;
    if (isRecord(v) && isRecord(v.configuredIn) && typeof v.configuredIn === "string") return v.configuredIn;
    if (isRecord(v) && typeof v.configuredIn === "string") return v.configuredIn;
  } catch {
  }
  return void 0;
}
function configuredIn(text) {
  try {
    const v = (0, import_yaml6.parse)(text);
    if (!Array.isArray(v)) return [];
    return [...new Set(v.filter((t) => isRecord(t) && typeof t.configuredIn === "string" && isRecord(t.configuredBy) && String(t.configuredBy.kind).includes("Patch")).map((t) => t.configuredIn))];
  } catch {
    return [];
  }
}
function helmSourceFile(chartDir, source2) {
  const parts = source2.split("/");
  const file = join4(chartDir, ...parts.slice(1));
  return file.startsWith(chartDir + sep4) ? file : join4(chartDir, "Chart.yaml");
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
      const key2 = new RegExp(`^(\\s*)(- )?["']?${token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`);
      for (let i = start; i < end; i++) {
        const m = key2.exec(lines[i]);
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
var import_yaml6, ORIGIN, TRANSFORMATIONS, SourceFiles, nameOf2, kindOf, shown, INDENT, blankOrDirective;
var init_mapping = __esm({
  "src/workspace/mapping.ts"() {
    "use strict";
    import_yaml6 = __toESM(require_dist(), 1);
    init_types();
    init_locate();
    ORIGIN = "config.kubernetes.io/origin";
    TRANSFORMATIONS = "alpha.config.kubernetes.io/transformations";
    SourceFiles = class {
      cache = /* @__PURE__ */ new Map();
      get(abs) {
        if (!this.cache.has(abs)) {
          try {
            const lc = new import_yaml6.LineCounter();
            const docs = (0, import_yaml6.parseAllDocuments)(readFileSync3(abs, "utf8"), { lineCounter: lc });
            this.cache.set(abs, Array.isArray(docs) ? { docs, lc } : void 0);
          } catch {
            this.cache.set(abs, void 0);
          }
        }
        return this.cache.get(abs);
      }
      text(abs) {
        try {
          return readFileSync3(abs, "utf8");
        } catch {
          return void 0;
        }
      }
    };
    nameOf2 = (v) => isRecord(v) && isRecord(v.metadata) && typeof v.metadata.name === "string" ? v.metadata.name : void 0;
    kindOf = (v) => isRecord(v) && typeof v.kind === "string" ? v.kind : void 0;
    shown = (cwd, abs) => {
      const rel = relative4(cwd, abs);
      return (rel === "" ? "." : rel.startsWith("..") ? abs : rel).split(sep4).join("/");
    };
    INDENT = /^(\s*)(- )?/;
    blankOrDirective = (l) => /^\s*(#.*)?$/.test(l) || /^\s*\{\{[^}]*\}\}\s*$/.test(l);
  }
});

// src/workspace/render.ts
import { execFile } from "node:child_process";
import { accessSync, constants, existsSync as existsSync3, mkdirSync as mkdirSync2, mkdtempSync as mkdtempSync2, rmSync as rmSync2, statSync as statSync4, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { delimiter, join as join5, relative as relative5, resolve as resolve5 } from "node:path";
function executable(p) {
  try {
    accessSync(p, constants.X_OK);
    return statSync4(p).isFile();
  } catch {
    return false;
  }
}
function onPath(name2, pathVar) {
  for (const dir of (pathVar ?? "").split(delimiter)) {
    if (dir === "") continue;
    const p = join5(dir, name2);
    if (executable(p)) return p;
  }
  return void 0;
}
function findRenderers(config, configDir, pathVar) {
  const configured = (p) => p !== void 0 && executable(resolve5(configDir, p)) ? resolve5(configDir, p) : void 0;
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
    XDG_CONFIG_HOME: join5(home, "config"),
    XDG_CACHE_HOME: join5(home, "cache"),
    XDG_DATA_HOME: join5(home, "data"),
    HELM_CACHE_HOME: join5(home, "helm-cache"),
    HELM_CONFIG_HOME: join5(home, "helm-config"),
    HELM_DATA_HOME: join5(home, "helm-data"),
    KUSTOMIZE_PLUGIN_HOME: join5(home, "no-plugins"),
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
    execFile(
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
  const tmp = mkdtempSync2(join5(tmpdir2(), "tollgate-kustomize-"));
  try {
    const wrapper = join5(tmp, "wrapper");
    mkdirSync2(wrapper);
    const ref = relative5(wrapper, overlayDir).split("\\").join("/");
    writeFileSync2(
      join5(wrapper, "kustomization.yaml"),
      `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- ${JSON.stringify(ref)}
buildMetadata: [originAnnotations, transformerAnnotations]
`
    );
    const out = await run(r, [wrapper], join5(tmp, "home"), limits);
    return { ...out, wrapperDir: wrapper };
  } finally {
    rmSync2(tmp, { recursive: true, force: true });
  }
}
async function renderHelm(r, rel, limits) {
  const tmp = mkdtempSync2(join5(tmpdir2(), "tollgate-helm-"));
  try {
    const missing = rel.values.find((v) => !existsSync3(v));
    if (missing) return { ok: false, stdout: "", message: `values file ${missing} not found`, milliseconds: 0 };
    const args = [rel.release, rel.chartDir, ...rel.namespace ? ["--namespace", rel.namespace] : [], ...rel.values.flatMap((v) => ["--values", v])];
    return await run(r, args, join5(tmp, "home"), limits);
  } finally {
    rmSync2(tmp, { recursive: true, force: true });
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
var init_render = __esm({
  "src/workspace/render.ts"() {
    "use strict";
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
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform2 = navigator.platform.toLowerCase();
        return platform2 === "win32" || platform2 === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
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
      let str2 = input;
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
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
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
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
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
      const source2 = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source2}*`;
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
      const push3 = (tok) => {
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
        push3({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push3({ type: "paren", extglob: true, value: advance(), output });
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
          push3({ type: "paren", extglob: true, value, output: "" });
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
        push3({ type: "paren", extglob: true, value, output });
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
            push3({ type: "text", value });
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
            push3({ type: "text", value });
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
            push3({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push3({ type: "paren", value });
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
          push3({ type: "paren", value, output: state.parens ? ")" : "\\)" });
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
          push3({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push3({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push3({ type: "text", value, output: `\\${value}` });
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
          push3(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push3({ type: "text", value, output: value });
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
          push3({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push3({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push3({ type: "comma", value, output });
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
          push3({ type: "slash", value, output: SLASH_LITERAL });
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
            push3({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push3({ type: "dot", value, output: DOT_LITERAL });
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
            push3({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push3({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push3({ type: "qmark", value, output: QMARK });
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
            push3({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push3({ type: "plus", value });
            continue;
          }
          push3({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push3({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push3({ type: "text", value });
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
          push3({ type: "text", value });
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
            push3({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push3({ type: "star", value, output: "" });
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
            push3({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push3({ type: "slash", value: "/", output: "" });
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
          push3(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push3(token);
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
        push3(token);
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
        push3({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
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
      const create = (str2) => {
        switch (str2) {
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
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source3 = create(match[1]);
            if (!source3) return;
            return source3 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source2 = create(output);
      if (source2 && opts.strictSlashes !== true) {
        source2 += `${SLASH_LITERAL}?`;
      }
      return source2;
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
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
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
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
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
      let source2 = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source2 = `^(?!${source2}).*$`;
      }
      const regex = picomatch2.toRegex(source2, options);
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
    picomatch2.toRegex = (source2, options) => {
      try {
        const opts = options || {};
        return new RegExp(source2, opts.flags || (opts.nocase ? "i" : ""));
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

// src/workspace/kustomization.ts
import { existsSync as existsSync4, readFileSync as readFileSync4, statSync as statSync5 } from "node:fs";
import { dirname as dirname3, join as join6, resolve as resolve6, sep as sep5 } from "node:path";
function kustomizationFileIn(dir) {
  for (const n of KUSTOMIZATION_NAMES) {
    const p = join6(dir, n);
    if (existsSync4(p) && statSync5(p).isFile()) return p;
  }
  return void 0;
}
function isRemoteReference(ref) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || /^git@/.test(ref) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(ref) || /[?&]ref=/.test(ref) || /\.git(\/\/|$)/.test(ref);
}
function readKustomization(file) {
  const dir = dirname3(file);
  const empty = { file, dir, kustomizations: [], resourceFiles: [], patchFiles: [], remote: [], unsupported: [] };
  let value;
  try {
    value = (0, import_yaml7.parse)(readFileSync4(file, "utf8"), { maxAliasCount: 100 });
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
    const abs = resolve6(dir, ref);
    if (!existsSync4(abs)) continue;
    if (statSync5(abs).isDirectory()) kustomizations.push(abs);
    else if (abs.startsWith(dir + sep5)) resourceFiles.push(abs);
  }
  const patchFiles = [
    ...strings(value.patchesStrategicMerge).filter((p) => !p.includes("\n")),
    ...paths(value.patches),
    ...paths(value.patchesJson6902)
  ].map((p) => resolve6(dir, p)).filter((p) => p.startsWith(dir + sep5));
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
var import_yaml7, KUSTOMIZATION_NAMES, strings, paths;
var init_kustomization = __esm({
  "src/workspace/kustomization.ts"() {
    "use strict";
    import_yaml7 = __toESM(require_dist(), 1);
    init_types();
    KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
    strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
    paths = (v) => Array.isArray(v) ? v.flatMap((x) => typeof x === "string" ? [x] : isRecord(x) && typeof x.path === "string" ? [x.path] : []) : [];
  }
});

// src/workspace/units.ts
import { basename, dirname as dirname4, join as join7, relative as relative6, resolve as resolve7, sep as sep6 } from "node:path";
import { readFileSync as readFileSync5 } from "node:fs";
function discoverUnits(files, options) {
  const { cwd } = options;
  const abs = (f) => f.file === "<stdin>" ? join7(cwd, "<stdin>") : resolve7(cwd, f.file);
  const display = (a) => {
    const rel = relative6(cwd, a);
    return (rel === "" ? "." : rel.startsWith("..") ? a : rel).split(sep6).join("/");
  };
  const dirs = new Set(files.map((f) => dirname4(abs(f))));
  const byDir = /* @__PURE__ */ new Map();
  const pending = [];
  for (const d of dirs) {
    const k = kustomizationFileIn(d);
    if (k) pending.push(k);
  }
  const inRun = new Set(pending.map((k) => dirname4(k)));
  while (pending.length > 0) {
    const file = pending.pop();
    if (byDir.has(dirname4(file))) continue;
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
  const chartDirs = [...new Set(files.filter((f) => isChartName(basename(f.file))).map((f) => dirname4(abs(f))))].sort();
  const topCharts = chartDirs.filter((d) => !chartDirs.some((o) => o !== d && d.startsWith(o + sep6)));
  const underChart = (a) => topCharts.some((c2) => a.startsWith(c2 + sep6));
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
    units.push({ ...none, name: display(d), kind: "kustomize", dir: d, kustomizations: chain, ...envOf(setting, basename(d)), ...setting ? { setting } : {} });
  }
  for (const d of topCharts) {
    const setting = settingFor(d);
    units.push({ ...none, name: display(d), kind: "helm", dir: d, ...setting?.environment ? { environment: setting.environment } : {}, ...setting ? { setting } : {} });
  }
  const plain = files.filter((f) => {
    const a = abs(f);
    if (isKustomizationName(basename(a)) || isChartName(basename(a))) return false;
    return !claimed.has(a) && !kustomizeDirs.has(dirname4(a)) && !underChart(a) && !topCharts.includes(dirname4(a));
  });
  if (plain.length === 0) return units;
  const loaded2 = loadFiles(plain);
  const docsByFile = groupBy(loaded2.documents, (d) => d.file ?? "");
  const problemsByFile = groupBy(loaded2.problems, (p) => p.file);
  let rest = plain;
  const candidates = [...new Set(plain.flatMap((f) => ancestors(dirname4(abs(f)), cwd)))].sort();
  for (const d of candidates) {
    const setting = settingFor(d);
    if (!setting) continue;
    const mine = rest.filter((f) => abs(f).startsWith(d + sep6));
    if (mine.length === 0) continue;
    rest = rest.filter((f) => !mine.includes(f));
    units.push(plainUnit(display(d), d, mine, docsByFile, problemsByFile, setting.environment, setting));
  }
  if (rest.length === 0) return units;
  const identities = /* @__PURE__ */ new Map();
  for (const f of rest) {
    const objs = objectsFromDocuments(docsByFile.get(f.file) ?? []).objects;
    identities.set(f.file, objs.filter((o) => o.metadata.name !== void 0).map((o) => `${group2(o.apiVersion)}|${o.kind}|${o.metadata.namespace ?? ""}|${o.metadata.name}`));
  }
  const root = commonDir(rest.map((f) => dirname4(abs(f))));
  const childrenOf = (dir, list) => groupBy(list.filter((f) => dirname4(abs(f)) !== dir), (f) => relative6(dir, abs(f)).split(sep6)[0]);
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
    return siblingsShare(children) || [...children].some(([child, childFiles]) => needsSplit(join7(dir, child), childFiles));
  };
  const split = (dir, list, environment) => {
    if (!needsSplit(dir, list)) {
      units.push(plainUnit(display(dir), dir, list, docsByFile, problemsByFile, environment));
      return;
    }
    const own = list.filter((f) => dirname4(abs(f)) === dir);
    if (own.length > 0) units.push(plainUnit(display(dir), dir, own, docsByFile, problemsByFile, environment));
    const children = childrenOf(dir, list);
    const environments = siblingsShare(children);
    for (const [child, childFiles] of children) split(join7(dir, child), childFiles, environments ? child : environment);
  };
  split(root, rest, void 0);
  return units;
}
function plainUnit(name2, dir, files, docs, problems, environment, setting) {
  return {
    name: name2,
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
  const visit2 = (d) => {
    if (seen.has(d)) return;
    seen.add(d);
    const k = byDir.get(d);
    if (!k) return;
    out.push(k);
    for (const c2 of k.kustomizations) visit2(c2);
  };
  visit2(dir);
  return out;
}
function unrenderedFiles(chain) {
  const out = /* @__PURE__ */ new Map();
  const byDir = new Map(chain.map((k) => [k.dir, k]));
  const visit2 = (k, namespace, seen) => {
    if (seen.has(k.dir)) return;
    seen.add(k.dir);
    const ns = namespace ?? k.namespace;
    for (const f of k.resourceFiles) if (!out.has(f)) out.set(f, ns);
    for (const d of k.kustomizations) {
      const inner = byDir.get(d);
      if (inner) visit2(inner, ns, seen);
    }
  };
  if (chain[0]) visit2(chain[0], void 0, /* @__PURE__ */ new Set());
  return [...out].map(([file, namespace]) => ({ file, ...namespace ? { namespace } : {} }));
}
function readInputFile(absPath, shown3) {
  return { file: shown3, read: () => readFileSync5(absPath) };
}
function group2(apiVersion) {
  const i = apiVersion.indexOf("/");
  return i === -1 ? "" : apiVersion.slice(0, i);
}
function ancestors(dir, stop) {
  const out = [];
  let d = dir;
  for (let i = 0; i < 64; i++) {
    out.push(d);
    if (d === stop || !d.startsWith(stop + sep6)) break;
    d = dirname4(d);
  }
  return out;
}
function commonDir(dirs) {
  let common = dirs[0];
  for (const d of dirs) {
    while (common !== d && !d.startsWith(common.endsWith(sep6) ? common : common + sep6)) {
      const up = dirname4(common);
      if (up === common) return common;
      common = up;
    }
  }
  return common;
}
function groupBy(items, key2) {
  const m = /* @__PURE__ */ new Map();
  for (const t of items) {
    const k = key2(t);
    const l = m.get(k);
    if (l) l.push(t);
    else m.set(k, [t]);
  }
  return m;
}
var import_picomatch, isKustomizationName, isChartName;
var init_units2 = __esm({
  "src/workspace/units.ts"() {
    "use strict";
    import_picomatch = __toESM(require_picomatch2(), 1);
    init_check();
    init_objects();
    init_kustomization();
    isKustomizationName = (n) => KUSTOMIZATION_NAMES.includes(n);
    isChartName = (n) => n === "Chart.yaml" || n === "Chart.yml";
  }
});

// src/workspace/load.ts
import { basename as basename2, join as join8, relative as relative7, resolve as resolve8, sep as sep7 } from "node:path";
async function loadWorkspace(input) {
  const plans2 = discoverUnits(input.files, { cwd: input.cwd, repoPathOf: input.repoPathOf, ...input.config.units ? { units: input.config.units } : {} });
  const renderers = input.render === false ? {} : findRenderers(input.configRenderers === false ? void 0 : input.config.renderers, input.configDir, input.pathVar ?? process.env.PATH);
  const limits = {
    timeoutMs: (input.config.renderers?.timeoutSeconds ?? 60) * 1e3,
    parallel: input.config.renderers?.parallel ?? 4
  };
  const sources = new SourceFiles();
  let renderMs = 0;
  let renders = 0;
  const spans = [];
  const jobs = plans2.map((plan) => async () => {
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
  const loaded2 = loadFiles(files);
  return { documents: loaded2.documents, problems: loaded2.problems, fileCount: files.length, ...namespaces.size > 0 ? { namespaceForFile: (f) => namespaces.get(f) } : {} };
}
async function helmUnit(plan, renderers, limits, input, sources, t) {
  const chartFile = shown2(input.cwd, join8(plan.dir, "Chart.yaml"));
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
  const release = plan.setting?.release ?? releaseName(basename2(plan.dir));
  const values = (plan.setting?.values ?? []).map((v) => resolve8(plan.dir, v));
  const outside = values.find((v) => !v.startsWith(plan.dir + sep7) && !v.startsWith(input.configDir + sep7));
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
    const source2 = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim();
    let value;
    try {
      value = (0, import_yaml8.parse)(chunk, { maxAliasCount: 100 });
    } catch {
      continue;
    }
    if (!isRecord(value) || source2 === void 0) continue;
    const file = helmSourceFile(plan.dir, source2);
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
      const v = (0, import_yaml8.parse)(chunk, { maxAliasCount: 100 });
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
var import_yaml8, shown2;
var init_load = __esm({
  "src/workspace/load.ts"() {
    "use strict";
    import_yaml8 = __toESM(require_dist(), 1);
    init_types();
    init_check();
    init_mapping();
    init_render();
    init_units2();
    shown2 = (cwd, abs) => {
      const rel = relative7(cwd, abs);
      return (rel === "" ? "." : rel.startsWith("..") ? abs : rel).split(sep7).join("/");
    };
  }
});

// src/workspace/session.ts
import { dirname as dirname5 } from "node:path";
async function openSession(input) {
  const collected = collectFiles(input.paths, input.cwd, input.stdin);
  const configDir = input.configFile ? dirname5(input.configFile) : input.cwd;
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
var init_session = __esm({
  "src/workspace/session.ts"() {
    "use strict";
    init_base();
    init_files();
    init_load();
  }
});

// src/cli/usage.ts
import { writeFileSync as writeFileSync3 } from "node:fs";
import { dirname as dirname6 } from "node:path";
function requireManifests(found, paths2, allowEmpty) {
  if (allowEmpty || found.files.length > 0 || found.problems.length > 0) return;
  const where = paths2.map((p) => p === "-" ? "stdin" : p).join(", ");
  throw new UsageError(`no manifest (.yaml, .yml or .json file) found in ${where}; check the path, or pass --allow-empty if none is expected`);
}
function writeOutput(file, text) {
  try {
    writeFileSync3(file, text);
  } catch (e) {
    const code = e.code;
    throw new UsageError(`--output ${file}: ${code === "ENOENT" ? `directory ${dirname6(file)} does not exist` : errnoText(e)}`);
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
var init_usage = __esm({
  "src/cli/usage.ts"() {
    "use strict";
    init_files2();
  }
});

// src/reporters/cost-text.ts
var cost_text_exports = {};
__export(cost_text_exports, {
  change: () => change,
  coverage: () => coverage,
  formatCostText: () => formatCostText,
  nodesSummary: () => nodesSummary,
  table: () => table
});
function table(rows, align) {
  const widths = align.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map((r) => r.map((cell2, i) => align[i] === "right" ? cell2.padStart(widths[i]) : cell2.padEnd(widths[i])).join("  ").trimEnd()).join("\n");
}
function change(delta, base) {
  if (Math.abs(delta) < 5e-3) return "no change";
  const pct = percentChange(base, delta);
  return `${delta > 0 ? "+" : "-"}${usd2(Math.abs(delta))}${pct === void 0 ? "" : ` (${delta > 0 ? "+" : ""}${pct.toFixed(1)} %)`}`;
}
function nodesSummary(p) {
  if (p.nodes.length === 0) return "no nodes";
  return p.nodes.map((n) => `${n.count} \xD7 ${n.instanceType}${n.role === "node" ? "" : ` ${n.role}`}${n.pool === "gpu" ? " GPU" : ""} ${n.arch === "arm64" ? "arm64" : "amd64"}${n.lowerBound === void 0 ? "" : ` (lower bound ${n.lowerBound})`}`).join(" + ");
}
function volumeClassRows(ps) {
  if (!ps.some((p) => p.volumes.byClass.length > 1)) return [];
  const kinds = [...new Set(ps.flatMap((p) => p.volumes.byClass.map((c2) => c2.kind)))];
  return kinds.map((k) => [`  ${k}`, ...ps.map((p) => {
    const c2 = p.volumes.byClass.find((x) => x.kind === k);
    return c2 ? `${c2.gb} GB = ${usd2(c2.monthly)}` : "";
  })]);
}
function formatCostText(report, options = {}) {
  const platforms = report.platforms.map((p) => p.platform);
  const ps = report.platforms;
  const out = [];
  out.push(`Monthly cost estimate \u2014 ${report.hoursPerMonth} hours/month, ${report.currency}, list prices of ${report.prices.snapshotDate}`);
  out.push("");
  const head = ["", ...ps.map((p) => `${PLATFORM_LABEL[p.platform]} ${p.region}`)];
  const rows = [
    head,
    ["Control plane", ...ps.map((p) => usd2(p.controlPlane))],
    ["Nodes", ...ps.map((p) => usd2(p.nodes.reduce((s, n) => s + n.monthly, 0)))],
    ["", ...ps.map(nodesSummary)],
    ["Load balancers", ...ps.map((p) => `${p.loadBalancers.count} \xD7 ${usd2(p.loadBalancers.count === 0 ? 0 : p.loadBalancers.monthly / p.loadBalancers.count)} = ${usd2(p.loadBalancers.monthly)}`)],
    ["Volumes", ...ps.map((p) => `${p.volumes.gb} GB = ${usd2(p.volumes.monthly)}`)],
    ...volumeClassRows(ps),
    ["NAT gateways", ...ps.map((p) => usd2(p.nat.monthly))],
    ["Public IPv4", ...ps.map((p) => `${p.publicIpv4.count} \xD7 ${usd2(p.publicIpv4.count === 0 ? 0 : p.publicIpv4.monthly / p.publicIpv4.count)} = ${usd2(p.publicIpv4.monthly)}`)],
    ...ps.some((p) => p.cpuCredits.monthly > 0) ? [["CPU credits", ...ps.map((p) => usd2(p.cpuCredits.monthly))]] : [],
    ["Total", ...ps.map((p) => usd2(p.monthly))],
    ["At HPA maximum", ...ps.map((p) => usd2(p.monthlyAtMax))]
  ];
  if (report.diff) {
    rows.push(["Base", ...ps.map((p) => usd2(p.base ?? 0))], ["Change", ...ps.map((p) => change(p.delta ?? 0, p.base ?? 0))]);
  }
  rows.push(
    ["Node cost: workloads", ...ps.map((p) => usd2(p.allocation.workloads))],
    ["  system", ...ps.map((p) => usd2(p.allocation.system))],
    ["  idle", ...ps.map((p) => usd2(p.allocation.idle))]
  );
  out.push(table(rows, ["left", ...ps.map(() => "right")]));
  for (const ch of report.changes ?? []) {
    out.push("", `${PLATFORM_LABEL[ch.platform]}: ${usd2(ch.base)} \u2192 ${usd2(ch.head)} (${signedUsd(ch.delta)})`);
    out.push(table([
      ["Line item", "Base", "Head", "Change"],
      ...ch.lines.filter((l) => l.base !== l.head || l.delta !== 0).map((l) => [l.item, l.base, l.head, l.delta === 0 ? "" : signedUsd(l.delta)])
    ], ["left", "left", "left", "right"]));
    if (ch.why.length > 0) {
      out.push("Why:");
      out.push(table([...ch.why.map((w) => [`  ${signedUsd(w.delta)}`, w.what]), [`= ${signedUsd(ch.delta)}`, ""]], ["right", "left"]));
    }
  }
  out.push("", "By namespace");
  out.push(table([
    ["Namespace", ...platforms.map((p) => PLATFORM_LABEL[p]), ...report.diff ? platforms.map((p) => `${PLATFORM_LABEL[p]} change`) : []],
    ...report.namespaces.map((n) => [
      (n.namespace ?? "(no namespace)") + (n.team ? ` (${n.team})` : ""),
      ...money2(n.monthly, platforms),
      ...report.diff ? platforms.map((p) => change(n.delta?.[p] ?? 0, n.base?.[p] ?? 0)) : []
    ]),
    ...report.shared.map((sh) => [
      `(shared) ${sh.name}`,
      ...money2(sh.monthly, platforms),
      ...report.diff ? platforms.map((p) => change(sh.delta?.[p] ?? 0, sh.base?.[p] ?? 0)) : []
    ])
  ], ["left", ...platforms.map(() => "right"), ...report.diff ? platforms.map(() => "right") : []]));
  out.push(coverage(report));
  if (report.teams && report.teams.length > 0) {
    out.push("", "By team");
    out.push(table(
      [["Team", ...platforms.map((p) => PLATFORM_LABEL[p])], ...report.teams.map((t) => [t.team, ...money2(t.monthly, platforms)])],
      ["left", ...platforms.map(() => "right")]
    ));
  }
  const top = options.top ?? 50;
  const sorted = [...report.workloads].sort((a, b) => (b.monthly[platforms[0]] ?? 0) - (a.monthly[platforms[0]] ?? 0));
  out.push("", "By workload");
  out.push(table([
    ["Workload", "Replicas", "CPU", "Memory", ...platforms.map((p) => PLATFORM_LABEL[p])],
    ...sorted.slice(0, top).map((w) => [
      `${w.kind} ${w.namespace ?? "(no namespace)"}/${w.name}`,
      w.replicas === null ? "per node" : w.replicasMax !== void 0 ? `${w.replicas}\u2013${w.replicasMax}` : String(w.replicas),
      formatCpu(w.cpu),
      formatMemory(w.memory),
      ...money2(w.monthly, platforms)
    ])
  ], ["left", "right", "right", "right", ...platforms.map(() => "right")]));
  if (sorted.length > top) out.push(`\u2026 and ${sorted.length - top} more workloads`);
  if (report.batch.length > 0) {
    out.push("", "Jobs and CronJobs (not always on; cost per hour of a run)");
    out.push(table([
      ["Workload", "Pods", "CPU", "Memory", ...platforms.map((p) => `${PLATFORM_LABEL[p]}/hour`)],
      ...report.batch.map((b) => [
        `${b.kind} ${b.namespace ?? "(no namespace)"}/${b.name}`,
        String(b.pods),
        formatCpu(b.cpu),
        formatMemory(b.memory),
        ...platforms.map((p) => b.nodes[p] === "does not fit" ? "does not fit" : `${usd2(b.hourly[p] ?? 0)} (${b.nodes[p]})`)
      ])
    ], ["left", "right", "right", "right", ...platforms.map(() => "right")]));
  }
  if (report.idleSlots.length > 0) {
    out.push("", "Idle blue-green slots (included above)");
    for (const s of report.idleSlots) {
      out.push(`  ${s.kind} ${s.namespace ?? "(no namespace)"}/${s.name}: ${s.description} \u2014 ${platforms.map((p) => `${PLATFORM_LABEL[p]} ${usd2(s.monthly[p] ?? 0)}`).join(", ")}`);
    }
  }
  for (const p of ps) {
    for (const u of p.unpackable) out.push("", `Not placed on ${PLATFORM_LABEL[p.platform]}: ${u.kind} ${u.namespace ?? ""}/${u.name} \u2014 ${u.reason}`);
    for (const u of p.unpriced) out.push("", `Not priced on ${PLATFORM_LABEL[p.platform]}: ${u.kind} ${u.namespace ?? ""}/${u.name} ${u.what} \u2014 ${u.reason}`);
  }
  out.push("", "Assumptions");
  let i = 1;
  const seen = /* @__PURE__ */ new Set();
  for (const a of [...report.assumptions, ...ps.flatMap((p) => p.assumptions)]) {
    if (seen.has(a)) continue;
    seen.add(a);
    out.push(`${String(i++).padStart(3)}. ${a}`);
  }
  return out.join("\n") + "\n";
}
function coverage(report) {
  return report.platforms.map((p) => {
    const covered = report.namespaces.reduce((s, n) => s + Math.round((n.monthly[p.platform] ?? 0) * 100), 0) / 100;
    const pct = p.monthly === 0 ? 100 : covered / p.monthly * 100;
    return `${PLATFORM_LABEL[p.platform]}: namespaces cover ${usd2(covered)} of ${usd2(p.monthly)} (${pct.toFixed(0)} %)` + (report.shared.length > 0 ? "; the shared rows make up the rest" : "");
  }).join(". ") + ".";
}
var signedUsd, money2;
var init_cost_text = __esm({
  "src/reporters/cost-text.ts"() {
    "use strict";
    init_estimate();
    init_diff();
    init_quantity();
    signedUsd = (n) => `${n > 0 ? "+" : n < 0 ? "-" : "\xB1"}${usd2(Math.abs(n))}`;
    money2 = (m, platforms) => platforms.map((p) => usd2(m[p] ?? 0));
  }
});

// src/reporters/cost-markdown.ts
var cost_markdown_exports = {};
__export(cost_markdown_exports, {
  formatCostMarkdown: () => formatCostMarkdown
});
function arrow(delta, base) {
  if (Math.abs(delta) < 5e-3) return "no change";
  const pct = percentChange(base, delta);
  const sign = delta > 0 ? "+" : "\u2212";
  return `${delta > 0 ? "\u25B2" : "\u25BC"} ${sign}${usd2(Math.abs(delta))}${pct === void 0 ? "" : ` (${sign}${Math.abs(pct).toFixed(1)} %)`}`;
}
function headline(report) {
  if (!report.diff) {
    return `Estimated monthly cost: ${report.platforms.map((p) => `**${usd2(p.monthly)}** on ${PLATFORM_LABEL[p.platform]}`).join(", ")}.`;
  }
  const parts = report.platforms.map((p) => {
    const d = p.delta ?? 0;
    if (Math.abs(d) < 5e-3) return `unchanged on ${PLATFORM_LABEL[p.platform]} (${usd2(p.monthly)})`;
    return `${d > 0 ? "increased" : "decreased"} by **${usd2(Math.abs(d))}** on ${PLATFORM_LABEL[p.platform]} (to ${usd2(p.monthly)})`;
  });
  return `Monthly estimate ${parts.join(", ")}.`;
}
function charts(report) {
  const out = [];
  for (const p of report.platforms) {
    const entries = report.diff ? [["base", p.base ?? 0], ["head", p.monthly]] : [
      ["control plane", p.controlPlane],
      ["nodes", p.nodes.reduce((s, n) => s + n.monthly, 0)],
      ["load balancers", p.loadBalancers.monthly],
      ["volumes", p.volumes.monthly],
      ["NAT", p.nat.monthly],
      ["public IPv4", p.publicIpv4.monthly],
      ["CPU credits", p.cpuCredits.monthly]
    ].filter(([, v]) => v > 0);
    if (entries.length === 0) continue;
    const max = Math.max(1, ...entries.map(([, v]) => v));
    out.push(
      "```mermaid",
      "xychart-beta",
      `  title "${PLATFORM_LABEL[p.platform]} (${p.region}): monthly USD"`,
      `  x-axis [${entries.map(([l]) => `"${l}"`).join(", ")}]`,
      `  y-axis "USD per month" 0 --> ${Math.ceil(max * 1.1)}`,
      `  bar [${entries.map(([, v]) => v.toFixed(2)).join(", ")}]`,
      "```",
      ""
    );
  }
  return out;
}
function changeSections(report, top) {
  const out = [];
  for (const ch of report.changes ?? []) {
    out.push(`**${PLATFORM_LABEL[ch.platform]}: ${usd2(ch.base)} \u2192 ${usd2(ch.head)} (${signed(ch.delta)})**`, "");
    out.push("| Line item | Base | Head | Change |", "| --- | --- | --- | ---: |");
    for (const l of ch.lines) {
      if (l.base === l.head && l.delta === 0) continue;
      out.push(`| ${l.item} | ${cell(l.base)} | ${cell(l.head)} | ${l.delta === 0 ? "" : signed(l.delta)} |`);
    }
    out.push("");
    if (ch.why.length > 0) {
      out.push("Why:", "");
      for (const w of ch.why.slice(0, top)) out.push(`- ${signed(w.delta)} ${cell(w.what)}`);
      if (ch.why.length > top) {
        const rest = ch.why.slice(top).reduce((s, w) => s + Math.round(w.delta * 100), 0) / 100;
        out.push(`- ${signed(rest)} ${ch.why.length - top} smaller changes`);
      }
      out.push(`- **= ${signed(ch.delta)}**`, "");
    }
  }
  return out;
}
function render(report, top, withChart) {
  const platforms = report.platforms.map((p) => p.platform);
  const out = ["### Monthly cost", "", headline(report), ""];
  if (report.diff) {
    out.push("| Platform | Base | Change | Head |", "| --- | ---: | ---: | ---: |");
    for (const p of report.platforms) {
      out.push(`| ${PLATFORM_LABEL[p.platform]} (${p.region}) | ${usd2(p.base ?? 0)} | ${arrow(p.delta ?? 0, p.base ?? 0)} | ${usd2(p.monthly)} |`);
    }
  } else {
    out.push("| Platform | Monthly | At HPA max | Nodes |", "| --- | ---: | ---: | --- |");
    for (const p of report.platforms) {
      out.push(`| ${PLATFORM_LABEL[p.platform]} (${p.region}) | ${usd2(p.monthly)} | ${usd2(p.monthlyAtMax)} | ${cell(nodesSummary(p))} |`);
    }
  }
  out.push("");
  if (report.diff) out.push(...changeSections(report, Math.min(top, 10)));
  if (withChart) out.push(...charts(report));
  out.push("<details><summary>Breakdown</summary>", "");
  out.push(`| Line item | ${platforms.map((p) => PLATFORM_LABEL[p]).join(" | ")} |`, `| --- |${platforms.map(() => " ---: |").join("")}`);
  const line = (label, f) => out.push(`| ${label} | ${report.platforms.map((_, i) => f(i)).join(" | ")} |`);
  const ps = report.platforms;
  line("Control plane", (i) => usd2(ps[i].controlPlane));
  line("Nodes", (i) => `${cell(nodesSummary(ps[i]))}: ${usd2(ps[i].nodes.reduce((s, n) => s + n.monthly, 0))}`);
  line("Load balancers", (i) => `${ps[i].loadBalancers.count}: ${usd2(ps[i].loadBalancers.monthly)}`);
  line("Volumes", (i) => `${ps[i].volumes.gb} GB: ${usd2(ps[i].volumes.monthly)}`);
  line("NAT gateways", (i) => usd2(ps[i].nat.monthly));
  line("Public IPv4", (i) => `${ps[i].publicIpv4.count}: ${usd2(ps[i].publicIpv4.monthly)}`);
  if (ps.some((p) => p.cpuCredits.monthly > 0)) line("CPU credits", (i) => usd2(ps[i].cpuCredits.monthly));
  line("Node cost: workloads / system / idle", (i) => `${usd2(ps[i].allocation.workloads)} / ${usd2(ps[i].allocation.system)} / ${usd2(ps[i].allocation.idle)}`);
  line("**Total**", (i) => `**${usd2(ps[i].monthly)}**`);
  out.push("");
  out.push(`| Namespace | ${platforms.map((p) => PLATFORM_LABEL[p]).join(" | ")} |`, `| --- |${platforms.map(() => " ---: |").join("")}`);
  for (const n of report.namespaces.slice(0, top)) {
    out.push(`| ${cell((n.namespace ?? "(no namespace)") + (n.team ? ` (${n.team})` : ""))} | ${platforms.map((p) => usd2(n.monthly[p] ?? 0)).join(" | ")} |`);
  }
  if (report.namespaces.length > top) out.push(`| \u2026 and ${report.namespaces.length - top} more | ${platforms.map(() => "").join(" | ")} |`);
  for (const sh of report.shared) out.push(`| (shared) ${cell(sh.name)} | ${platforms.map((p) => usd2(sh.monthly[p] ?? 0)).join(" | ")} |`);
  out.push("", coverage(report), "");
  const sorted = [...report.workloads].sort((a, b) => (b.monthly[platforms[0]] ?? 0) - (a.monthly[platforms[0]] ?? 0));
  out.push(`| Workload | Replicas | CPU | Memory | ${platforms.map((p) => PLATFORM_LABEL[p]).join(" | ")} |`, `| --- | ---: | ---: | ---: |${platforms.map(() => " ---: |").join("")}`);
  for (const w of sorted.slice(0, top)) {
    const replicas = w.replicas === null ? "per node" : w.replicasMax !== void 0 ? `${w.replicas}\u2013${w.replicasMax}` : String(w.replicas);
    out.push(`| ${wName(w)} | ${replicas} | ${formatCpu(w.cpu)} | ${formatMemory(w.memory)} | ${platforms.map((p) => usd2(w.monthly[p] ?? 0)).join(" | ")} |`);
  }
  if (sorted.length > top) out.push(`| \u2026 and ${sorted.length - top} more | | | | ${platforms.map(() => "").join(" | ")} |`);
  if (report.batch.length > 0) {
    out.push("", "Jobs and CronJobs, per hour of a run (not in the monthly total): " + report.batch.slice(0, top).map((b) => `${wName(b)} ${platforms.map((p) => `${PLATFORM_LABEL[p]} ${b.nodes[p] === "does not fit" ? "does not fit" : `${usd2(b.hourly[p] ?? 0)} (${b.nodes[p]})`}`).join(" / ")}`).join("; ") + (report.batch.length > top ? `; and ${report.batch.length - top} more` : "") + ".");
  }
  if (report.idleSlots.length > 0) {
    out.push("", "Idle blue-green slots (included above): " + report.idleSlots.map((s) => `${wName(s)} \u2014 ${cell(s.description)}: ${platforms.map((p) => `${PLATFORM_LABEL[p]} ${usd2(s.monthly[p] ?? 0)}`).join(" / ")}`).join("; ") + ".");
  }
  for (const p of ps) {
    for (const u of p.unpackable.slice(0, top)) out.push("", `\u26A0\uFE0F Not placed on ${PLATFORM_LABEL[p.platform]}: ${wName(u)} \u2014 ${cell(u.reason)}.`);
    for (const u of p.unpriced.slice(0, top)) out.push("", `\u26A0\uFE0F Not priced on ${PLATFORM_LABEL[p.platform]}: ${wName(u)} ${cell(u.what)} \u2014 ${cell(u.reason)}.`);
  }
  out.push("", "</details>", "");
  const seen = /* @__PURE__ */ new Set();
  const assumptions = [...report.assumptions, ...ps.flatMap((p) => p.assumptions)].filter((a) => seen.has(a) ? false : (seen.add(a), true));
  out.push("<details><summary>Assumptions</summary>", "");
  for (const a of assumptions.slice(0, top * 2)) out.push(`- ${a}`);
  if (assumptions.length > top * 2) out.push(`- \u2026 and ${assumptions.length - top * 2} more (run \`tollgate cost\` for all)`);
  out.push("", "</details>", "");
  out.push(`<sub>${report.hoursPerMonth} hours/month \xB7 ${report.currency} list prices from the snapshot of ${report.prices.snapshotDate} \xB7 EUR\u2192USD ${report.prices.exchangeRate.EURUSD} (${report.prices.exchangeRate.asOf}) \xB7 estimated from requests, not usage</sub>`);
  return out.join("\n") + "\n";
}
function formatCostMarkdown(report, options = {}) {
  const maxBytes = options.maxBytes ?? 2e4;
  let top = options.top ?? 25;
  let text = render(report, top, true);
  while (Buffer.byteLength(text) > maxBytes && top > 1) {
    top = Math.max(1, Math.floor(top / 2));
    text = render(report, top, true);
  }
  return text;
}
var cell, wName, signed;
var init_cost_markdown = __esm({
  "src/reporters/cost-markdown.ts"() {
    "use strict";
    init_estimate();
    init_diff();
    init_quantity();
    init_cost_text();
    cell = (s) => s.replace(/\|/g, "\\|");
    wName = (w) => cell(`${w.kind} ${w.namespace ?? "(no namespace)"}/${w.name}`);
    signed = (n) => `${n > 0 ? "+" : n < 0 ? "\u2212" : "\xB1"}${usd2(Math.abs(n))}`;
  }
});

// src/cli/cost-hook.ts
var cost_hook_exports = {};
__export(cost_hook_exports, {
  combineReports: () => combineReports,
  costForUnits: () => costForUnits,
  costUnitsJson: () => costUnitsJson,
  formatCostUnits: () => formatCostUnits
});
function costForUnits(units, config, options = {}, flag = "--cost") {
  try {
    return units.filter((u) => u.run.objects.length > 0 || (u.run.base?.objects.length ?? 0) > 0).map((u) => ({ unit: u.unit.name, ...u.unit.environment ? { environment: u.unit.environment } : {}, report: costForRun(u.run, config, options) }));
  } catch (e) {
    if (e instanceof CostUnavailable) throw new UsageError(`${flag}: ${e.message}`);
    throw e;
  }
}
function costUnitsJson(reports) {
  if (reports.length === 1) return reports[0].report;
  return combineReports(reports);
}
async function formatCostUnits(reports, format) {
  const { formatCostText: formatCostText2 } = await Promise.resolve().then(() => (init_cost_text(), cost_text_exports));
  const { formatCostMarkdown: formatCostMarkdown2 } = await Promise.resolve().then(() => (init_cost_markdown(), cost_markdown_exports));
  const one = (r) => format === "text" ? formatCostText2(r) : formatCostMarkdown2(r);
  if (reports.length === 1) return one(reports[0].report);
  const details = reports.map((u) => {
    const title = `${u.unit}${u.environment ? ` (environment ${u.environment})` : ""}`;
    return (format === "text" ? `== ${title} ==
` : `### ${title}

`) + one(u.report);
  });
  return [overview(reports, format), ...details].join("\n");
}
function overview(reports, format) {
  const platforms = reports[0].report.platforms.map((p) => p.platform);
  const money3 = (n) => `$${n.toFixed(2)}`;
  const change2 = (n) => `${n >= 0 ? "+" : "\u2212"}$${Math.abs(n).toFixed(2)}`;
  const diff = reports.some((u) => u.report.platforms.some((p) => p.delta !== void 0));
  const label = (p) => p === "k3s" ? p : p.toUpperCase();
  const header = ["Unit", "Environment", ...platforms.flatMap((p) => diff ? [label(p), `${label(p)} change`] : [label(p)])];
  const rows = reports.map((u) => [
    u.unit,
    u.environment ?? "",
    ...platforms.flatMap((name2) => {
      const p = u.report.platforms.find((x) => x.platform === name2);
      return diff ? [money3(p?.monthly ?? 0), change2(p?.delta ?? 0)] : [money3(p?.monthly ?? 0)];
    })
  ]);
  const first = reports[0].report;
  const title = `Monthly cost by unit \u2014 each unit its own cluster; ${first.hoursPerMonth} hours/month, ${first.currency}, list prices of ${first.prices.snapshotDate}`;
  if (format === "markdown") {
    return [`**${title}**`, "", `| ${header.join(" | ")} |`, `|${header.map((_, i) => i < 2 ? "---" : "---:").join("|")}|`, ...rows.map((r) => `| ${r.map((c2) => c2 === "" ? "" : c2.replace(/\|/g, "\\|")).join(" | ")} |`), ""].join("\n");
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c2, i) => i < 2 ? c2.padEnd(widths[i]) : c2.padStart(widths[i])).join("  ").trimEnd();
  return [title, "", line(header), ...rows.map(line), ""].join("\n");
}
function combineReports(reports) {
  const first = reports[0].report;
  const all = reports.map((r) => r.report);
  const platforms = first.platforms.map((p) => {
    const same = all.map((r) => r.platforms.find((x) => x.platform === p.platform)).filter((x) => x !== void 0);
    const line = (pick) => ({ ...pick(p), count: same.reduce((a, x) => a + pick(x).count, 0), monthly: add(same.map((x) => pick(x).monthly)) });
    return {
      ...p,
      monthly: add(same.map((x) => x.monthly)),
      monthlyAtMax: add(same.map((x) => x.monthlyAtMax)),
      controlPlane: add(same.map((x) => x.controlPlane)),
      nodes: same.flatMap((x) => x.nodes),
      loadBalancers: line((x) => x.loadBalancers),
      nat: line((x) => x.nat),
      publicIpv4: line((x) => x.publicIpv4),
      volumes: { ...p.volumes, gb: add(same.map((x) => x.volumes.gb)), monthly: add(same.map((x) => x.volumes.monthly)) },
      allocation: {
        workloads: add(same.map((x) => x.allocation.workloads)),
        system: add(same.map((x) => x.allocation.system)),
        idle: add(same.map((x) => x.allocation.idle))
      },
      unpackable: same.flatMap((x) => x.unpackable),
      ...p.delta !== void 0 ? { base: add(same.map((x) => x.base)), head: add(same.map((x) => x.head)), delta: add(same.map((x) => x.delta)) } : {}
    };
  });
  const teams = /* @__PURE__ */ new Map();
  for (const t of all.flatMap((r) => r.teams ?? [])) teams.set(t.team, [...teams.get(t.team) ?? [], t]);
  const tagged = (pick) => reports.flatMap((u) => pick(u.report).map((x) => ({ ...x, unit: u.unit })));
  const diffs = all.map((r) => r.diff).filter((d) => d !== void 0);
  return {
    ...first,
    platforms,
    workloads: tagged((r) => r.workloads),
    namespaces: tagged((r) => r.namespaces),
    ...teams.size > 0 ? { teams: [...teams].sort(([a], [b]) => a.localeCompare(b)).map(([team, list]) => ({ ...list[0], team, namespaces: [...new Set(list.flatMap((t) => t.namespaces))], monthly: addPer(list.map((t) => t.monthly)) })) } : {},
    batch: tagged((r) => r.batch),
    idleSlots: tagged((r) => r.idleSlots),
    ...diffs.length > 0 ? { diff: { baseWorkloads: diffs.reduce((a, d) => a + d.baseWorkloads, 0), headWorkloads: diffs.reduce((a, d) => a + d.headWorkloads, 0) } } : {},
    units: reports
  };
}
var add, addPer;
var init_cost_hook = __esm({
  "src/cli/cost-hook.ts"() {
    "use strict";
    init_diff();
    init_estimate();
    init_report();
    init_files();
    add = (values) => round2(values.reduce((a, v) => a + (v ?? 0), 0));
    addPer = (values) => {
      const out = {};
      for (const v of values) for (const [k, n] of Object.entries(v ?? {})) out[k] = round2((out[k] ?? 0) + (n ?? 0));
      return out;
    };
  }
});

// src/cli/setup.ts
var setup_exports = {};
__export(setup_exports, {
  fileRunContext: () => fileRunContext,
  loadConfigFile: () => loadConfigFile,
  loadRegistry: () => loadRegistry,
  packageRoot: () => packageRoot,
  readCodeowners: () => readCodeowners,
  readPolicyDir: () => readPolicyDir,
  repoRoot: () => repoRoot,
  toolVersion: () => toolVersion
});
var init_setup = __esm({
  "src/cli/setup.ts"() {
    "use strict";
    init_config2();
  }
});

// lazy-ext:express
var require_express = __commonJS({
  "lazy-ext:express"(exports, module) {
    module.exports = require_express();
  }
});

// src/admission/messages.ts
function denyMessage(what, violations, internalErrors = []) {
  const lines = [];
  for (const f of violations) {
    const where = f.container ? ` (container ${f.container})` : "";
    const fix = f.remediation ? ` Fix: ${f.remediation}` : "";
    lines.push(oneLine(`- ${f.ruleId}${where}: ${firstClause(f.message)}.${fix}`));
  }
  for (const e of internalErrors) lines.push(oneLine(`- tollgate internal error: ${e}`));
  const count = violations.length;
  const header = count > 0 ? `${what} violates ${count === 1 ? "a tollgate rule" : `${count} tollgate rules`}:` : `tollgate could not evaluate ${what} and is configured to deny (onError: deny):`;
  let out = header;
  for (let i = 0; i < lines.length; i++) {
    const more = lines.length - i - 1;
    const tail = more > 0 ? `
\u2026and ${more} more` : "";
    const line = truncate(lines[i], MAX_DENY_MESSAGE - header.length - 16);
    if (byteLength(out + "\n" + line + tail) > MAX_DENY_MESSAGE) {
      out += `
\u2026and ${lines.length - i} more`;
      break;
    }
    out += "\n" + line;
  }
  return out;
}
function warningList(findings, extra = []) {
  const items = [...extra, ...findings.map(warningText)].map((s) => truncate(oneLine(s), MAX_WARNING));
  const out = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const reserve = i < items.length - 1 ? 40 : 0;
    if (total + byteLength(item) + reserve > MAX_WARNINGS_TOTAL) {
      out.push(`\u2026and ${items.length - i} more tollgate warnings`);
      break;
    }
    out.push(item);
    total += byteLength(item);
  }
  return out;
}
function warningText(f) {
  const full = oneLine(`${f.ruleId}: ${f.message}`);
  return Array.from(full).length <= MAX_WARNING ? full : `${f.ruleId}: ${firstClause(f.message)}`;
}
function firstClause(message) {
  const at = message.indexOf("; ");
  return (at > 0 ? message.slice(0, at) : message).replace(/[.\s]+$/, "");
}
function oneLine(s) {
  return s.replace(/\s+/g, " ").trim();
}
function truncate(s, max) {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  return chars.slice(0, max - 1).join("").trimEnd() + "\u2026";
}
function byteLength(s) {
  return Buffer.byteLength(s, "utf8");
}
var MAX_DENY_MESSAGE, MAX_WARNING, MAX_WARNINGS_TOTAL;
var init_messages = __esm({
  "src/admission/messages.ts"() {
    "use strict";
    MAX_DENY_MESSAGE = 1024;
    MAX_WARNING = 120;
    MAX_WARNINGS_TOTAL = 4096;
  }
});

// src/admission/evaluate.ts
function createEvaluator(options) {
  const { config } = options;
  const settings = admissionSettings(config, options.ownNamespace);
  const resolved = resolveRules(options.rules, config);
  const modes = /* @__PURE__ */ new Map();
  for (const r of resolved) if (r.setting.mode) modes.set(r.rule.id, r.setting.mode);
  const modeOf = (ruleId) => modes.get(ruleId) ?? settings.mode;
  const actionOf = (f) => {
    const mode = modeOf(f.ruleId);
    if (mode === "audit" || f.severity === "info") return "audit";
    if (mode === "warn" || f.severity === "warning") return "warn";
    return "deny";
  };
  const boundaryIds = new Set(options.rules.filter((r) => r.meta.boundary === true).map((r) => r.id));
  const sets = {
    all: { rules: options.rules, resolved },
    boundary: subset((r) => r.meta.boundary === true),
    scale: subset((r) => r.meta.boundary === true || SCALE_FAMILIES.has(r.meta.family))
  };
  function subset(keep2) {
    return { rules: options.rules.filter(keep2), resolved: resolved.filter((r) => keep2(r.rule)) };
  }
  const ownership = new Ownership(config.namespaces);
  const mayExempt = (u) => {
    const by = settings.exemptionsBy;
    if (by === void 0) return ownership.isPlatformUser(u) || ownership.isPlatform(ownership.teamsOfUser(u));
    const groups = u.groups ?? [];
    return u.username !== void 0 && by.users.some((p) => globMatch(p, u.username)) || by.groups.some((p) => groups.some((g) => globMatch(p, g)));
  };
  const honoured = { annotationSuppressions: settings.annotationExemptions };
  const ignored = { annotationSuppressions: "none" };
  const findingsFor = (set, value, index, context, exempt, baseRun) => checkDocuments({
    documents: [documentFromValue(value, index)],
    rules: set.rules,
    resolved: set.resolved,
    config,
    context,
    engine: exempt ? honoured : ignored,
    ...baseRun ? { baseRun } : {}
  }).findings;
  function evaluate(req) {
    const skip = skipReason(req, settings);
    if (skip) return { response: { uid: req.uid, allowed: true }, decision: "skip", skipped: skip, denied: [], warned: [], audited: [], errors: [] };
    const subject = subjectOf(req, options.workloadOf);
    if (subject === void 0) {
      return { response: { uid: req.uid, allowed: true }, decision: "skip", skipped: "subresource", denied: [], warned: [], audited: [], errors: [] };
    }
    const set = isKubernetesItself(req.userInfo) ? sets.boundary : sets[subject.set];
    const { object, old: oldValue } = subject;
    const old = oldObjectOf(oldValue);
    const context = {
      origin: "admission",
      admission: {
        operation: req.operation,
        userInfo: req.userInfo,
        ...req.namespace !== "" ? { namespace: req.namespace } : {},
        dryRun: req.dryRun,
        ...old ? { oldObject: old } : {}
      }
    };
    const exempt = settings.annotationExemptions !== "none" && hasIgnoreAnnotation(object) && mayExempt(req.userInfo);
    const errors = [];
    let findings;
    try {
      findings = findingsFor(set, object, 0, context, exempt, old ? new Run([old], context) : void 0);
    } catch (e) {
      errors.push({ message: `the engine failed: ${e instanceof Error ? e.message : String(e)}` });
      findings = [];
    }
    const notHonoured = exempt || settings.annotationExemptions === "none" || set === sets.boundary ? void 0 : ignoredAnnotation(object);
    if (findings.length === 0 && errors.length === 0 && notHonoured === void 0) {
      return { response: { uid: req.uid, allowed: true }, decision: "allow", denied: [], warned: [], audited: [], errors };
    }
    const deny = [];
    const warn = [];
    const audit = [];
    for (const f of findings) {
      if (f.ruleId === RULE_ERROR) {
        errors.push({ rule: /^rule (\S+) failed/.exec(f.message)?.[1] ?? "unknown", message: f.message });
        continue;
      }
      const a = actionOf(f);
      (a === "deny" ? deny : a === "warn" ? warn : audit).push(f);
    }
    const preexisting = [];
    const grandfather = settings.update === "new-only" || subject.set !== "all" || oldValue !== void 0 && judgedEqual(oldValue, object);
    if (deny.some((f) => !boundaryIds.has(f.ruleId)) && req.operation === "UPDATE" && grandfather && oldValue) {
      let before;
      try {
        before = new Set(findingsFor(set, oldValue, 1, context, exempt).filter((f) => !boundaryIds.has(f.ruleId)).map(identity));
      } catch {
        before = void 0;
      }
      if (before) {
        for (let i = deny.length - 1; i >= 0; i--) {
          const f = deny[i];
          if (!boundaryIds.has(f.ruleId) && before.has(identity(f))) preexisting.unshift(...deny.splice(i, 1));
        }
      }
    }
    const failClosed = errors.length > 0 && settings.onError === "deny";
    const warnings = warningList([
      ...warn.filter((f) => f.severity === "error"),
      ...preexisting.map((f) => ({ ...f, message: `(already present, not blocking) ${f.message}` })),
      ...warn.filter((f) => f.severity !== "error")
    ], [
      ...notHonoured ? [notHonoured] : [],
      ...failClosed ? [] : errors.map((e) => `tollgate could not evaluate ${e.rule ?? "this object"}; allowed (onError: allow)`)
    ]);
    const kind = subject.kind;
    const name2 = nameOf3(req);
    const what = describeObject({
      kind,
      // cluster-scoped objects have no namespace (the API server sends a Namespace's own name there)
      ...req.namespace && builtinScope(kind) !== "Cluster" ? { namespace: req.namespace } : {},
      ...name2 ? { name: name2 } : {}
    });
    let response;
    if (deny.length > 0 || failClosed) {
      const message = denyMessage(what, deny, failClosed ? errors.map((e) => e.message) : []);
      response = {
        uid: req.uid,
        allowed: false,
        status: deny.length > 0 ? { code: 403, reason: "Forbidden", message } : { code: 500, reason: "InternalError", message },
        ...warnings.length > 0 ? { warnings } : {}
      };
    } else {
      response = { uid: req.uid, allowed: true, ...warnings.length > 0 ? { warnings } : {} };
    }
    return {
      response,
      decision: response.allowed ? warnings.length > 0 ? "warn" : "allow" : "deny",
      denied: deny.map((f) => f.ruleId),
      warned: [...warn, ...preexisting].map((f) => f.ruleId),
      audited: audit.map((f) => f.ruleId),
      errors
    };
  }
  return { settings, evaluate };
}
function subjectOf(req, workloadOf2) {
  const object = req.object;
  const old = req.oldObject ?? void 0;
  if (!req.subResource) return { object, old, kind: req.kind.kind || String(object.kind ?? "object"), set: "all" };
  if (req.subResource === "ephemeralcontainers" && req.resource.resource === "pods" && object.kind === "Pod") {
    return { object, old, kind: "Pod", set: "boundary" };
  }
  const kind = SCALABLE[req.resource.resource];
  if (req.subResource === "scale" && kind !== void 0) {
    const apiVersion = req.resource.group ? `${req.resource.group}/${req.resource.version}` : req.resource.version;
    const name2 = nameOf3(req) ?? "";
    const replicas = replicasOf(object);
    const oldReplicas = old ? replicasOf(old) : void 0;
    const workload = workloadOf2?.({ apiVersion, kind, namespace: req.namespace, name: name2 });
    if (workload && replicas !== void 0) {
      return {
        object: withReplicas(workload, replicas),
        old: oldReplicas !== void 0 ? withReplicas(workload, oldReplicas) : void 0,
        kind,
        set: "scale"
      };
    }
    const stub = { apiVersion, kind, metadata: { name: name2, ...req.namespace ? { namespace: req.namespace } : {} }, spec: replicas !== void 0 ? { replicas } : {} };
    return { object: stub, old: void 0, kind, set: "boundary" };
  }
  return void 0;
}
function replicasOf(scale) {
  const r = isRecord(scale.spec) ? scale.spec.replicas : void 0;
  return typeof r === "number" && Number.isInteger(r) && r >= 0 ? r : void 0;
}
function withReplicas(workload, replicas) {
  return { ...workload, spec: { ...isRecord(workload.spec) ? workload.spec : {}, replicas } };
}
function isKubernetesItself(u) {
  const name2 = u.username ?? "";
  return name2.startsWith("system:serviceaccount:kube-system:") || name2.startsWith("system:node:") || name2 === "system:apiserver" || name2 === "system:kube-controller-manager" || name2 === "system:kube-scheduler" || (u.groups ?? []).includes("system:nodes");
}
function hasIgnoreAnnotation(object) {
  const md = object.metadata;
  return isRecord(md) && isRecord(md.annotations) && md.annotations[IGNORE_ANNOTATION] !== void 0;
}
function ignoredAnnotation(object) {
  const md = isRecord(object.metadata) ? object.metadata : void 0;
  const value = md && isRecord(md.annotations) ? md.annotations[IGNORE_ANNOTATION] : void 0;
  if (typeof value !== "string") return void 0;
  const entries = value.split(",").map((e) => e.trim()).filter((e) => e !== "");
  if (entries.length === 0) return void 0;
  const shown3 = entries.slice(0, 10).join(", ") + (entries.length > 10 ? `, \u2026and ${entries.length - 10} more` : "");
  return `${IGNORE_ANNOTATION} not honoured (admission.exemptionsBy): ${shown3}`;
}
function judgedEqual(a, b) {
  return deepEqual(judged(a), judged(b));
}
function judged(o) {
  const out = {};
  for (const [k, v] of Object.entries(o)) {
    if (k === "status") continue;
    if (k === "metadata" && isRecord(v)) {
      const md = {};
      for (const [mk, mv] of Object.entries(v)) if (!UNJUDGED_METADATA.has(mk)) md[mk] = mv;
      const ann = isRecord(v.annotations) ? Object.entries(v.annotations).filter(([ak]) => ak.startsWith("tollgate.dev/")) : [];
      if (ann.length > 0) md.annotations = Object.fromEntries(ann);
      out[k] = md;
    } else if (k === "spec" && isRecord(v)) {
      out[k] = withoutRestartedAt(v);
    } else out[k] = v;
  }
  return out;
}
function withoutRestartedAt(spec) {
  const strip = (template) => {
    if (!isRecord(template) || !isRecord(template.metadata) || !isRecord(template.metadata.annotations)) return template;
    if (!(RESTARTED_AT in template.metadata.annotations)) return template;
    const { [RESTARTED_AT]: _gone, ...annotations } = template.metadata.annotations;
    const { annotations: _all, ...metadata } = template.metadata;
    return { ...template, metadata: Object.keys(annotations).length > 0 ? { ...metadata, annotations } : metadata };
  };
  let out = spec;
  if (isRecord(spec.template)) out = { ...out, template: strip(spec.template) };
  if (isRecord(spec.jobTemplate) && isRecord(spec.jobTemplate.spec) && isRecord(spec.jobTemplate.spec.template)) {
    out = { ...out, jobTemplate: { ...spec.jobTemplate, spec: { ...spec.jobTemplate.spec, template: strip(spec.jobTemplate.spec.template) } } };
  }
  return out;
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (!isRecord(a) || !isRecord(b) || Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}
function nameOf3(req) {
  if (req.name) return req.name;
  const md = req.object?.metadata;
  if (isRecord(md)) {
    if (typeof md.name === "string" && md.name) return md.name;
    if (typeof md.generateName === "string" && md.generateName) return md.generateName;
  }
  return void 0;
}
function skipReason(req, s) {
  if (req.operation !== "CREATE" && req.operation !== "UPDATE") return "operation";
  if (req.subResource && req.object === null) return "subresource";
  if (req.namespace && s.exemptNamespaces.some((p) => globMatch(p, req.namespace))) return "namespace";
  const user = req.userInfo.username;
  if (user !== void 0 && s.exemptUsers.some((p) => globMatch(p, user))) return "user";
  const groups = req.userInfo.groups ?? [];
  if (s.exemptGroups.some((p) => groups.some((g) => globMatch(p, g)))) return "group";
  return void 0;
}
function oldObjectOf(o) {
  if (!o || typeof o.kind !== "string" || typeof o.apiVersion !== "string") return void 0;
  return makeObject(o, documentFromValue(o, 1), "");
}
function identity(f) {
  const pointer = f.pointer ?? "";
  const field = f.container !== void 0 ? pointer.replace(/^.*\/(containers|initContainers|ephemeralContainers)\/\d+/, "/$1/*") : pointer;
  return `${f.ruleId}\0${f.container ?? ""}\0${field}`;
}
var RULE_ERROR, SCALE_FAMILIES, SCALABLE, UNJUDGED_METADATA, RESTARTED_AT;
var init_evaluate = __esm({
  "src/admission/evaluate.ts"() {
    "use strict";
    init_admission();
    init_glob();
    init_types();
    init_suppress();
    init_kinds();
    init_model();
    init_check();
    init_engine();
    init_objects();
    init_run();
    init_yaml();
    init_messages();
    RULE_ERROR = "tollgate/rule-error";
    SCALE_FAMILIES = /* @__PURE__ */ new Set(["cost", "bluegreen"]);
    SCALABLE = {
      deployments: "Deployment",
      statefulsets: "StatefulSet",
      replicasets: "ReplicaSet",
      replicationcontrollers: "ReplicationController"
    };
    UNJUDGED_METADATA = /* @__PURE__ */ new Set(["annotations", "finalizers", "ownerReferences", "managedFields", "resourceVersion", "generation", "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink"]);
    RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";
  }
});

// src/admission/log.ts
var log_exports = {};
__export(log_exports, {
  MAX_LOGGED_VALUE: () => MAX_LOGGED_VALUE,
  batchedWriter: () => batchedWriter,
  clip: () => clip,
  createJsonLogger: () => createJsonLogger,
  silentLogger: () => silentLogger
});
function createJsonLogger(write, options = {}) {
  const min = RANK[options.level ?? "info"];
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  return {
    log(level, msg, fields = {}) {
      if (RANK[level] < min) return;
      const time = fields.time !== void 0 ? fields.time : now().toISOString();
      const lvl = fields.level !== void 0 ? fields.level : level;
      const text = fields.msg !== void 0 ? fields.msg : msg;
      let line = `{"time":${JSON.stringify(time)},"level":${JSON.stringify(lvl)},"msg":${JSON.stringify(text)}`;
      for (const k of Object.keys(fields)) {
        const v = fields[k];
        if (v !== void 0 && k !== "time" && k !== "level" && k !== "msg") line += quotedKey(k) + JSON.stringify(v);
      }
      write(line + "}\n");
    }
  };
}
function quotedKey(k) {
  let q = quotedKeys.get(k);
  if (q === void 0) {
    q = `,${JSON.stringify(k)}:`;
    if (quotedKeys.size < 1024) quotedKeys.set(k, q);
  }
  return q;
}
function clip(value, max = MAX_LOGGED_VALUE) {
  let s = value;
  if (s.length > max) {
    let end = max;
    const c2 = s.charCodeAt(end - 1);
    if (c2 >= 55296 && c2 <= 56319) end--;
    s = `${s.slice(0, end)}\u2026(${value.length} characters)`;
  }
  return s.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function batchedWriter(write) {
  let pending = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const chunk = pending.join("");
    pending = [];
    write(chunk);
  };
  return {
    write(line) {
      pending.push(line);
      if (pending.length >= 256) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush
  };
}
var RANK, quotedKeys, silentLogger, MAX_LOGGED_VALUE, UNSAFE;
var init_log = __esm({
  "src/admission/log.ts"() {
    "use strict";
    RANK = { debug: 10, info: 20, warn: 30, error: 40 };
    quotedKeys = /* @__PURE__ */ new Map();
    silentLogger = { log() {
    } };
    MAX_LOGGED_VALUE = 253;
    UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
  }
});

// lazy-ext:prom-client
var require_prom_client = __commonJS({
  "lazy-ext:prom-client"(exports, module) {
    module.exports = require_prom_client();
  }
});

// src/admission/metrics.ts
var metrics_exports = {};
__export(metrics_exports, {
  DURATION_BUCKETS: () => DURATION_BUCKETS,
  createMetrics: () => createMetrics,
  kindLabel: () => kindLabel,
  ruleLabeller: () => ruleLabeller
});
function createMetrics(options = {}) {
  const registry = new import_prom_client.Registry();
  if (options.defaultMetrics) (0, import_prom_client.collectDefaultMetrics)({ register: registry, prefix: "tollgate_" });
  return {
    registry,
    requests: new import_prom_client.Counter({
      name: "tollgate_admission_requests_total",
      help: "Admission reviews answered, by operation, kind (built-in kinds; other for the rest) and decision (allow, warn, deny, skip).",
      labelNames: ["operation", "kind", "decision"],
      registers: [registry]
    }),
    duration: new import_prom_client.Histogram({
      name: "tollgate_admission_request_duration_seconds",
      help: "Time from receiving a parsed admission review to answering it.",
      labelNames: ["operation"],
      buckets: [...DURATION_BUCKETS],
      registers: [registry]
    }),
    inFlight: new import_prom_client.Gauge({
      name: "tollgate_admission_in_flight",
      help: "Admission reviews being received or evaluated and not yet answered.",
      registers: [registry]
    }),
    violations: new import_prom_client.Counter({
      name: "tollgate_admission_violations_total",
      help: "Findings at admission, by rule and action (deny, warn, audit).",
      labelNames: ["rule", "action"],
      registers: [registry]
    }),
    errors: new import_prom_client.Counter({
      name: "tollgate_admission_errors_total",
      help: "Internal errors (rule_error, engine_error, internal) and rejected requests (bad_request, bad_encoding, too_large, unsupported_media_type).",
      labelNames: ["type"],
      registers: [registry]
    }),
    connectionsClosed: new import_prom_client.Counter({
      name: "tollgate_connections_closed_total",
      help: "Connections the server cut, by reason (connection_limit, handshake_timeout, body_timeout).",
      labelNames: ["reason"],
      registers: [registry]
    }),
    certificateExpiry: new import_prom_client.Gauge({
      name: "tollgate_certificate_expiry_timestamp_seconds",
      help: "Expiry (notAfter) of the serving certificate in use, in seconds since the Unix epoch.",
      registers: [registry]
    })
  };
}
function kindLabel(kind) {
  return kind === "Scale" || NAMESPACED_KINDS.has(kind) || CLUSTER_SCOPED_KINDS.has(kind) ? kind : "other";
}
function ruleLabeller(ruleIds) {
  const known = new Set(ruleIds);
  return (rule) => known.has(rule) ? rule : "other";
}
var import_prom_client, DURATION_BUCKETS;
var init_metrics = __esm({
  "src/admission/metrics.ts"() {
    "use strict";
    import_prom_client = __toESM(require_prom_client(), 1);
    init_kinds();
    DURATION_BUCKETS = [5e-4, 1e-3, 25e-4, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
  }
});

// src/admission/review.ts
function parseReview(body) {
  if (body === void 0 || isRecord(body) && Object.keys(body).length === 0) throw new BadReview("the body is empty");
  if (!isRecord(body)) throw new BadReview("the body is not a JSON object");
  if (body.kind !== REVIEW_KIND) throw new BadReview(`kind must be "${REVIEW_KIND}"`);
  if (body.apiVersion !== REVIEW_API_VERSION) {
    throw new BadReview(`apiVersion must be "${REVIEW_API_VERSION}" (set admissionReviewVersions: [v1] in the webhook configuration)`);
  }
  const r = body.request;
  if (!isRecord(r)) throw new BadReview("request is missing");
  if (typeof r.uid !== "string" || r.uid === "") throw new BadReview("request.uid is missing");
  if (typeof r.operation !== "string" || !OPERATIONS.includes(r.operation)) {
    throw new BadReview(`request.operation must be one of ${OPERATIONS.join(", ")}`);
  }
  const operation = r.operation;
  const kind = isRecord(r.kind) ? r.kind : {};
  const resource = isRecord(r.resource) ? r.resource : {};
  const object = isRecord(r.object) ? r.object : null;
  const oldObject = isRecord(r.oldObject) ? r.oldObject : null;
  if ((operation === "CREATE" || operation === "UPDATE") && object === null && !r.subResource) {
    throw new BadReview(`request.object is missing for ${operation}`);
  }
  const u = isRecord(r.userInfo) ? r.userInfo : {};
  const userInfo = {};
  if (typeof u.username === "string") userInfo.username = u.username;
  if (typeof u.uid === "string") userInfo.uid = u.uid;
  if (Array.isArray(u.groups)) userInfo.groups = u.groups.filter((g) => typeof g === "string");
  return {
    uid: r.uid,
    kind: { group: str(kind.group), version: str(kind.version), kind: str(kind.kind) },
    resource: { group: str(resource.group), version: str(resource.version), resource: str(resource.resource) },
    ...typeof r.subResource === "string" && r.subResource !== "" ? { subResource: r.subResource } : {},
    name: str(r.name),
    namespace: str(r.namespace),
    operation,
    userInfo,
    object,
    oldObject,
    dryRun: r.dryRun === true
  };
}
function uidOf(body) {
  if (!isRecord(body) || !isRecord(body.request)) return void 0;
  return typeof body.request.uid === "string" ? body.request.uid : void 0;
}
function reviewResponse(response) {
  return { apiVersion: REVIEW_API_VERSION, kind: REVIEW_KIND, response };
}
function str(v) {
  return typeof v === "string" ? v : "";
}
var REVIEW_API_VERSION, REVIEW_KIND, OPERATIONS, BadReview;
var init_review = __esm({
  "src/admission/review.ts"() {
    "use strict";
    init_types();
    REVIEW_API_VERSION = "admission.k8s.io/v1";
    REVIEW_KIND = "AdmissionReview";
    OPERATIONS = ["CREATE", "UPDATE", "DELETE", "CONNECT"];
    BadReview = class extends Error {
    };
  }
});

// src/admission/app.ts
var app_exports = {};
__export(app_exports, {
  DEFAULT_BODY_LIMIT: () => DEFAULT_BODY_LIMIT,
  createApp: () => createApp
});
function createApp(deps) {
  const { logger, metrics, readiness } = deps;
  const clock = deps.clock ?? (() => performance.now());
  const evaluator = createEvaluator({ rules: deps.rules, config: deps.config, ...deps.ownNamespace ? { ownNamespace: deps.ownNamespace } : {} });
  const onError = evaluator.settings.onError;
  const ruleLabel = ruleLabeller(deps.rules.map((r) => r.id));
  const serveMetrics = deps.serveMetrics ?? true;
  const app = (0, import_express.default)();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.post(
    "/validate",
    // /validate is the first route: under load it is nearly every request, so only the in-flight
    // count runs before it, and the content type is looked at again only when express.json() did
    // not take the body.
    (_req, res, next) => {
      metrics.inFlight.inc();
      res.once("close", () => metrics.inFlight.dec());
      next();
    },
    import_express.default.json({ limit: deps.bodyLimit ?? DEFAULT_BODY_LIMIT, strict: true }),
    (req, res) => {
      const started = clock();
      if (req.body === void 0 && !req.is("application/json")) {
        sendError(res, 415, "unsupported-media-type", `Content-Type must be application/json, got ${JSON.stringify(req.get("content-type") ?? "(none)")}`);
        metrics.errors.inc({ type: "unsupported_media_type" });
        logger.log("warn", "rejected request", { status: 415, error: "unsupported-media-type" });
        return;
      }
      let request;
      try {
        request = parseReview(req.body);
      } catch (e) {
        if (!(e instanceof BadReview)) throw e;
        const uid = uidOf(req.body);
        sendError(res, 400, "bad-review", `not an admission.k8s.io/v1 AdmissionReview: ${e.message}`);
        metrics.errors.inc({ type: "bad_request" });
        logger.log("warn", "rejected request", { status: 400, error: "bad-review", reason: e.message, uid: uid === void 0 ? void 0 : clip(uid, MAX_LOGGED_UID) });
        return;
      }
      let outcome;
      try {
        outcome = evaluator.evaluate(request);
      } catch (e) {
        outcome = failureOutcome(request, onError, `the webhook failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      res.json(reviewResponse(outcome.response));
      record(request, outcome, (clock() - started) / 1e3);
    }
  );
  app.get("/healthz", (_req, res) => {
    res.type("text/plain").send("ok");
  });
  app.get("/readyz", (_req, res) => {
    const ok = readiness.ready && !readiness.shuttingDown;
    res.status(ok ? 200 : 503).type("text/plain").send(ok ? "ok" : readiness.shuttingDown ? "shutting down" : "not ready");
  });
  if (serveMetrics) {
    app.get("/metrics", async (_req, res) => {
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }
  const routes = `POST /validate, GET /healthz, /readyz${serveMetrics ? " and /metrics" : " (/metrics is on the metrics port)"}`;
  app.use((_req, res) => {
    sendError(res, 404, "not-found", `tollgate answers ${routes}`);
  });
  app.use((err, req, res, _next) => {
    const type = err.type;
    const encoding = req.get("content-encoding")?.toLowerCase() ?? "identity";
    if (type === void 0 && encoding !== "identity" && isDecompressionError(err)) {
      sendError(res, 400, "bad-encoding", `the body is not valid ${clip(encoding, 16)} data (Content-Encoding)`);
      metrics.errors.inc({ type: "bad_encoding" });
      logger.log("warn", "rejected request", { status: 400, error: "bad-encoding", encoding: clip(encoding, 16) });
    } else if (type === "entity.too.large") {
      const limit = err.limit;
      sendError(res, 413, "too-large", `the body exceeds the webhook's limit of ${limit ?? deps.bodyLimit ?? DEFAULT_BODY_LIMIT} bytes`);
      metrics.errors.inc({ type: "too_large" });
      logger.log("warn", "rejected request", { status: 413, error: "too-large" });
    } else if (type === "entity.parse.failed") {
      sendError(res, 400, "invalid-json", "the body is not valid JSON");
      metrics.errors.inc({ type: "bad_request" });
      logger.log("warn", "rejected request", { status: 400, error: "invalid-json" });
    } else if (type === "encoding.unsupported" || type === "charset.unsupported") {
      sendError(res, 415, "unsupported-media-type", "the body must be UTF-8 JSON");
      metrics.errors.inc({ type: "unsupported_media_type" });
      logger.log("warn", "rejected request", { status: 415, error: type });
    } else if (type === "request.aborted" || type === "request.size.invalid" || type === "stream.encoding.set") {
      sendError(res, 400, "bad-request", "the request body was incomplete");
      metrics.errors.inc({ type: "bad_request" });
    } else {
      sendError(res, 500, "internal", "internal error");
      metrics.errors.inc({ type: "internal" });
      logger.log("error", "unhandled error", { error: err instanceof Error ? err.message : String(err) });
    }
  });
  function record(req, o, seconds) {
    metrics.requests.inc({ operation: req.operation, kind: kindLabel(req.kind.kind), decision: o.decision });
    metrics.duration.observe({ operation: req.operation }, seconds);
    for (const rule of o.denied) metrics.violations.inc({ rule: ruleLabel(rule), action: "deny" });
    for (const rule of o.warned) metrics.violations.inc({ rule: ruleLabel(rule), action: "warn" });
    for (const rule of o.audited) metrics.violations.inc({ rule: ruleLabel(rule), action: "audit" });
    for (const e of o.errors) metrics.errors.inc({ type: e.rule ? "rule_error" : "engine_error" });
    const name2 = nameOf3(req);
    logger.log(o.errors.length > 0 ? "error" : "info", "admission", {
      uid: clip(req.uid, MAX_LOGGED_UID),
      kind: clip(req.kind.kind || "unknown", MAX_LOGGED_KIND),
      namespace: req.namespace ? clip(req.namespace) : void 0,
      name: name2 === void 0 ? void 0 : clip(name2),
      operation: req.operation,
      subResource: req.subResource === void 0 ? void 0 : clip(req.subResource, MAX_LOGGED_KIND),
      user: req.userInfo.username === void 0 ? void 0 : clip(req.userInfo.username),
      dryRun: req.dryRun || void 0,
      decision: o.decision,
      skipped: o.skipped,
      durationMs: Math.round(seconds * 1e6) / 1e3,
      denied: o.denied.length > 0 ? unique2(o.denied) : void 0,
      warned: o.warned.length > 0 ? unique2(o.warned) : void 0,
      audited: o.audited.length > 0 ? unique2(o.audited) : void 0,
      errors: o.errors.length > 0 ? o.errors.map((e) => clip(e.message, 300)) : void 0
    });
  }
  return app;
}
function failureOutcome(req, onError, reason) {
  const errors = [{ message: reason }];
  if (onError === "allow") {
    return {
      response: { uid: req.uid, allowed: true, warnings: ["tollgate could not evaluate this object; allowed (onError: allow)"] },
      decision: "warn",
      denied: [],
      warned: [],
      audited: [],
      errors
    };
  }
  return {
    response: { uid: req.uid, allowed: false, status: { code: 500, reason: "InternalError", message: `tollgate could not evaluate this object and is configured to deny (onError: deny): ${reason}`.slice(0, 1024) } },
    decision: "deny",
    denied: [],
    warned: [],
    audited: [],
    errors
  };
}
function isDecompressionError(err) {
  const code = err.code;
  return typeof err.errno === "number" || typeof code === "string" && /^(Z_|ERR__ERROR_|ERR_BROTLI)/.test(code);
}
function sendError(res, status, error, message) {
  res.status(status).json({ error, message });
}
function unique2(xs) {
  return [...new Set(xs)];
}
var import_express, DEFAULT_BODY_LIMIT, MAX_LOGGED_UID, MAX_LOGGED_KIND;
var init_app = __esm({
  "src/admission/app.ts"() {
    "use strict";
    import_express = __toESM(require_express(), 1);
    init_evaluate();
    init_log();
    init_metrics();
    init_review();
    DEFAULT_BODY_LIMIT = "8mb";
    MAX_LOGGED_UID = 64;
    MAX_LOGGED_KIND = 63;
  }
});

// src/admission/certs.ts
import { watch } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { dirname as dirname7 } from "node:path";
import { X509Certificate } from "node:crypto";
import { createSecureContext } from "node:tls";
function validatePair(pair2) {
  createSecureContext({ cert: pair2.cert, key: pair2.key });
}
function expiryOf(pem) {
  try {
    const ms = Date.parse(new X509Certificate(pem).validTo);
    return Number.isFinite(ms) ? ms / 1e3 : void 0;
  } catch {
    return void 0;
  }
}
function watchCertificates(options) {
  const { certFile, keyFile, logger } = options;
  let current = options.initial;
  let lastStamp = "";
  let timer;
  let running;
  let again = false;
  let closed = false;
  const watchers = [];
  const stamp = async () => {
    const parts = await Promise.all([certFile, keyFile].map((f) => stat(f).then((s) => `${s.ino}:${s.size}:${s.mtimeMs}`, () => "missing")));
    return parts.join("|");
  };
  void stamp().then((s) => lastStamp = s);
  const load = async () => {
    let pair2;
    try {
      const [cert, key2] = await Promise.all([readFile(certFile), readFile(keyFile)]);
      pair2 = { cert, key: key2 };
    } catch (e) {
      logger.log("error", "cannot read the serving certificate; keeping the current one", { error: e.message });
      return false;
    }
    if (pair2.cert.equals(current.cert) && pair2.key.equals(current.key)) return false;
    try {
      validatePair(pair2);
    } catch (e) {
      logger.log("error", "the new serving certificate is unusable; keeping the current one", { certFile, keyFile, error: e.message });
      return false;
    }
    current = pair2;
    options.onChange(pair2);
    logger.log("info", "serving certificate reloaded", { certFile });
    return true;
  };
  const reload = () => {
    if (running) {
      again = true;
      return running;
    }
    running = load().finally(() => {
      running = void 0;
      if (again && !closed) {
        again = false;
        void reload();
      }
    });
    return running;
  };
  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = void 0;
      void reload();
    }, options.debounceMs ?? 100);
    timer.unref();
  };
  for (const dir of options.fsWatch === false ? [] : /* @__PURE__ */ new Set([dirname7(certFile), dirname7(keyFile)])) {
    try {
      const w = watch(dir, { persistent: false }, () => schedule());
      w.on("error", () => w.close());
      watchers.push(w);
    } catch (e) {
      logger.log("warn", "cannot watch the certificate directory; polling instead", { dir, error: e.message });
    }
  }
  const poll = setInterval(() => {
    void stamp().then((s) => {
      if (s !== lastStamp) {
        lastStamp = s;
        schedule();
      }
    });
  }, options.pollMs ?? 1e4);
  poll.unref();
  return {
    reload,
    close() {
      closed = true;
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    }
  };
}
var init_certs = __esm({
  "src/admission/certs.ts"() {
    "use strict";
  }
});

// src/admission/server.ts
var server_exports = {};
__export(server_exports, {
  DEFAULT_MAX_CONNECTIONS: () => DEFAULT_MAX_CONNECTIONS,
  DEFAULT_TIMEOUTS: () => DEFAULT_TIMEOUTS,
  startServer: () => startServer
});
import { readFile as readFile2 } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:https";
async function startServer(options) {
  const { app, readiness, logger, metrics } = options;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const [cert, key2] = await Promise.all([readFile2(options.certFile), readFile2(options.keyFile)]);
  validatePair({ cert, key: key2 });
  const server = createServer({
    cert,
    key: key2,
    handshakeTimeout: timeouts.handshakeMs,
    // absolute, not idle: a trickled ClientHello is cut too
    headersTimeout: timeouts.headersMs,
    // Node checks header and request deadlines on this interval (30 s by default, which let slow
    // clients hold a connection for up to 90 s): a tenth of the shortest deadline, at most 1 s.
    connectionsCheckingInterval: Math.max(10, Math.min(1e3, Math.floor(Math.min(timeouts.headersMs, timeouts.bodyMs) / 10))),
    // A backstop for the whole request; the body deadline below is the precise one.
    requestTimeout: timeouts.headersMs + timeouts.bodyMs,
    keepAliveTimeout: timeouts.keepAliveMs
  }, app);
  server.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  server.on("drop", () => metrics?.connectionsClosed.inc({ reason: "connection_limit" }));
  server.prependListener("request", (req, res) => {
    if (readiness.shuttingDown) res.setHeader("Connection", "close");
    if (req.complete) return;
    const cut = setTimeout(() => {
      if (req.complete) return;
      metrics?.connectionsClosed.inc({ reason: "body_timeout" });
      logger.log("warn", "request body not received in time; closing the connection", { limitMs: timeouts.bodyMs });
      if (!res.headersSent) {
        const body = JSON.stringify({ error: "timeout", message: `the request body did not arrive within ${timeouts.bodyMs / 1e3} s` });
        res.writeHead(408, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), connection: "close" });
        res.end(body);
      }
      res.once("finish", () => req.socket.destroy());
      setTimeout(() => req.socket.destroy(), 1e3).unref();
    }, timeouts.bodyMs);
    cut.unref();
    const clear = () => clearTimeout(cut);
    req.once("end", clear);
    res.once("close", clear);
  });
  server.on("tlsClientError", (e) => {
    if (e.code === "ERR_TLS_HANDSHAKE_TIMEOUT") metrics?.connectionsClosed.inc({ reason: "handshake_timeout" });
    logger.log("debug", "TLS handshake failed", { error: e.message });
  });
  await listen(server, options.port, options.host);
  const port = server.address().port;
  let metricsServer;
  if (options.metricsPort !== void 0) {
    if (!metrics) throw new Error("a metrics port needs the metrics registry");
    metricsServer = createMetricsServer(metrics, timeouts);
    await listen(metricsServer, options.metricsPort, options.metricsHost ?? options.host);
  }
  const setExpiry = (pem) => {
    const notAfter = expiryOf(pem);
    if (notAfter !== void 0) metrics?.certificateExpiry.set(notAfter);
  };
  setExpiry(cert);
  const certs = watchCertificates({
    certFile: options.certFile,
    keyFile: options.keyFile,
    initial: { cert, key: key2 },
    logger,
    ...options.certPollMs !== void 0 ? { pollMs: options.certPollMs } : {},
    ...options.certFsWatch !== void 0 ? { fsWatch: options.certFsWatch } : {},
    onChange: (pair2) => {
      server.setSecureContext({ cert: pair2.cert, key: pair2.key });
      setExpiry(pair2.cert);
    }
  });
  readiness.ready = true;
  let closing;
  const shutdown = (opts = {}) => {
    closing ??= (async () => {
      readiness.shuttingDown = true;
      certs.close();
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      await new Promise((resolve9) => {
        const force = setTimeout(() => {
          logger.log("warn", "shutdown timeout: closing the remaining connections");
          server.closeAllConnections();
        }, opts.timeoutMs ?? 2e4);
        force.unref();
        const sweep = setInterval(() => server.closeIdleConnections(), 100);
        sweep.unref();
        server.close(() => {
          clearTimeout(force);
          clearInterval(sweep);
          resolve9();
        });
        server.closeIdleConnections();
      });
      if (metricsServer) {
        const m = metricsServer;
        await new Promise((resolve9) => {
          m.close(() => resolve9());
          m.closeAllConnections();
        });
      }
    })();
    return closing;
  };
  return {
    server,
    port,
    ...metricsServer ? { metricsPort: metricsServer.address().port } : {},
    certs,
    shutdown
  };
}
function listen(server, port, host) {
  return new Promise((resolve9, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve9();
    });
  });
}
function createMetricsServer(metrics, timeouts) {
  const server = createHttpServer(
    { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.headersMs + timeouts.bodyMs, keepAliveTimeout: timeouts.keepAliveMs },
    (req, res) => {
      const path = (req.url ?? "").split("?")[0];
      if (path === "/metrics" && (req.method === "GET" || req.method === "HEAD")) {
        metrics.registry.metrics().then(
          (text) => {
            res.writeHead(200, { "content-type": metrics.registry.contentType });
            res.end(req.method === "HEAD" ? void 0 : text);
          },
          () => {
            res.writeHead(500, { "content-type": "application/json" });
            res.end(JSON.stringify({ error: "internal", message: "the metrics could not be collected" }));
          }
        );
        return;
      }
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "not-found", message: "the metrics port answers GET /metrics only" }));
    }
  );
  server.maxConnections = 64;
  return server;
}
var DEFAULT_TIMEOUTS, DEFAULT_MAX_CONNECTIONS;
var init_server = __esm({
  "src/admission/server.ts"() {
    "use strict";
    init_certs();
    DEFAULT_TIMEOUTS = { handshakeMs: 1e4, headersMs: 1e4, bodyMs: 1e4, keepAliveMs: 3e4 };
    DEFAULT_MAX_CONNECTIONS = 512;
  }
});

// src/cli/serve.ts
import { existsSync as existsSync5 } from "node:fs";
async function runServe(opts) {
  const { createApp: createApp2 } = await Promise.resolve().then(() => (init_app(), app_exports));
  const { createMetrics: createMetrics2 } = await Promise.resolve().then(() => (init_metrics(), metrics_exports));
  const { batchedWriter: batchedWriter2, createJsonLogger: createJsonLogger2 } = await Promise.resolve().then(() => (init_log(), log_exports));
  const { startServer: startServer2 } = await Promise.resolve().then(() => (init_server(), server_exports));
  const { loadConfigFile: loadConfigFile2, loadRegistry: loadRegistry2, toolVersion: toolVersion2 } = await Promise.resolve().then(() => (init_setup(), setup_exports));
  const cwd = process.cwd();
  const out = batchedWriter2((chunk) => process.stdout.write(chunk));
  process.on("exit", out.flush);
  const logger = createJsonLogger2(out.write, { level: opts.logLevel });
  const { config, file: configFile } = loadConfigFile2(opts.config, cwd);
  const registry = loadRegistry2(config, configFile, cwd, opts.policies ?? []);
  const ownNamespace = opts.namespace ?? process.env.POD_NAMESPACE;
  const readiness = { ready: false, shuttingDown: false };
  const metrics = createMetrics2({ defaultMetrics: true });
  const app = createApp2({
    rules: registry.rules,
    config,
    logger,
    metrics,
    readiness,
    serveMetrics: opts.metricsPort === void 0,
    ...ownNamespace ? { ownNamespace } : {}
  });
  const { UsageError: UsageError2 } = await Promise.resolve().then(() => (init_files2(), files_exports));
  for (const [flag, file] of [["--cert", opts.cert], ["--key", opts.key]]) {
    if (!existsSync5(file)) throw new UsageError2(`${flag} ${file}: no such file`);
  }
  const metricsHost = opts.metricsHost ?? opts.host;
  const running = await startServer2({
    app,
    readiness,
    logger,
    metrics,
    certFile: opts.cert,
    keyFile: opts.key,
    port: opts.port,
    host: opts.host,
    maxConnections: opts.maxConnections,
    ...opts.metricsPort !== void 0 ? { metricsPort: opts.metricsPort, metricsHost } : {}
  });
  logger.log("info", "listening", {
    version: toolVersion2(),
    address: `https://${opts.host}:${running.port}`,
    metricsAddress: running.metricsPort !== void 0 ? `http://${metricsHost}:${running.metricsPort}/metrics` : `https://${opts.host}:${running.port}/metrics`,
    maxConnections: opts.maxConnections,
    config: configFile,
    rules: registry.rules.length,
    namespace: ownNamespace
  });
  const stop = (signal) => {
    logger.log("info", "shutting down", { signal });
    void running.shutdown({ timeoutMs: opts.shutdownTimeout * 1e3, delayMs: opts.shutdownDelay * 1e3 }).then(() => {
      logger.log("info", "stopped");
      setTimeout(() => process.exit(0), 1e3).unref();
    });
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}
function serveCommand(program3) {
  program3.command("serve").description("run the validating admission webhook (HTTPS: POST /validate, GET /healthz, /readyz; GET /metrics there or on --metrics-port)").requiredOption("--cert <file>", "serving certificate (PEM); reloaded when it changes").requiredOption("--key <file>", "private key of the serving certificate (PEM); reloaded when it changes").option("-p, --port <port>", "port to listen on", integer("--port", 0, 65535), 8443).option("--host <address>", "address to listen on", "0.0.0.0").option("-c, --config <file>", "config file (default: .tollgate.yaml in the current directory)").option("--policies <dir...>", "extra policy directories").option("--namespace <ns>", "the webhook's own namespace, always exempt (default: $POD_NAMESPACE)").addOption(new Option("--log-level <level>", "lowest level logged").choices(["debug", "info", "warn", "error"]).default("info")).option("--shutdown-timeout <seconds>", "after SIGTERM, cut connections still open after this long", integer("--shutdown-timeout", 0, 3600), 20).option("--shutdown-delay <seconds>", "after SIGTERM, keep serving this long before closing the listener", integer("--shutdown-delay", 0, 3600), 0).option("--metrics-port <port>", "serve GET /metrics over plain HTTP on this port, and no longer on the HTTPS port (default: on the HTTPS port)", integer("--metrics-port", 0, 65535)).option("--metrics-host <address>", "address of the metrics port (default: --host)").option("--max-connections <n>", "open connections accepted at most; more are closed at accept", integer("--max-connections", 1, 1e6), DEFAULT_MAX_CONNECTIONS2).action(async (opts) => {
    await runServe(opts);
  });
}
var DEFAULT_MAX_CONNECTIONS2, integer;
var init_serve = __esm({
  "src/cli/serve.ts"() {
    "use strict";
    init_esm();
    DEFAULT_MAX_CONNECTIONS2 = 512;
    integer = (name2, min, max) => (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name2} must be an integer from ${min} to ${max}`);
      return n;
    };
  }
});

// src/cost/prices/merge.ts
function mergeSnapshot(embedded, override) {
  return {
    schemaVersion: 1,
    // The newer date describes the merged data; each price keeps its own asOf regardless.
    snapshotDate: override.snapshotDate > embedded.snapshotDate ? override.snapshotDate : embedded.snapshotDate,
    hoursPerMonth: 730,
    aws: override.aws === void 0 ? embedded.aws : mergeAws(embedded.aws, override.aws),
    gke: override.gke ?? embedded.gke,
    hetzner: override.hetzner === void 0 ? embedded.hetzner : mergeHetzner(embedded.hetzner, override.hetzner),
    exchangeRates: override.exchangeRates ?? embedded.exchangeRates,
    notes: [
      ...embedded.notes,
      ...override.notes ?? [],
      `Prices from a snapshot file dated ${override.snapshotDate} replace the embedded ${embedded.snapshotDate} prices where it has them.`
    ]
  };
}
function mergeAws(base, over) {
  const regions = { ...base.regions };
  for (const [name2, region] of Object.entries(over.regions ?? {})) {
    const old = regions[name2];
    regions[name2] = old === void 0 ? region : { ...old, ...region, ec2: { ...old.ec2, ...region.ec2 } };
  }
  const eks2 = base.eks === void 0 && over.eks === void 0 ? void 0 : { ...base.eks, ...over.eks };
  const publicIpv4 = over.publicIpv4 ?? base.publicIpv4;
  return {
    ...eks2 === void 0 ? {} : { eks: eks2 },
    ...publicIpv4 === void 0 ? {} : { publicIpv4 },
    regions
  };
}
function mergeHetzner(base, over) {
  return {
    ...base,
    ...over,
    servers: { ...base.servers, ...over.servers },
    loadBalancers: { ...base.loadBalancers, ...over.loadBalancers }
  };
}
var init_merge = __esm({
  "src/cost/prices/merge.ts"() {
    "use strict";
  }
});

// src/cost/prices/schema.ts
function validator2() {
  compiled2 ??= newAjv({ allErrors: true, strict: true }).compile(PRICE_SNAPSHOT_SCHEMA);
  return compiled2;
}
function validateSnapshot(data, fileName) {
  const validate = validator2();
  const errors = [];
  if (!validate(data)) {
    for (const e of validate.errors ?? []) errors.push(`${fileName}: ${describeError(e, data)}`);
  } else {
    errors.push(...keyMismatches(data).map((m) => `${fileName}: ${m}`));
  }
  const unique3 = [...new Set(errors)];
  return unique3.length === 0 ? { valid: true, snapshot: data, errors: [] } : { valid: false, errors: unique3 };
}
function keyMismatches(s) {
  const out = [];
  for (const [region, prices] of Object.entries(s.aws?.regions ?? {})) {
    for (const [key2, entry] of Object.entries(prices.ec2)) {
      if (entry.instanceType !== key2) {
        out.push(`${fieldPath(["aws", "regions", region, "ec2", key2, "instanceType"])} is "${entry.instanceType}" but the entry is keyed "${key2}"`);
      }
    }
  }
  for (const [key2, server] of Object.entries(s.hetzner?.servers ?? {})) {
    if (server.name !== key2) {
      out.push(`${fieldPath(["hetzner", "servers", key2, "name"])} is "${server.name}" but the entry is keyed "${key2}"`);
    }
  }
  return out;
}
function describeError(e, data) {
  const segments = splitPointer(e.instancePath);
  const here = segments.length === 0 ? "the top level" : fieldPath(segments);
  const params = e.params;
  switch (e.keyword) {
    case "required":
      return `${fieldPath([...segments, String(params.missingProperty)])} is required`;
    case "additionalProperties":
      return `${here} has an unknown field "${String(params.additionalProperty)}"`;
    case "propertyNames":
      return `${here} has an invalid key "${String(params.propertyName)}"`;
    case "enum":
      return `${here} must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")} (got ${show2(valueAt(data, segments))})`;
    case "const":
      return `${here} must be ${JSON.stringify(params.allowedValue)} (got ${show2(valueAt(data, segments))})`;
    case "type":
      return `${here} must be ${article(String(params.type))} (got ${show2(valueAt(data, segments))})`;
    case "pattern": {
      const expected = /date|asOf|effectiveFrom/i.test(segments.at(-1) ?? "") ? "a date as YYYY-MM-DD or YYYY-MM" : `text matching ${String(params.pattern)}`;
      return `${here} must be ${expected} (got ${show2(valueAt(data, segments))})`;
    }
    case "minimum":
    case "exclusiveMinimum":
      return `${here} must be ${e.keyword === "minimum" ? ">=" : ">"} ${String(params.limit)} (got ${show2(valueAt(data, segments))})`;
    default:
      return `${here} ${e.message ?? "is invalid"}`;
  }
}
function article(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function show2(v) {
  if (v === void 0) return "nothing";
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function fieldPath(segments) {
  let out = "";
  for (const s of segments) {
    if (/^\d+$/.test(s)) out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out === "" ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
var isoDate, provenance, nonNegative, positive, pricedValue, ec2InstancePrice, awsRegionPrices, hetznerServer, PRICE_SNAPSHOT_SCHEMA, compiled2;
var init_schema2 = __esm({
  "src/cost/prices/schema.ts"() {
    "use strict";
    init_ajv();
    init_types();
    isoDate = { type: "string", pattern: "^\\d{4}-\\d{2}(-\\d{2})?$" };
    provenance = {
      source: { type: "string", minLength: 1 },
      asOf: isoDate
    };
    nonNegative = { type: "number", minimum: 0 };
    positive = { type: "number", exclusiveMinimum: 0 };
    pricedValue = {
      type: "object",
      additionalProperties: false,
      required: ["value", "currency", "unit", "source", "asOf"],
      properties: {
        value: nonNegative,
        currency: { enum: ["USD", "EUR"] },
        unit: { type: "string", minLength: 1 },
        ...provenance
      }
    };
    ec2InstancePrice = {
      type: "object",
      additionalProperties: false,
      required: ["instanceType", "vcpu", "memoryGiB", "arch", "hourlyUsd", "source", "asOf"],
      properties: {
        instanceType: { type: "string", pattern: "^[a-z0-9-]+\\.[a-z0-9-]+$" },
        vcpu: positive,
        memoryGiB: positive,
        arch: { enum: ["x86_64", "arm64"] },
        hourlyUsd: positive,
        gpus: { type: "integer", minimum: 0 },
        gpuModel: { type: "string", minLength: 1 },
        ...provenance
      }
    };
    awsRegionPrices = {
      type: "object",
      additionalProperties: false,
      required: ["ec2"],
      properties: {
        ec2: { type: "object", additionalProperties: ec2InstancePrice },
        gp3: pricedValue,
        gp2: pricedValue,
        io1: pricedValue,
        io2: pricedValue,
        st1: pricedValue,
        sc1: pricedValue,
        efs: pricedValue,
        alb: pricedValue,
        nlb: pricedValue,
        natGatewayHourly: pricedValue,
        natGatewayPerGb: pricedValue
      }
    };
    hetznerServer = {
      type: "object",
      additionalProperties: false,
      required: ["name", "vcpu", "memoryGiB", "arch", "monthlyEur", "priceHistory", "source", "asOf"],
      properties: {
        name: { type: "string", minLength: 1 },
        vcpu: positive,
        memoryGiB: positive,
        arch: { enum: ["x86_64", "arm64"] },
        monthlyEur: positive,
        priceHistory: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["effectiveFrom", "appliesTo", "monthlyEur"],
            properties: {
              effectiveFrom: isoDate,
              appliesTo: { enum: ["existing servers", "new orders"] },
              monthlyEur: positive
            }
          }
        },
        ...provenance
      }
    };
    PRICE_SNAPSHOT_SCHEMA = {
      $id: "https://tollgate.dev/schemas/price-snapshot-v1.json",
      type: "object",
      additionalProperties: false,
      required: ["schemaVersion", "snapshotDate"],
      properties: {
        schemaVersion: { const: 1 },
        snapshotDate: isoDate,
        hoursPerMonth: { const: 730 },
        aws: {
          type: "object",
          additionalProperties: false,
          properties: {
            eks: {
              type: "object",
              additionalProperties: false,
              properties: { controlPlaneStandard: pricedValue, controlPlaneExtended: pricedValue }
            },
            publicIpv4: pricedValue,
            regions: {
              type: "object",
              propertyNames: { pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" },
              additionalProperties: awsRegionPrices
            }
          }
        },
        gke: {
          type: "object",
          additionalProperties: false,
          required: ["clusterFee", "monthlyCredit"],
          properties: { clusterFee: pricedValue, monthlyCredit: pricedValue }
        },
        hetzner: {
          type: "object",
          additionalProperties: false,
          properties: {
            servers: { type: "object", additionalProperties: hetznerServer },
            volume: pricedValue,
            primaryIpv4: pricedValue,
            loadBalancers: { type: "object", additionalProperties: pricedValue }
          }
        },
        exchangeRates: {
          type: "object",
          additionalProperties: false,
          required: ["EURUSD"],
          properties: {
            EURUSD: {
              type: "object",
              additionalProperties: false,
              required: ["from", "to", "rate", "source", "asOf"],
              properties: { from: { const: "EUR" }, to: { const: "USD" }, rate: positive, ...provenance }
            }
          }
        },
        notes: { type: "array", items: { type: "string" } }
      }
    };
  }
});

// src/cli/cost.ts
var cost_exports = {};
__export(cost_exports, {
  loadPrices: () => loadPrices,
  parsePlatforms: () => parsePlatforms,
  runCost: () => runCost
});
import { readFileSync as readFileSync7 } from "node:fs";
function parsePlatforms(text) {
  if (text === void 0) return void 0;
  const list = text.split(",").map((s) => s.trim().toLowerCase()).filter((s) => s !== "");
  const bad = list.filter((p) => !PLATFORMS2.includes(p));
  if (bad.length > 0 || list.length === 0) {
    throw new UsageError(`--platform ${text}: expected a comma-separated list of ${PLATFORMS2.join(", ")}${bad.includes("gke") ? " (GKE node prices are not in the snapshot yet)" : ""}`);
  }
  return [...new Set(list)];
}
function loadPrices(file) {
  if (file === void 0) return EMBEDDED_SNAPSHOT;
  let data;
  try {
    data = JSON.parse(readFileSync7(file, "utf8"));
  } catch (e) {
    throw new UsageError(`--prices ${file}: ${e.code === "ENOENT" ? "file not found" : `not valid JSON (${e.message})`}`);
  }
  const v = validateSnapshot(data, file);
  if (!v.valid) throw new UsageError(`--prices ${file} is not a valid price snapshot:
  ${v.errors.join("\n  ")}`);
  return mergeSnapshot(EMBEDDED_SNAPSHOT, v.snapshot);
}
async function runCost(paths2, opts) {
  boundHeapGrowth(process.execArgv, process.env.NODE_OPTIONS);
  const cwd = process.cwd();
  const { config, file: configFile } = loadConfigFile(opts.config, cwd, paths2[0]);
  const context = fileRunContext(config, configFile, cwd);
  const platforms = parsePlatforms(opts.platform);
  const options = {
    prices: loadPrices(opts.prices),
    ...platforms ? { platforms } : {},
    ...opts.region ? { region: opts.region } : {}
  };
  const session = await openSession({ paths: paths2, cwd, config, ...configFile ? { configFile } : {}, context, ...opts.base ? { base: opts.base } : {}, stdin: () => readFileSync7(0, "utf8") });
  try {
    requireManifests({ files: session.headFiles, problems: session.problems }, paths2, opts.allowEmpty);
    for (const m of session.messages) process.stderr.write(m + "\n");
    for (const p of session.problems) process.stderr.write(`tollgate: ${p.message}
`);
    for (const u of session.head.units) for (const n of u.notes) process.stderr.write(`tollgate: ${n.message}
`);
    const baseByName = new Map((session.base?.units ?? []).map((u) => [u.name, u]));
    const units = session.head.units.map((unit) => ({ unit, run: unitRun(unit, context, baseByName.get(unit.name) ?? (session.base ? emptyUnit(unit) : void 0)) }));
    for (const b of session.base?.units ?? []) {
      if (!session.head.units.some((u) => u.name === b.name)) units.push({ unit: b, run: unitRun(emptyUnit(b), context, b) });
    }
    const reports = costForUnits(units, config, options, "cost");
    if (reports.length === 0) {
      if (!opts.allowEmpty) throw new UsageError(`no Kubernetes objects to estimate under ${paths2.join(", ")}`);
      const none = opts.format === "json" ? `${JSON.stringify({ units: [] })}
` : `No Kubernetes objects under ${paths2.join(", ")}: nothing to estimate.
`;
      if (opts.output) writeOutput(opts.output, none);
      else process.stdout.write(none);
      return 0;
    }
    const out = opts.format === "json" ? JSON.stringify(costUnitsJson(reports), null, 2) + "\n" : await formatCostUnits(reports, opts.format);
    if (opts.output) writeOutput(opts.output, out);
    else process.stdout.write(out);
    return 0;
  } finally {
    session.dispose();
  }
}
function emptyUnit(u) {
  return { ...u, documents: [], problems: [], notes: [], fileCount: 0 };
}
var PLATFORMS2;
var init_cost3 = __esm({
  "src/cli/cost.ts"() {
    "use strict";
    init_merge();
    init_schema2();
    init_snapshot();
    init_check();
    init_files();
    init_session();
    init_usage();
    init_cost_hook();
    init_heap();
    init_config2();
    PLATFORMS2 = ["eks", "k3s"];
  }
});

// lazy-ext:@aws-sdk/client-pricing
var require_client_pricing = __commonJS({
  "lazy-ext:@aws-sdk/client-pricing"(exports, module) {
    module.exports = require_client_pricing();
  }
});

// src/cost/prices/aws-pricelist.ts
function ec2Filters(regionCode, instanceType) {
  const f = (Field, Value) => ({ Type: "TERM_MATCH", Field, Value });
  return [
    f("regionCode", regionCode),
    ...instanceType === void 0 ? [] : [f("instanceType", instanceType)],
    f("operatingSystem", "Linux"),
    f("tenancy", "Shared"),
    f("preInstalledSw", "NA"),
    // "Used" is the instance-hour price; AllocatedCapacityReservation etc. are reservation SKUs.
    f("capacitystatus", "Used"),
    f("marketoption", "OnDemand")
  ];
}
function eksFilters(regionCode) {
  return [{ Type: "TERM_MATCH", Field: "regionCode", Value: regionCode }];
}
function pricingEndpointRegion(targetRegion) {
  if (/^(eu|af|me|il)-/.test(targetRegion)) return "eu-central-1";
  if (/^ap-/.test(targetRegion)) return "ap-south-1";
  return "us-east-1";
}
function parsePriceListItem(item) {
  let doc = item;
  if (typeof item === "string") {
    try {
      doc = JSON.parse(item);
    } catch (e) {
      throw new PriceListParseError(`a PriceList item is not valid JSON: ${e.message}`);
    }
  }
  const attrs = doc?.product?.attributes;
  if (attrs === null || typeof attrs !== "object") {
    throw new PriceListParseError("a PriceList item has no product.attributes");
  }
  return doc;
}
function onDemandPrices(p) {
  const out = [];
  for (const term of Object.values(p.terms?.OnDemand ?? {})) {
    for (const dim of Object.values(term.priceDimensions ?? {})) {
      const raw = dim.pricePerUnit?.USD;
      const usd3 = raw === void 0 ? NaN : Number(raw);
      if (Number.isFinite(usd3)) out.push({ usd: usd3, unit: dim.unit ?? "", description: dim.description ?? "" });
    }
  }
  return out;
}
function parseMemoryGiB(text) {
  const m = /^\s*([\d,]+(?:\.\d+)?)\s*GiB\s*$/i.exec(text ?? "");
  return m === null ? void 0 : Number(m[1].replace(/,/g, ""));
}
function archOf(attrs) {
  const text = `${attrs.physicalProcessor ?? ""} ${attrs.processorArchitecture ?? ""}`;
  return /graviton|arm/i.test(text) ? "arm64" : "x86_64";
}
function ec2EntryFromPriceList(item, asOf) {
  const p = parsePriceListItem(item);
  const a = p.product.attributes;
  const instanceType = a.instanceType;
  if (instanceType === void 0) return { ok: false, reason: "no instanceType attribute" };
  for (const [field, want] of Object.entries(EC2_EXPECTED)) {
    if (a[field] === void 0 && field === "marketoption") continue;
    if (a[field] !== want) return { ok: false, instanceType, reason: `${field} is ${a[field] ?? "missing"}, not ${want}` };
  }
  const vcpu = Number(a.vcpu);
  const memoryGiB = parseMemoryGiB(a.memory);
  if (!(vcpu > 0) || memoryGiB === void 0 || !(memoryGiB > 0)) {
    return { ok: false, instanceType, reason: `unreadable vcpu "${a.vcpu}" or memory "${a.memory}"` };
  }
  const hourly = onDemandPrices(p).filter((d) => /^hrs?$/i.test(d.unit));
  const distinct = [...new Set(hourly.map((d) => d.usd))];
  if (distinct.length !== 1) {
    return { ok: false, instanceType, reason: distinct.length === 0 ? "no on-demand hourly USD price" : `several hourly prices (${distinct.join(", ")})` };
  }
  const hourlyUsd = distinct[0];
  if (!(hourlyUsd > 0)) return { ok: false, instanceType, reason: "hourly price is 0" };
  return {
    ok: true,
    regionCode: a.regionCode ?? "",
    entry: { instanceType, vcpu, memoryGiB, arch: archOf(a), hourlyUsd, source: AWS_PRICE_LIST_SOURCE, asOf }
  };
}
function collectEc2Prices(items, regionCode, asOf, wanted) {
  const entries = {};
  const skipped = [];
  for (const item of items) {
    const r = ec2EntryFromPriceList(item, asOf);
    if (!r.ok) {
      if (r.instanceType === void 0 || wanted === void 0 || wanted.has(r.instanceType)) skipped.push(r);
      continue;
    }
    if (wanted !== void 0 && !wanted.has(r.entry.instanceType)) continue;
    if (r.regionCode !== regionCode) {
      skipped.push({ instanceType: r.entry.instanceType, reason: `regionCode is ${r.regionCode}, not ${regionCode}` });
      continue;
    }
    const prior = entries[r.entry.instanceType];
    if (prior !== void 0 && prior.hourlyUsd !== r.entry.hourlyUsd) {
      skipped.push({ instanceType: r.entry.instanceType, reason: `two products disagree (${prior.hourlyUsd} and ${r.entry.hourlyUsd}); kept the first` });
      continue;
    }
    entries[r.entry.instanceType] = r.entry;
  }
  return { entries, skipped };
}
function parseEksControlPlane(items, regionCode, asOf) {
  let standard;
  let extended;
  for (const item of items) {
    const p = parsePriceListItem(item);
    const a = p.product.attributes;
    if (a.regionCode !== void 0 && a.regionCode !== regionCode) continue;
    const usage = a.usagetype ?? "";
    const kind = /AmazonEKS-Hours:perCluster$/i.test(usage) ? "standard" : /AmazonEKS-Hours:extendedSupport$/i.test(usage) ? "extended" : void 0;
    if (kind === void 0) continue;
    const hourly = onDemandPrices(p).find((d) => /^(hrs?|hours)$/i.test(d.unit) && d.usd > 0);
    if (hourly === void 0) continue;
    if (kind === "standard") standard = hourly.usd;
    else extended = hourly.usd;
  }
  const priced = (value) => ({ value, currency: "USD", unit: "cluster-hour", source: AWS_PRICE_LIST_SOURCE, asOf });
  return {
    ...standard === void 0 ? {} : { controlPlaneStandard: priced(standard) },
    ...extended === void 0 ? {} : { controlPlaneExtended: priced(extended) }
  };
}
function regionalQueries(regionCode) {
  const f = (Field, Value) => ({ Type: "TERM_MATCH", Field, Value });
  const region = f("regionCode", regionCode);
  return [
    { key: "gp3", serviceCode: "AmazonEC2", filters: [region, f("productFamily", "Storage"), f("volumeApiName", "gp3")], unit: /^GB-Mo$/i, usage: /VolumeUsage\.gp3$/i, snapshotUnit: "GB-month" },
    { key: "nlb", serviceCode: "AWSELB", filters: [region, f("productFamily", "Load Balancer-Network")], unit: /^hrs?$/i, usage: /LoadBalancerUsage$/i, snapshotUnit: "hour (plus NLCUs, not modelled)" },
    { key: "alb", serviceCode: "AWSELB", filters: [region, f("productFamily", "Load Balancer-Application")], unit: /^hrs?$/i, usage: /LoadBalancerUsage$/i, snapshotUnit: "hour (plus LCUs, not modelled)" },
    { key: "natGatewayHourly", serviceCode: "AmazonEC2", filters: [region, f("productFamily", "NAT Gateway")], unit: /^hrs?$/i, usage: /NatGateway-Hours$/i, snapshotUnit: "hour" },
    { key: "natGatewayPerGb", serviceCode: "AmazonEC2", filters: [region, f("productFamily", "NAT Gateway")], unit: /^GB$/i, usage: /NatGateway-Bytes$/i, snapshotUnit: "GB processed" }
  ];
}
function parseRegionalPrice(items, q, regionCode, asOf) {
  const found = /* @__PURE__ */ new Set();
  for (const item of items) {
    const p = parsePriceListItem(item);
    const a = p.product.attributes;
    if (a.regionCode !== void 0 && a.regionCode !== regionCode) continue;
    if (!q.usage.test(a.usagetype ?? "")) continue;
    for (const d of onDemandPrices(p)) if (q.unit.test(d.unit) && d.usd > 0) found.add(d.usd);
  }
  if (found.size !== 1) return void 0;
  return { value: [...found][0], currency: "USD", unit: q.snapshotUnit, source: AWS_PRICE_LIST_SOURCE, asOf };
}
var AWS_PRICE_LIST_SOURCE, PriceListParseError, EC2_EXPECTED;
var init_aws_pricelist = __esm({
  "src/cost/prices/aws-pricelist.ts"() {
    "use strict";
    AWS_PRICE_LIST_SOURCE = "AWS Price List API";
    PriceListParseError = class extends Error {
      name = "PriceListParseError";
    };
    EC2_EXPECTED = {
      operatingSystem: "Linux",
      tenancy: "Shared",
      preInstalledSw: "NA",
      capacitystatus: "Used",
      marketoption: "OnDemand"
    };
  }
});

// src/cli/prices-refresh.ts
var prices_refresh_exports = {};
__export(prices_refresh_exports, {
  DEFAULT_TIMEOUT_MS: () => DEFAULT_TIMEOUT_MS,
  PricesRefreshError: () => PricesRefreshError,
  defaultInstanceTypes: () => defaultInstanceTypes,
  refreshAwsPrices: () => refreshAwsPrices,
  writeSnapshotFile: () => writeSnapshotFile
});
import { writeFile } from "node:fs/promises";
function quietSdk() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
}
function defaultInstanceTypes() {
  const types = /* @__PURE__ */ new Set();
  for (const region of Object.values(EMBEDDED_SNAPSHOT.aws.regions ?? {})) {
    for (const t of Object.keys(region.ec2)) types.add(t);
  }
  return [...types].sort();
}
async function refreshAwsPrices(options) {
  const { region } = options;
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new PricesRefreshError(`"${region}" is not an AWS region code (expected something like eu-central-1)`, "api");
  }
  const asOf = options.asOf ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const wanted = new Set(options.instanceTypes ?? defaultInstanceTypes());
  const endpointRegion = pricingEndpointRegion(region);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (options.client === void 0) quietSdk();
  const client = options.client ?? new import_client_pricing.PricingClient({
    // Without these a server that accepts and never answers holds the command forever.
    requestHandler: { connectionTimeout: Math.min(timeoutMs, 1e4), requestTimeout: timeoutMs, throwOnRequestTimeout: true },
    region: endpointRegion,
    ...options.endpoint === void 0 ? {} : { endpoint: options.endpoint },
    ...options.credentials === void 0 ? {} : { credentials: options.credentials },
    ...options.maxAttempts === void 0 ? {} : { maxAttempts: options.maxAttempts }
  });
  const where = options.endpoint ?? `the AWS Price List API in ${endpointRegion}`;
  try {
    const ec2Items = await fetchAll(client, "AmazonEC2", ec2Filters(region));
    const ec2 = collectEc2Prices(ec2Items, region, asOf, wanted);
    const eks2 = parseEksControlPlane(await fetchAll(client, "AmazonEKS", eksFilters(region)), region, asOf);
    const regional = {};
    for (const q of regionalQueries(region)) {
      const v = parseRegionalPrice(await fetchAll(client, q.serviceCode, q.filters), q, region, asOf);
      if (v !== void 0) regional[q.key] = v;
    }
    const regionalMissing = regionalQueries(region).map((q) => q.key).filter((k) => regional[k] === void 0);
    const found = Object.keys(ec2.entries).length;
    if (found === 0) {
      throw new PricesRefreshError(
        `the AWS Price List API returned no on-demand Linux prices for ${[...wanted].length} instance types in ${region}; check the region code. The embedded snapshot from ${EMBEDDED_SNAPSHOT.snapshotDate} still works.`,
        "empty"
      );
    }
    const missing = [...wanted].filter((t) => ec2.entries[t] === void 0).sort();
    return {
      schemaVersion: 1,
      snapshotDate: asOf,
      aws: {
        eks: eks2,
        regions: { [region]: { ec2: ec2.entries, ...regional } }
      },
      notes: [
        `EC2 and EKS prices for ${region} fetched from the AWS Price List API on ${asOf} (${found} instance types${Object.keys(regional).length > 0 ? `; also ${Object.keys(regional).join(", ")}` : ""}).`,
        ...regionalMissing.length === 0 ? [] : [`Not found for ${region} (add them to the file by hand if the manifests need them): ${regionalMissing.join(", ")}.`],
        ...missing.length === 0 ? [] : [`Not offered or not priced in ${region}: ${missing.join(", ")}.`],
        ...eks2.controlPlaneStandard === void 0 ? [`No EKS control-plane price found for ${region}; the embedded one is kept.`] : []
      ]
    };
  } catch (e) {
    throw humanError(e, where);
  } finally {
    if (options.client === void 0) client.destroy();
  }
}
async function fetchAll(client, serviceCode, filters) {
  const items = [];
  const pages = (0, import_client_pricing.paginateGetProducts)(
    { client, pageSize: 100 },
    { ServiceCode: serviceCode, FormatVersion: "aws_v1", Filters: filters.map((f) => ({ ...f })) }
  );
  for await (const page of pages) items.push(...(page.PriceList ?? []).map(String));
  return items;
}
function humanError(e, where) {
  if (e instanceof PricesRefreshError) return e;
  const fallback = `The embedded snapshot from ${EMBEDDED_SNAPSHOT.snapshotDate} still works.`;
  const err = e;
  const name2 = err?.name ?? "Error";
  if (name2 === "CredentialsProviderError" || /credential/i.test(err?.message ?? "") && !err?.$metadata?.httpStatusCode) {
    return new PricesRefreshError(
      `no AWS credentials found: set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (any identity allowed pricing:GetProducts will do); ${fallback.charAt(0).toLowerCase()}${fallback.slice(1)}`,
      "credentials"
    );
  }
  const code = err?.code ?? /\b(E[A-Z]{4,})\b/.exec(err?.message ?? "")?.[1] ?? name2;
  if (name2 === "TimeoutError" || /requestTimeout|timed? ?out/i.test(err?.message ?? "")) {
    return new PricesRefreshError(
      `${where} did not answer in time (${err?.message?.replace(/^@smithy\/node-http-handler - \[ERROR\] /, "") ?? code}); raise --timeout or check the network. ${fallback}`,
      "network"
    );
  }
  if (NETWORK_CODES.has(code)) {
    return new PricesRefreshError(
      `could not reach ${where} (${code}); check the network or proxy settings. ${fallback}`,
      "network"
    );
  }
  if (name2 === "AccessDeniedException" || name2 === "UnrecognizedClientException" || name2 === "InvalidSignatureException" || err?.$metadata?.httpStatusCode === 403) {
    return new PricesRefreshError(
      `AWS refused the credentials (${name2}): the identity needs pricing:GetProducts. ${fallback}`,
      "access"
    );
  }
  return new PricesRefreshError(`the AWS Price List API request failed (${name2}: ${err?.message ?? String(e)}). ${fallback}`, "api");
}
async function writeSnapshotFile(path, snapshot) {
  await writeFile(path, `${JSON.stringify(snapshot, null, 2)}
`, "utf8");
}
var import_client_pricing, PricesRefreshError, DEFAULT_TIMEOUT_MS, NETWORK_CODES;
var init_prices_refresh = __esm({
  "src/cli/prices-refresh.ts"() {
    "use strict";
    import_client_pricing = __toESM(require_client_pricing(), 1);
    init_aws_pricelist();
    init_snapshot();
    PricesRefreshError = class extends Error {
      constructor(message, reason) {
        super(message);
        this.reason = reason;
      }
      reason;
      name = "PricesRefreshError";
    };
    DEFAULT_TIMEOUT_MS = 3e4;
    NETWORK_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);
  }
});

// src/cli/prices.ts
var prices_exports = {};
__export(prices_exports, {
  runPricesRefresh: () => runPricesRefresh
});
async function runPricesRefresh(opts) {
  const { refreshAwsPrices: refreshAwsPrices2, writeSnapshotFile: writeSnapshotFile2, PricesRefreshError: PricesRefreshError2 } = await Promise.resolve().then(() => (init_prices_refresh(), prices_refresh_exports));
  const instanceTypes = opts.instanceTypes?.split(",").map((s) => s.trim()).filter((s) => s !== "");
  let timeoutMs;
  if (opts.timeout !== void 0) {
    const seconds = Number(opts.timeout);
    if (!(seconds > 0) || !Number.isFinite(seconds)) throw new UsageError(`prices refresh --timeout ${opts.timeout}: expected a number of seconds above 0`);
    timeoutMs = Math.round(seconds * 1e3);
  }
  try {
    const snapshot = await refreshAwsPrices2({
      region: opts.region,
      ...instanceTypes && instanceTypes.length > 0 ? { instanceTypes } : {},
      ...timeoutMs === void 0 ? {} : { timeoutMs }
    });
    if (opts.output) {
      await writeSnapshotFile2(opts.output, snapshot);
      process.stderr.write(`tollgate: wrote ${opts.output} (${snapshot.notes?.[0] ?? ""}); use it with --prices ${opts.output}
`);
    } else {
      process.stdout.write(`${JSON.stringify(snapshot, null, 2)}
`);
    }
    return 0;
  } catch (e) {
    if (e instanceof PricesRefreshError2) throw new UsageError(`prices refresh: ${e.message}`);
    throw e;
  }
}
var init_prices = __esm({
  "src/cli/prices.ts"() {
    "use strict";
    init_files2();
  }
});

// src/cli/commands.ts
var commands_exports = {};
__export(commands_exports, {
  extraCommands: () => extraCommands
});
var extraCommands;
var init_commands = __esm({
  "src/cli/commands.ts"() {
    "use strict";
    init_esm();
    init_serve();
    extraCommands = [];
    extraCommands.push((program3) => {
      program3.command("cost").description("monthly cost of the manifests on EKS and k3s, and the change from --base").argument("[paths...]", "files or directories", ["."]).addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text")).option("-c, --config <file>", "config file (default: the nearest .tollgate.yaml)").option("--base <dir-or-ref>", "compare with a base (a directory or a git revision)").option("--platform <list>", "platforms to estimate, comma-separated (eks,k3s)").option("--region <region>", "AWS region for EKS prices (default cost.region or us-east-1)").option("--prices <file>", "price snapshot file (from `tollgate prices refresh`) laid over the embedded one").option("-o, --output <file>", "write the report to a file instead of stdout").option("--allow-empty", "exit 0 when the paths hold no manifest (default: exit 2)").action(async (paths2, opts) => {
        const { runCost: runCost2 } = await Promise.resolve().then(() => (init_cost3(), cost_exports));
        process.exitCode = await runCost2(paths2, opts);
      });
      const prices = program3.command("prices").description("price snapshot tools");
      prices.command("refresh").description("fetch EC2 and EKS on-demand prices for a region from the AWS Price List API").requiredOption("--region <region>", "AWS region, e.g. eu-central-1").option("-o, --output <file>", "write the snapshot file here (default: stdout)").option("--instance-types <list>", "comma-separated instance types (default: the embedded snapshot's)").option("--timeout <seconds>", "seconds to wait for a connection and for each response (default 30)").action(async (opts) => {
        const { runPricesRefresh: runPricesRefresh2 } = await Promise.resolve().then(() => (init_prices(), prices_exports));
        process.exitCode = await runPricesRefresh2(opts);
      });
    });
    extraCommands.push(serveCommand);
  }
});

// src/cli/main.ts
init_esm();
init_config();
init_engine();
init_loader();
init_files2();

// src/cli/check.ts
init_check();
import { readFileSync as readFileSync6 } from "node:fs";

// src/reporters/json.ts
function formatJson(findings, summary, cost) {
  const report = { version: 1, findings, summary, ...cost !== void 0 ? { cost } : {} };
  return JSON.stringify(report, null, 2) + "\n";
}

// src/reporters/markdown.ts
var ICON = { error: "\u{1F534}", warning: "\u{1F7E0}", info: "\u{1F535}" };
var plural = (n, noun) => n === 1 ? noun : `${noun}s`;
function escapeCell(s) {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}
function formatMarkdown(findings, summary, options = {}) {
  const out = [];
  out.push(`**${summary.errors}** ${plural(summary.errors, "error")} \xB7 **${summary.warnings}** ${plural(summary.warnings, "warning")} \xB7 **${summary.infos}** info \u2014 ${summary.objects} ${plural(summary.objects, "object")} in ${summary.files} ${plural(summary.files, "file")}${summary.suppressed ? ` (${summary.suppressed} suppressed)` : ""}`);
  out.push("");
  if (findings.length === 0) {
    out.push("\u2705 No findings.");
    return out.join("\n") + "\n";
  }
  const max = options.maxRows ?? findings.length;
  out.push("| | Rule | Where | Message |", "|---|---|---|---|");
  for (const f of findings.slice(0, max)) {
    const loc = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}` : f.object ? `${f.object.kind} ${f.object.namespace ? f.object.namespace + "/" : ""}${f.object.name ?? ""}` : "";
    const where = options.linkBase && f.file ? `[${escapeCell(loc)}](${options.linkBase}/${f.file}${f.line ? `#L${f.line}` : ""})` : `\`${escapeCell(loc)}\``;
    out.push(`| ${ICON[f.severity]} | \`${f.ruleId}\` | ${where} | ${escapeCell(f.message)} |`);
  }
  if (findings.length > max) out.push("", `\u2026and ${findings.length - max} more.`);
  return out.join("\n") + "\n";
}

// src/reporters/sarif.ts
init_estimate();
init_types();
init_rule();
import { createHash } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", info: "note" };
var SARIF_MAX_RESULTS = 25e3;
var ROOT_URI = ".";
function formatSarif(findings, rules, version, options = {}) {
  const max = options.maxResults ?? SARIF_MAX_RESULTS;
  const kept = findings.map((f, i) => ({ f, i })).sort((a, b) => severityRank[b.f.severity] - severityRank[a.f.severity] || a.i - b.i).slice(0, max).map(({ f }) => f);
  const dropped = findings.length - kept.length;
  const used = [...new Set(kept.map((f) => f.ruleId))];
  const byId = new Map(rules.map((r) => [r.id, r]));
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const notifications = dropped > 0 ? [
    {
      level: "warning",
      message: {
        text: `${dropped} of ${findings.length} findings are not in this file: code scanning accepts ${max.toLocaleString("en-US")} results per run, so errors come first, then warnings, then infos. Every finding is in the job summary and in \`tollgate check --format json\`.`
      }
    }
  ] : [];
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "tollgate",
            version,
            informationUri: "https://github.com/tollgate-dev/tollgate",
            rules: used.map((id) => {
              const r = byId.get(id);
              return {
                id,
                name: id.replace(/[/-](\w)/g, (_m, ch) => ch.toUpperCase()),
                shortDescription: { text: r?.meta.summary ?? id },
                fullDescription: { text: r?.meta.description ?? r?.meta.summary ?? id },
                help: { text: r?.meta.remediation ?? "", markdown: `${r?.meta.remediation ?? ""}

[Rule reference](${docsUrl(id)})` },
                helpUri: docsUrl(id),
                defaultConfiguration: { level: LEVEL[r?.meta.severity ?? "warning"] }
              };
            })
          }
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: kept.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: f.file !== void 0 ? {
                artifactLocation: { uri: sarifUri(f.file) },
                region: { startLine: f.line ?? 1, startColumn: f.column ?? 1, ...f.endLine ? { endLine: f.endLine } : {} }
              } : { artifactLocation: { uri: ROOT_URI } }
            }
          ],
          partialFingerprints: { "tollgate/v2": fingerprint(f) }
        }))
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
function sarifUri(path) {
  return path.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function platformOf(f) {
  if (!f.ruleId.startsWith("cost/")) return "";
  for (const [name2, label] of Object.entries(PLATFORM_LABEL)) if (new RegExp(`\\bon ${label}\\b`).test(f.message)) return name2;
  return "";
}
function fingerprint(f) {
  const key2 = [f.ruleId, f.file ?? "", f.object?.kind ?? "", f.object?.namespace ?? "", f.object?.name ?? "", f.container ?? "", f.pointer ?? "", platformOf(f)];
  return createHash("sha256").update(JSON.stringify(key2)).digest("hex");
}

// src/reporters/text.ts
init_types();
var COLORS = { error: "\x1B[31m", warning: "\x1B[33m", info: "\x1B[36m", dim: "\x1B[2m", bold: "\x1B[1m", reset: "\x1B[0m" };
function formatText(findings, summary, options = {}) {
  const c2 = (code, s) => options.color ? COLORS[code] + s + COLORS.reset : s;
  const byUnit = group(findings, (f) => f.unit ?? "");
  const lines = [];
  const grouped = [...byUnit.keys()].some((u) => u !== "");
  for (const [unit, inUnit] of [...byUnit].sort(([a], [b]) => a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))) {
    if (grouped) lines.push(c2("bold", unit === "" ? "\u2500\u2500 files \u2500\u2500" : `\u2500\u2500 unit ${unit} \u2500\u2500`));
    for (const [file, list] of group(inUnit, (f) => f.file ?? (f.object ? describeObject(f.object) : "(run)"))) {
      for (const f of list) {
        const where = f.line !== void 0 ? `${f.line}:${f.column ?? 1}` : "-";
        const sev = f.severity.padEnd(7);
        lines.push(`${c2("dim", `${file}:${where}`)}  ${c2(f.severity, sev)}  ${f.message}  ${c2("dim", f.ruleId)}`);
      }
    }
    lines.push("");
  }
  const total = summary.errors + summary.warnings + summary.infos;
  const parts = [
    `${summary.files} file${summary.files === 1 ? "" : "s"}`,
    `${summary.objects} object${summary.objects === 1 ? "" : "s"}`
  ];
  if (summary.skippedDocuments > 0) parts.push(`${summary.skippedDocuments} non-Kubernetes document${summary.skippedDocuments === 1 ? "" : "s"} skipped`);
  const counts = `${summary.errors} error${summary.errors === 1 ? "" : "s"}, ${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}, ${summary.infos} info`;
  const suppressed = summary.suppressed > 0 ? `, ${summary.suppressed} suppressed` : "";
  lines.push(total === 0 ? c2("bold", `\u2713 no findings (${parts.join(", ")}${suppressed})`) : c2("bold", `${counts}${suppressed} in ${parts.join(", ")}`));
  return lines.join("\n") + "\n";
}
function group(findings, key2) {
  const m = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = key2(f);
    const list = m.get(k);
    if (list) list.push(f);
    else m.set(k, [f]);
  }
  return m;
}

// src/cli/check.ts
init_heap();
init_config2();
init_session();
init_usage();
async function runCheck(paths2, opts) {
  boundHeapGrowth(process.execArgv, process.env.NODE_OPTIONS);
  const cwd = process.cwd();
  const { config, file: configFile } = loadConfigFile(opts.config, cwd, paths2[0]);
  const context = fileRunContext(config, configFile, cwd);
  const registry = loadRegistry(config, configFile, cwd, opts.policies ?? []);
  const session = await openSession({ paths: paths2, cwd, config, ...configFile ? { configFile } : {}, context, ...opts.base ? { base: opts.base } : {}, stdin: () => readFileSync6(0, "utf8") });
  try {
    requireManifests({ files: session.headFiles, problems: session.problems }, paths2, opts.allowEmpty);
    for (const m of session.messages) process.stderr.write(m + "\n");
    const result = checkUnits({
      units: session.head.units,
      ...session.base ? { baseUnits: session.base.units } : {},
      rules: registry.rules,
      config,
      context,
      engine: { exemptions: opts.exemptions }
    });
    const ioFindings = session.problems.map((p) => ({
      ruleId: "parse/not-text",
      severity: "error",
      message: p.message,
      file: p.file,
      remediation: "Make the file readable UTF-8 text, or leave it out of the checked paths."
    }));
    const findings = [...ioFindings, ...result.findings];
    sortFindings(findings);
    const s = result.summary;
    const summary = ioFindings.length === 0 ? s : summarize(findings, s.files + ioFindings.length, s.documents, s.objects, s.skippedDocuments, s.suppressed);
    let cost;
    let costText;
    if (opts.cost) {
      const { costForUnits: costForUnits2, costUnitsJson: costUnitsJson2, formatCostUnits: formatCostUnits2 } = await Promise.resolve().then(() => (init_cost_hook(), cost_hook_exports));
      const reports = costForUnits2(result.units, config);
      cost = costUnitsJson2(reports);
      costText = (format) => formatCostUnits2(reports, format);
    }
    let out;
    switch (opts.format) {
      case "json":
        out = formatJson(findings, summary, cost);
        break;
      case "sarif":
        out = formatSarif(findings, registry.rules, toolVersion());
        break;
      case "markdown":
        out = formatMarkdown(findings, summary);
        if (costText) out += "\n" + await costText("markdown");
        break;
      default:
        out = formatText(findings, summary, { color: !opts.output && process.stdout.isTTY === true && !process.env.NO_COLOR });
        if (costText) out += "\n" + await costText("text");
    }
    if (opts.output) writeOutput(opts.output, out);
    else process.stdout.write(out);
    return failsAt(findings, opts.failOn) ? 1 : 0;
  } finally {
    session.dispose();
  }
}

// src/reporters/rules-reference.ts
function formatRulesTable(rules) {
  const rows = rules.map((r) => [r.id, r.meta.optIn ? `${r.meta.severity} (opt-in)` : r.meta.severity, r.meta.family, r.meta.summary]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length), ["RULE", "SEVERITY", "FAMILY"][i].length));
  const line = (row) => row.map((c2, i) => i < 3 ? c2.padEnd(widths[i]) : c2).join("  ");
  return [line(["RULE", "SEVERITY", "FAMILY", "SUMMARY"]), ...rows.map(line)].join("\n") + "\n";
}
function formatRuleDoc(r) {
  const lines = [
    `${r.id}  (${r.meta.severity}${r.meta.optIn ? ", off unless enabled" : ""}, ${r.meta.source === "policy" ? "policy" : "code rule"})`,
    "",
    r.meta.summary
  ];
  if (r.meta.description) lines.push("", r.meta.description.trim());
  lines.push("", `Fix: ${r.meta.remediation}`);
  if (r.meta.defaultOptions && Object.keys(r.meta.defaultOptions).length > 0) {
    lines.push("", `Options (defaults): ${JSON.stringify(r.meta.defaultOptions)}`);
  }
  return lines.join("\n") + "\n";
}
function formatRulesMarkdown(rules) {
  const out = [
    "# Rule reference",
    "",
    "Generated from the registry by `npm run docs`; a test fails when it is out of date.",
    "Configure any rule in `.tollgate.yaml` under `rules:` (`off`, a severity, or `{ severity, options, mode }`).",
    "",
    "| Rule | Severity | Summary |",
    "|---|---|---|",
    ...rules.map((r) => `| [\`${r.id}\`](#${anchor(r.id)}) | ${r.meta.severity}${r.meta.optIn ? " (opt-in)" : ""} | ${r.meta.summary} |`),
    ""
  ];
  const families = [...new Set(rules.map((r) => r.meta.family))];
  for (const family of families) {
    out.push(`## ${family}`, "");
    for (const r of rules.filter((x) => x.meta.family === family)) {
      out.push(`### ${r.id}`, "");
      out.push(`*${r.meta.severity}${r.meta.optIn ? ", off unless enabled" : ""} \xB7 ${r.meta.source === "policy" ? "declarative policy" : "code rule"}${r.meta.boundary ? " \xB7 boundary rule (annotation exemptions ignored in the webhook)" : ""}*`, "");
      out.push(r.meta.summary, "");
      if (r.meta.description) out.push(r.meta.description.trim(), "");
      out.push(`**Fix:** ${r.meta.remediation}`, "");
      if (r.meta.defaultOptions && Object.keys(r.meta.defaultOptions).length > 0) {
        out.push(`**Options (defaults):** \`${JSON.stringify(r.meta.defaultOptions)}\``, "");
      }
    }
  }
  return out.join("\n");
}
function anchor(id) {
  return id.replace(/\//g, "").toLowerCase();
}

// src/cli/rules.ts
init_files2();
init_setup();
function runRules2(opts) {
  const cwd = process.cwd();
  const { config, file } = loadConfigFile(opts.config, cwd);
  const { rules } = loadRegistry(config, file, cwd);
  const listed = rules.filter((r) => r.target !== "source" || r.meta.family !== "");
  if (opts.format === "json") {
    process.stdout.write(JSON.stringify(listed.map((r) => ({ id: r.id, severity: r.meta.severity, family: r.meta.family, summary: r.meta.summary, optIn: r.meta.optIn === true, source: r.meta.source ?? "code" })), null, 2) + "\n");
  } else if (opts.format === "markdown") {
    process.stdout.write(formatRulesMarkdown(listed));
  } else {
    process.stdout.write(formatRulesTable(listed));
  }
  return 0;
}
function runExplain(id, opts) {
  const cwd = process.cwd();
  const { config, file } = loadConfigFile(opts.config, cwd);
  const { rules } = loadRegistry(config, file, cwd);
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const near = rules.filter((r) => r.id.includes(id.split("/").pop() ?? id)).map((r) => r.id);
    throw new UsageError(`no rule "${id}"${near.length ? ` (did you mean ${near.slice(0, 3).join(", ")}?)` : ""}; run \`tollgate rules\` for the list`);
  }
  process.stdout.write(formatRuleDoc(rule));
  return 0;
}

// src/cli/main.ts
init_setup();
init_usage();
await usePrecompiledValidators();
var program2 = new Command();
program2.name("tollgate").description("Policy and cost gate for Kubernetes manifests.").version(toolVersion(), "-V, --version", "print the version").exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) });
program2.command("check").description("check manifests against the rules (files, directories, or - for stdin)").argument("[paths...]", "files or directories", ["."]).addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "sarif", "markdown"]).default("text")).addOption(new Option("--fail-on <severity>", "exit 1 when a finding is at or above this").choices(["error", "warning", "info", "never"]).default("error")).option("-c, --config <file>", "config file (default: the nearest .tollgate.yaml from the first path up to the current directory)").option("--policies <dir...>", "extra policy directories").option("--base <dir-or-ref>", "compare with a base (a directory or a git revision) for base-versus-head rules").option("--no-exemptions", "ignore the config file's exemptions (suppression annotations on objects still apply)").option("-o, --output <file>", "write the report to a file instead of stdout").option("--cost", "add the cost report (a table in text, a section in markdown, the cost field in json; not in sarif)").option("--allow-empty", "exit 0 when the paths hold no manifest (default: exit 2, a wrong path must not pass)").action(async (paths2, opts) => {
  process.exitCode = await runCheck(paths2, opts);
});
program2.command("rules").description("list every rule: id, severity, family, summary").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text")).option("-c, --config <file>", "config file (adds its policy directories)").action((opts) => {
  process.exitCode = runRules2(opts);
});
program2.command("explain").description("print a rule's documentation").argument("<rule>", "rule id, e.g. resources/memory-limit-required").option("-c, --config <file>", "config file (adds its policy directories)").action((rule, opts) => {
  process.exitCode = runExplain(rule, opts);
});
for (const extra of (await Promise.resolve().then(() => (init_commands(), commands_exports))).extraCommands) extra(program2);
try {
  await program2.parseAsync(process.argv);
} catch (e) {
  process.exitCode = reportError(e);
}
async function usePrecompiledValidators() {
  let v;
  try {
    v = await import(new URL("./validators.js", import.meta.url).href);
  } catch (e) {
    if (e.code === "ERR_MODULE_NOT_FOUND") return;
    throw e;
  }
  usePrecompiledConfigValidator(v.config);
  usePrecompiledPolicyValidators(v);
  usePrecompiledOptionsValidators(v.options);
}
function reportError(e) {
  if (e instanceof CommanderError) {
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
    return 2;
  }
  if (e instanceof ConfigInvalid || e instanceof UsageError) {
    process.stderr.write(`tollgate: ${e.message}
`);
    return 2;
  }
  const err = e;
  process.stderr.write(`tollgate: ${err?.code && err.path ? `${err.path}: ${errnoText(err)}` : err?.message ?? String(e)}
`);
  if (process.env.TOLLGATE_DEBUG) process.stderr.write(`${err?.stack ?? ""}
`);
  return 2;
}
