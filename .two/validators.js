import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url);
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// .dist-4210/.validators/config.mjs
var config = validate10;
var schema11 = { "type": "object", "additionalProperties": false, "properties": { "rules": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9-]+/[a-z0-9-]+$|^[a-z0-9-]+/\\*$" }, "additionalProperties": { "oneOf": [{ "enum": ["off", "on", "error", "warning", "info"] }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "severity": { "enum": ["error", "warning", "info"] }, "options": { "type": "object" }, "mode": { "enum": ["enforce", "warn", "audit"] } } }] } }, "policies": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "exemptions": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rules", "reason"], "properties": { "rules": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "maxLength": 512 } }, "namespace": { "type": "string", "maxLength": 512 }, "kind": { "type": "string", "maxLength": 512 }, "name": { "type": "string", "maxLength": 512 }, "container": { "type": "string", "maxLength": 512 }, "file": { "type": "string", "maxLength": 512 }, "reason": { "type": "string", "minLength": 3 } } } }, "bluegreen": { "type": "object", "additionalProperties": false, "properties": { "slotKey": { "type": "string", "minLength": 1 }, "slots": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 2, "maxItems": 2, "uniqueItems": true }, "versionLabels": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "previewNames": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9]+$" } } } }, "namespaces": { "type": "object", "additionalProperties": false, "properties": { "platform": { "type": "string", "minLength": 1, "maxLength": 512 }, "adminGroups": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 } }, "adminUsers": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 } }, "codeowners": { "type": "boolean" }, "unknownKinds": { "enum": ["namespaced", "cluster", "ignore"] }, "pathNamespaces": { "type": "object", "propertyNames": { "minLength": 1, "maxLength": 512 }, "additionalProperties": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" } }, "teams": { "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9@][-A-Za-z0-9_./@]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "namespaces": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9*?]([-a-z0-9*?]{0,61}[a-z0-9*?])?$" } }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 } }, "codeowners": { "type": "array", "items": { "type": "string", "pattern": "^@[A-Za-z0-9][-A-Za-z0-9_.]*(/[A-Za-z0-9][-A-Za-z0-9_.]*)?$|^[^@\\s]+@[^@\\s]+$" } }, "users": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 } }, "groups": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 } } } } } } }, "cost": { "type": "object", "additionalProperties": false, "properties": { "platforms": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["eks", "k3s"] } }, "region": { "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-\\d+$" }, "currency": { "type": "object", "additionalProperties": false, "properties": { "display": { "enum": ["USD", "EUR"] }, "eurUsd": { "type": "number", "exclusiveMinimum": 0 } } }, "nodePools": { "type": "object", "additionalProperties": false, "properties": { "general": { "type": "object", "additionalProperties": false, "properties": { "families": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "arch": { "enum": ["amd64", "arm64", "any"] }, "burstable": { "type": "boolean" }, "minNodes": { "type": "integer", "minimum": 0 }, "maxNodes": { "type": "integer", "minimum": 1 } } }, "gpu": { "type": "object", "additionalProperties": false, "properties": { "families": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "arch": { "enum": ["amd64", "arm64", "any"] }, "burstable": { "type": "boolean" }, "minNodes": { "type": "integer", "minimum": 0 }, "maxNodes": { "type": "integer", "minimum": 1 } } } } }, "storageClasses": { "type": "object", "additionalProperties": { "enum": ["gp2", "gp3", "io1", "io2", "st1", "sc1", "efs", "hetzner-volume", "local-path"] } }, "allocation": { "type": "object", "additionalProperties": false, "properties": { "shared": { "enum": ["proportional", "none"] } } }, "defaultRequests": { "type": "object", "additionalProperties": false, "properties": { "cpu": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "number", "minimum": 0 }] }, "memory": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "number", "minimum": 0 }] } } }, "eks": { "type": "object", "additionalProperties": false, "properties": { "instanceTypes": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "controlPlane": { "enum": ["standard", "extended"] }, "natGateways": { "type": "integer", "minimum": 0 }, "natGigabytesPerMonth": { "type": "number", "minimum": 0 }, "availabilityZones": { "type": "integer", "minimum": 1 } } }, "k3s": { "type": "object", "additionalProperties": false, "properties": { "servers": { "enum": [1, 3, "auto"] }, "haAboveAgents": { "type": "integer", "minimum": 0 }, "serverType": { "type": "string", "minLength": 1 }, "agentTypes": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "hetznerPrices": { "enum": ["new-orders", "current"] }, "loadBalancerMonthlyEur": { "type": "number", "minimum": 0 } } }, "budgets": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["monthly"], "oneOf": [{ "required": ["namespace"] }, { "required": ["team", "namespaces"] }], "properties": { "namespace": { "type": "string", "minLength": 1 }, "team": { "type": "string", "minLength": 1 }, "namespaces": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "monthly": { "type": "number", "minimum": 0 }, "platform": { "enum": ["eks", "k3s"] } } } }, "increase": { "type": "object", "additionalProperties": false, "properties": { "absolute": { "type": "number", "minimum": 0 }, "percent": { "type": "number", "minimum": 0 }, "platforms": { "type": "array", "minItems": 1, "items": { "enum": ["eks", "k3s"] } } } } } }, "admission": { "type": "object", "additionalProperties": false, "properties": { "mode": { "enum": ["enforce", "warn", "audit"] }, "onError": { "enum": ["allow", "deny"] }, "exemptNamespaces": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 } }, "exemptUsers": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 } }, "exemptGroups": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 } }, "update": { "enum": ["all", "new-only"] }, "annotationExemptions": { "enum": ["all", "non-boundary", "none"] }, "exemptionsBy": { "type": "object", "additionalProperties": false, "properties": { "users": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 } }, "groups": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 } } } } } }, "podSources": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["kind", "labels"], "properties": { "apiVersion": { "type": "string", "minLength": 1 }, "kind": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9]*$" }, "labels": { "type": "string", "pattern": "^(/[^/]+)+$" } } } }, "units": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "minLength": 1 }, "environment": { "type": "string", "minLength": 1 }, "values": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "release": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 53 }, "namespace": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63 }, "render": { "type": "boolean" } } } }, "renderers": { "type": "object", "additionalProperties": false, "properties": { "kustomize": { "type": "string", "minLength": 1 }, "kubectl": { "type": "string", "minLength": 1 }, "helm": { "type": "string", "minLength": 1 }, "timeoutSeconds": { "type": "number", "minimum": 1, "maximum": 600 }, "parallel": { "type": "integer", "minimum": 1, "maximum": 16 } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern0 = new RegExp("^[a-z0-9-]+/[a-z0-9-]+$|^[a-z0-9-]+/\\*$", "u");
var pattern1 = new RegExp("^[a-z0-9]+$", "u");
var pattern2 = new RegExp("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "u");
var pattern3 = new RegExp("^[A-Za-z0-9@][-A-Za-z0-9_./@]*$", "u");
var pattern4 = new RegExp("^[a-z0-9*?]([-a-z0-9*?]{0,61}[a-z0-9*?])?$", "u");
var pattern5 = new RegExp("^@[A-Za-z0-9][-A-Za-z0-9_.]*(/[A-Za-z0-9][-A-Za-z0-9_.]*)?$|^[^@\\s]+@[^@\\s]+$", "u");
var pattern6 = new RegExp("^[a-z]{2}(-[a-z]+)+-\\d+$", "u");
var pattern7 = new RegExp("^[A-Za-z][A-Za-z0-9]*$", "u");
var pattern8 = new RegExp("^(/[^/]+)+$", "u");
var pattern9 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data0 = data.rules;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern0.test(key1)) {
              const err1 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+/[a-z0-9-]+$|^[a-z0-9-]+/\\*$" }, message: 'must match pattern "^[a-z0-9-]+/[a-z0-9-]+$|^[a-z0-9-]+/\\*$"', propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          let data1 = data0[key2];
          const _errs7 = errors;
          let valid3 = false;
          let passing0 = null;
          const _errs8 = errors;
          if (!(data1 === "off" || data1 === "on" || data1 === "error" || data1 === "warning" || data1 === "info")) {
            const err3 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          var _valid0 = _errs8 === errors;
          if (_valid0) {
            valid3 = true;
            passing0 = 0;
          }
          const _errs9 = errors;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key3 in data1) {
              if (!(key3 === "enabled" || key3 === "severity" || key3 === "options" || key3 === "mode")) {
                const err4 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.enabled !== void 0) {
              if (typeof data1.enabled !== "boolean") {
                const err5 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/enabled", schemaPath: "#/properties/rules/additionalProperties/oneOf/1/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.severity !== void 0) {
              let data3 = data1.severity;
              if (!(data3 === "error" || data3 === "warning" || data3 === "info")) {
                const err6 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/rules/additionalProperties/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.options !== void 0) {
              let data4 = data1.options;
              if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
                const err7 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/options", schemaPath: "#/properties/rules/additionalProperties/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.mode !== void 0) {
              let data5 = data1.mode;
              if (!(data5 === "enforce" || data5 === "warn" || data5 === "audit")) {
                const err8 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/mode", schemaPath: "#/properties/rules/additionalProperties/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          var _valid0 = _errs9 === errors;
          if (_valid0 && valid3) {
            valid3 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid3 = true;
              passing0 = 1;
            }
          }
          if (!valid3) {
            const err10 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          } else {
            errors = _errs7;
            if (vErrors !== null) {
              if (_errs7) {
                vErrors.length = _errs7;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.policies !== void 0) {
      let data6 = data.policies;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 === "string") {
            if (func3(data7) < 1) {
              const err12 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.exemptions !== void 0) {
      let data8 = data.exemptions;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.rules === void 0) {
              const err15 = { instancePath: instancePath + "/exemptions/" + i1, schemaPath: "#/properties/exemptions/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data9.reason === void 0) {
              const err16 = { instancePath: instancePath + "/exemptions/" + i1, schemaPath: "#/properties/exemptions/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            for (const key4 in data9) {
              if (!(key4 === "rules" || key4 === "namespace" || key4 === "kind" || key4 === "name" || key4 === "container" || key4 === "file" || key4 === "reason")) {
                const err17 = { instancePath: instancePath + "/exemptions/" + i1, schemaPath: "#/properties/exemptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data9.rules !== void 0) {
              let data10 = data9.rules;
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  const err18 = { instancePath: instancePath + "/exemptions/" + i1 + "/rules", schemaPath: "#/properties/exemptions/items/properties/rules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                const len2 = data10.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data11 = data10[i2];
                  if (typeof data11 === "string") {
                    if (func3(data11) > 512) {
                      const err19 = { instancePath: instancePath + "/exemptions/" + i1 + "/rules/" + i2, schemaPath: "#/properties/exemptions/items/properties/rules/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                    if (func3(data11) < 1) {
                      const err20 = { instancePath: instancePath + "/exemptions/" + i1 + "/rules/" + i2, schemaPath: "#/properties/exemptions/items/properties/rules/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  } else {
                    const err21 = { instancePath: instancePath + "/exemptions/" + i1 + "/rules/" + i2, schemaPath: "#/properties/exemptions/items/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              } else {
                const err22 = { instancePath: instancePath + "/exemptions/" + i1 + "/rules", schemaPath: "#/properties/exemptions/items/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data9.namespace !== void 0) {
              let data12 = data9.namespace;
              if (typeof data12 === "string") {
                if (func3(data12) > 512) {
                  const err23 = { instancePath: instancePath + "/exemptions/" + i1 + "/namespace", schemaPath: "#/properties/exemptions/items/properties/namespace/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/exemptions/" + i1 + "/namespace", schemaPath: "#/properties/exemptions/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data9.kind !== void 0) {
              let data13 = data9.kind;
              if (typeof data13 === "string") {
                if (func3(data13) > 512) {
                  const err25 = { instancePath: instancePath + "/exemptions/" + i1 + "/kind", schemaPath: "#/properties/exemptions/items/properties/kind/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/exemptions/" + i1 + "/kind", schemaPath: "#/properties/exemptions/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data9.name !== void 0) {
              let data14 = data9.name;
              if (typeof data14 === "string") {
                if (func3(data14) > 512) {
                  const err27 = { instancePath: instancePath + "/exemptions/" + i1 + "/name", schemaPath: "#/properties/exemptions/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/exemptions/" + i1 + "/name", schemaPath: "#/properties/exemptions/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data9.container !== void 0) {
              let data15 = data9.container;
              if (typeof data15 === "string") {
                if (func3(data15) > 512) {
                  const err29 = { instancePath: instancePath + "/exemptions/" + i1 + "/container", schemaPath: "#/properties/exemptions/items/properties/container/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/exemptions/" + i1 + "/container", schemaPath: "#/properties/exemptions/items/properties/container/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data9.file !== void 0) {
              let data16 = data9.file;
              if (typeof data16 === "string") {
                if (func3(data16) > 512) {
                  const err31 = { instancePath: instancePath + "/exemptions/" + i1 + "/file", schemaPath: "#/properties/exemptions/items/properties/file/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/exemptions/" + i1 + "/file", schemaPath: "#/properties/exemptions/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data9.reason !== void 0) {
              let data17 = data9.reason;
              if (typeof data17 === "string") {
                if (func3(data17) < 3) {
                  const err33 = { instancePath: instancePath + "/exemptions/" + i1 + "/reason", schemaPath: "#/properties/exemptions/items/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/exemptions/" + i1 + "/reason", schemaPath: "#/properties/exemptions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/exemptions/" + i1, schemaPath: "#/properties/exemptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/exemptions", schemaPath: "#/properties/exemptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.bluegreen !== void 0) {
      let data18 = data.bluegreen;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key5 in data18) {
          if (!(key5 === "slotKey" || key5 === "slots" || key5 === "versionLabels" || key5 === "previewNames")) {
            const err37 = { instancePath: instancePath + "/bluegreen", schemaPath: "#/properties/bluegreen/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data18.slotKey !== void 0) {
          let data19 = data18.slotKey;
          if (typeof data19 === "string") {
            if (func3(data19) < 1) {
              const err38 = { instancePath: instancePath + "/bluegreen/slotKey", schemaPath: "#/properties/bluegreen/properties/slotKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/bluegreen/slotKey", schemaPath: "#/properties/bluegreen/properties/slotKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data18.slots !== void 0) {
          let data20 = data18.slots;
          if (Array.isArray(data20)) {
            if (data20.length > 2) {
              const err40 = { instancePath: instancePath + "/bluegreen/slots", schemaPath: "#/properties/bluegreen/properties/slots/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data20.length < 2) {
              const err41 = { instancePath: instancePath + "/bluegreen/slots", schemaPath: "#/properties/bluegreen/properties/slots/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            const len3 = data20.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data21 = data20[i3];
              if (typeof data21 === "string") {
                if (func3(data21) < 1) {
                  const err42 = { instancePath: instancePath + "/bluegreen/slots/" + i3, schemaPath: "#/properties/bluegreen/properties/slots/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = { instancePath: instancePath + "/bluegreen/slots/" + i3, schemaPath: "#/properties/bluegreen/properties/slots/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            let i4 = data20.length;
            let j0;
            if (i4 > 1) {
              const indices0 = {};
              for (; i4--; ) {
                let item0 = data20[i4];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err44 = { instancePath: instancePath + "/bluegreen/slots", schemaPath: "#/properties/bluegreen/properties/slots/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i4;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/bluegreen/slots", schemaPath: "#/properties/bluegreen/properties/slots/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data18.versionLabels !== void 0) {
          let data22 = data18.versionLabels;
          if (Array.isArray(data22)) {
            const len4 = data22.length;
            for (let i5 = 0; i5 < len4; i5++) {
              let data23 = data22[i5];
              if (typeof data23 === "string") {
                if (func3(data23) < 1) {
                  const err46 = { instancePath: instancePath + "/bluegreen/versionLabels/" + i5, schemaPath: "#/properties/bluegreen/properties/versionLabels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/bluegreen/versionLabels/" + i5, schemaPath: "#/properties/bluegreen/properties/versionLabels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/bluegreen/versionLabels", schemaPath: "#/properties/bluegreen/properties/versionLabels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data18.previewNames !== void 0) {
          let data24 = data18.previewNames;
          if (Array.isArray(data24)) {
            const len5 = data24.length;
            for (let i6 = 0; i6 < len5; i6++) {
              let data25 = data24[i6];
              if (typeof data25 === "string") {
                if (!pattern1.test(data25)) {
                  const err49 = { instancePath: instancePath + "/bluegreen/previewNames/" + i6, schemaPath: "#/properties/bluegreen/properties/previewNames/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+$" }, message: 'must match pattern "^[a-z0-9]+$"' };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/bluegreen/previewNames/" + i6, schemaPath: "#/properties/bluegreen/properties/previewNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/bluegreen/previewNames", schemaPath: "#/properties/bluegreen/properties/previewNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/bluegreen", schemaPath: "#/properties/bluegreen/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.namespaces !== void 0) {
      let data26 = data.namespaces;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key6 in data26) {
          if (!(key6 === "platform" || key6 === "adminGroups" || key6 === "adminUsers" || key6 === "codeowners" || key6 === "unknownKinds" || key6 === "pathNamespaces" || key6 === "teams")) {
            const err53 = { instancePath: instancePath + "/namespaces", schemaPath: "#/properties/namespaces/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data26.platform !== void 0) {
          let data27 = data26.platform;
          if (typeof data27 === "string") {
            if (func3(data27) > 512) {
              const err54 = { instancePath: instancePath + "/namespaces/platform", schemaPath: "#/properties/namespaces/properties/platform/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (func3(data27) < 1) {
              const err55 = { instancePath: instancePath + "/namespaces/platform", schemaPath: "#/properties/namespaces/properties/platform/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/namespaces/platform", schemaPath: "#/properties/namespaces/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data26.adminGroups !== void 0) {
          let data28 = data26.adminGroups;
          if (Array.isArray(data28)) {
            const len6 = data28.length;
            for (let i7 = 0; i7 < len6; i7++) {
              let data29 = data28[i7];
              if (typeof data29 === "string") {
                if (func3(data29) > 512) {
                  const err57 = { instancePath: instancePath + "/namespaces/adminGroups/" + i7, schemaPath: "#/properties/namespaces/properties/adminGroups/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
                if (func3(data29) < 1) {
                  const err58 = { instancePath: instancePath + "/namespaces/adminGroups/" + i7, schemaPath: "#/properties/namespaces/properties/adminGroups/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/namespaces/adminGroups/" + i7, schemaPath: "#/properties/namespaces/properties/adminGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/namespaces/adminGroups", schemaPath: "#/properties/namespaces/properties/adminGroups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data26.adminUsers !== void 0) {
          let data30 = data26.adminUsers;
          if (Array.isArray(data30)) {
            const len7 = data30.length;
            for (let i8 = 0; i8 < len7; i8++) {
              let data31 = data30[i8];
              if (typeof data31 === "string") {
                if (func3(data31) > 512) {
                  const err61 = { instancePath: instancePath + "/namespaces/adminUsers/" + i8, schemaPath: "#/properties/namespaces/properties/adminUsers/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                if (func3(data31) < 1) {
                  const err62 = { instancePath: instancePath + "/namespaces/adminUsers/" + i8, schemaPath: "#/properties/namespaces/properties/adminUsers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = { instancePath: instancePath + "/namespaces/adminUsers/" + i8, schemaPath: "#/properties/namespaces/properties/adminUsers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
          } else {
            const err64 = { instancePath: instancePath + "/namespaces/adminUsers", schemaPath: "#/properties/namespaces/properties/adminUsers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data26.codeowners !== void 0) {
          if (typeof data26.codeowners !== "boolean") {
            const err65 = { instancePath: instancePath + "/namespaces/codeowners", schemaPath: "#/properties/namespaces/properties/codeowners/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data26.unknownKinds !== void 0) {
          let data33 = data26.unknownKinds;
          if (!(data33 === "namespaced" || data33 === "cluster" || data33 === "ignore")) {
            const err66 = { instancePath: instancePath + "/namespaces/unknownKinds", schemaPath: "#/properties/namespaces/properties/unknownKinds/enum", keyword: "enum", params: { allowedValues: schema11.properties.namespaces.properties.unknownKinds.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data26.pathNamespaces !== void 0) {
          let data34 = data26.pathNamespaces;
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            for (const key7 in data34) {
              const _errs78 = errors;
              if (typeof key7 === "string") {
                if (func3(key7) > 512) {
                  const err67 = { instancePath: instancePath + "/namespaces/pathNamespaces", schemaPath: "#/properties/namespaces/properties/pathNamespaces/propertyNames/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", propertyName: key7 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                if (func3(key7) < 1) {
                  const err68 = { instancePath: instancePath + "/namespaces/pathNamespaces", schemaPath: "#/properties/namespaces/properties/pathNamespaces/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: key7 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              }
              var valid25 = _errs78 === errors;
              if (!valid25) {
                const err69 = { instancePath: instancePath + "/namespaces/pathNamespaces", schemaPath: "#/properties/namespaces/properties/pathNamespaces/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            for (const key8 in data34) {
              let data35 = data34[key8];
              if (typeof data35 === "string") {
                if (!pattern2.test(data35)) {
                  const err70 = { instancePath: instancePath + "/namespaces/pathNamespaces/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/namespaces/properties/pathNamespaces/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"' };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              } else {
                const err71 = { instancePath: instancePath + "/namespaces/pathNamespaces/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/namespaces/properties/pathNamespaces/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
          } else {
            const err72 = { instancePath: instancePath + "/namespaces/pathNamespaces", schemaPath: "#/properties/namespaces/properties/pathNamespaces/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data26.teams !== void 0) {
          let data36 = data26.teams;
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            for (const key9 in data36) {
              const _errs84 = errors;
              if (typeof key9 === "string") {
                if (!pattern3.test(key9)) {
                  const err73 = { instancePath: instancePath + "/namespaces/teams", schemaPath: "#/properties/namespaces/properties/teams/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9@][-A-Za-z0-9_./@]*$" }, message: 'must match pattern "^[A-Za-z0-9@][-A-Za-z0-9_./@]*$"', propertyName: key9 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              }
              var valid27 = _errs84 === errors;
              if (!valid27) {
                const err74 = { instancePath: instancePath + "/namespaces/teams", schemaPath: "#/properties/namespaces/properties/teams/propertyNames", keyword: "propertyNames", params: { propertyName: key9 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            for (const key10 in data36) {
              let data37 = data36[key10];
              if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                for (const key11 in data37) {
                  if (!(key11 === "namespaces" || key11 === "paths" || key11 === "codeowners" || key11 === "users" || key11 === "groups")) {
                    const err75 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data37.namespaces !== void 0) {
                  let data38 = data37.namespaces;
                  if (Array.isArray(data38)) {
                    const len8 = data38.length;
                    for (let i9 = 0; i9 < len8; i9++) {
                      let data39 = data38[i9];
                      if (typeof data39 === "string") {
                        if (!pattern4.test(data39)) {
                          const err76 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/namespaces/" + i9, schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/namespaces/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9*?]([-a-z0-9*?]{0,61}[a-z0-9*?])?$" }, message: 'must match pattern "^[a-z0-9*?]([-a-z0-9*?]{0,61}[a-z0-9*?])?$"' };
                          if (vErrors === null) {
                            vErrors = [err76];
                          } else {
                            vErrors.push(err76);
                          }
                          errors++;
                        }
                      } else {
                        const err77 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/namespaces/" + i9, schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/namespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/namespaces", schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/namespaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data37.paths !== void 0) {
                  let data40 = data37.paths;
                  if (Array.isArray(data40)) {
                    const len9 = data40.length;
                    for (let i10 = 0; i10 < len9; i10++) {
                      let data41 = data40[i10];
                      if (typeof data41 === "string") {
                        if (func3(data41) > 512) {
                          const err79 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths/" + i10, schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/paths/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                          if (vErrors === null) {
                            vErrors = [err79];
                          } else {
                            vErrors.push(err79);
                          }
                          errors++;
                        }
                        if (func3(data41) < 1) {
                          const err80 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths/" + i10, schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err80];
                          } else {
                            vErrors.push(err80);
                          }
                          errors++;
                        }
                      } else {
                        const err81 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths/" + i10, schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err81];
                        } else {
                          vErrors.push(err81);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err82 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths", schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                if (data37.codeowners !== void 0) {
                  let data42 = data37.codeowners;
                  if (Array.isArray(data42)) {
                    const len10 = data42.length;
                    for (let i11 = 0; i11 < len10; i11++) {
                      let data43 = data42[i11];
                      if (typeof data43 === "string") {
                        if (!pattern5.test(data43)) {
                          const err83 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/codeowners/" + i11, schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/codeowners/items/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][-A-Za-z0-9_.]*(/[A-Za-z0-9][-A-Za-z0-9_.]*)?$|^[^@\\s]+@[^@\\s]+$" }, message: 'must match pattern "^@[A-Za-z0-9][-A-Za-z0-9_.]*(/[A-Za-z0-9][-A-Za-z0-9_.]*)?$|^[^@\\s]+@[^@\\s]+$"' };
                          if (vErrors === null) {
                            vErrors = [err83];
                          } else {
                            vErrors.push(err83);
                          }
                          errors++;
                        }
                      } else {
                        const err84 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/codeowners/" + i11, schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/codeowners/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err84];
                        } else {
                          vErrors.push(err84);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err85 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/codeowners", schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/codeowners/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
                if (data37.users !== void 0) {
                  let data44 = data37.users;
                  if (Array.isArray(data44)) {
                    const len11 = data44.length;
                    for (let i12 = 0; i12 < len11; i12++) {
                      let data45 = data44[i12];
                      if (typeof data45 === "string") {
                        if (func3(data45) > 512) {
                          const err86 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/users/" + i12, schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/users/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                          if (vErrors === null) {
                            vErrors = [err86];
                          } else {
                            vErrors.push(err86);
                          }
                          errors++;
                        }
                        if (func3(data45) < 1) {
                          const err87 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/users/" + i12, schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/users/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err87];
                          } else {
                            vErrors.push(err87);
                          }
                          errors++;
                        }
                      } else {
                        const err88 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/users/" + i12, schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err89 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/users", schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
                if (data37.groups !== void 0) {
                  let data46 = data37.groups;
                  if (Array.isArray(data46)) {
                    const len12 = data46.length;
                    for (let i13 = 0; i13 < len12; i13++) {
                      let data47 = data46[i13];
                      if (typeof data47 === "string") {
                        if (func3(data47) > 512) {
                          const err90 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/groups/" + i13, schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/groups/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                          if (vErrors === null) {
                            vErrors = [err90];
                          } else {
                            vErrors.push(err90);
                          }
                          errors++;
                        }
                        if (func3(data47) < 1) {
                          const err91 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/groups/" + i13, schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/groups/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err91];
                          } else {
                            vErrors.push(err91);
                          }
                          errors++;
                        }
                      } else {
                        const err92 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/groups/" + i13, schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err92];
                        } else {
                          vErrors.push(err92);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err93 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/groups", schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
              } else {
                const err94 = { instancePath: instancePath + "/namespaces/teams/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/namespaces/properties/teams/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/namespaces/teams", schemaPath: "#/properties/namespaces/properties/teams/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/namespaces", schemaPath: "#/properties/namespaces/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.cost !== void 0) {
      let data48 = data.cost;
      if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
        for (const key12 in data48) {
          if (!func2.call(schema11.properties.cost.properties, key12)) {
            const err97 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data48.platforms !== void 0) {
          let data49 = data48.platforms;
          if (Array.isArray(data49)) {
            if (data49.length < 1) {
              const err98 = { instancePath: instancePath + "/cost/platforms", schemaPath: "#/properties/cost/properties/platforms/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            const len13 = data49.length;
            for (let i14 = 0; i14 < len13; i14++) {
              let data50 = data49[i14];
              if (!(data50 === "eks" || data50 === "k3s")) {
                const err99 = { instancePath: instancePath + "/cost/platforms/" + i14, schemaPath: "#/properties/cost/properties/platforms/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.cost.properties.platforms.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            let i15 = data49.length;
            let j1;
            if (i15 > 1) {
              outer0: for (; i15--; ) {
                for (j1 = i15; j1--; ) {
                  if (func0(data49[i15], data49[j1])) {
                    const err100 = { instancePath: instancePath + "/cost/platforms", schemaPath: "#/properties/cost/properties/platforms/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i15 + " are identical)" };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err101 = { instancePath: instancePath + "/cost/platforms", schemaPath: "#/properties/cost/properties/platforms/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data48.region !== void 0) {
          let data51 = data48.region;
          if (typeof data51 === "string") {
            if (!pattern6.test(data51)) {
              const err102 = { instancePath: instancePath + "/cost/region", schemaPath: "#/properties/cost/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-\\d+$"' };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
          } else {
            const err103 = { instancePath: instancePath + "/cost/region", schemaPath: "#/properties/cost/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data48.currency !== void 0) {
          let data52 = data48.currency;
          if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
            for (const key13 in data52) {
              if (!(key13 === "display" || key13 === "eurUsd")) {
                const err104 = { instancePath: instancePath + "/cost/currency", schemaPath: "#/properties/cost/properties/currency/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data52.display !== void 0) {
              let data53 = data52.display;
              if (!(data53 === "USD" || data53 === "EUR")) {
                const err105 = { instancePath: instancePath + "/cost/currency/display", schemaPath: "#/properties/cost/properties/currency/properties/display/enum", keyword: "enum", params: { allowedValues: schema11.properties.cost.properties.currency.properties.display.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data52.eurUsd !== void 0) {
              let data54 = data52.eurUsd;
              if (typeof data54 == "number") {
                if (data54 <= 0 || isNaN(data54)) {
                  const err106 = { instancePath: instancePath + "/cost/currency/eurUsd", schemaPath: "#/properties/cost/properties/currency/properties/eurUsd/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
              } else {
                const err107 = { instancePath: instancePath + "/cost/currency/eurUsd", schemaPath: "#/properties/cost/properties/currency/properties/eurUsd/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
          } else {
            const err108 = { instancePath: instancePath + "/cost/currency", schemaPath: "#/properties/cost/properties/currency/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data48.nodePools !== void 0) {
          let data55 = data48.nodePools;
          if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
            for (const key14 in data55) {
              if (!(key14 === "general" || key14 === "gpu")) {
                const err109 = { instancePath: instancePath + "/cost/nodePools", schemaPath: "#/properties/cost/properties/nodePools/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data55.general !== void 0) {
              let data56 = data55.general;
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                for (const key15 in data56) {
                  if (!(key15 === "families" || key15 === "arch" || key15 === "burstable" || key15 === "minNodes" || key15 === "maxNodes")) {
                    const err110 = { instancePath: instancePath + "/cost/nodePools/general", schemaPath: "#/properties/cost/properties/nodePools/properties/general/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data56.families !== void 0) {
                  let data57 = data56.families;
                  if (Array.isArray(data57)) {
                    if (data57.length < 1) {
                      const err111 = { instancePath: instancePath + "/cost/nodePools/general/families", schemaPath: "#/properties/cost/properties/nodePools/properties/general/properties/families/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                    const len14 = data57.length;
                    for (let i16 = 0; i16 < len14; i16++) {
                      let data58 = data57[i16];
                      if (typeof data58 === "string") {
                        if (func3(data58) < 1) {
                          const err112 = { instancePath: instancePath + "/cost/nodePools/general/families/" + i16, schemaPath: "#/properties/cost/properties/nodePools/properties/general/properties/families/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err112];
                          } else {
                            vErrors.push(err112);
                          }
                          errors++;
                        }
                      } else {
                        const err113 = { instancePath: instancePath + "/cost/nodePools/general/families/" + i16, schemaPath: "#/properties/cost/properties/nodePools/properties/general/properties/families/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err113];
                        } else {
                          vErrors.push(err113);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err114 = { instancePath: instancePath + "/cost/nodePools/general/families", schemaPath: "#/properties/cost/properties/nodePools/properties/general/properties/families/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
                if (data56.arch !== void 0) {
                  let data59 = data56.arch;
                  if (!(data59 === "amd64" || data59 === "arm64" || data59 === "any")) {
                    const err115 = { instancePath: instancePath + "/cost/nodePools/general/arch", schemaPath: "#/properties/cost/properties/nodePools/properties/general/properties/arch/enum", keyword: "enum", params: { allowedValues: schema11.properties.cost.properties.nodePools.properties.general.properties.arch.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
                if (data56.burstable !== void 0) {
                  if (typeof data56.burstable !== "boolean") {
                    const err116 = { instancePath: instancePath + "/cost/nodePools/general/burstable", schemaPath: "#/properties/cost/properties/nodePools/properties/general/properties/burstable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                }
                if (data56.minNodes !== void 0) {
                  let data61 = data56.minNodes;
                  if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)))) {
                    const err117 = { instancePath: instancePath + "/cost/nodePools/general/minNodes", schemaPath: "#/properties/cost/properties/nodePools/properties/general/properties/minNodes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                  if (typeof data61 == "number") {
                    if (data61 < 0 || isNaN(data61)) {
                      const err118 = { instancePath: instancePath + "/cost/nodePools/general/minNodes", schemaPath: "#/properties/cost/properties/nodePools/properties/general/properties/minNodes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                  }
                }
                if (data56.maxNodes !== void 0) {
                  let data62 = data56.maxNodes;
                  if (!(typeof data62 == "number" && (!(data62 % 1) && !isNaN(data62)))) {
                    const err119 = { instancePath: instancePath + "/cost/nodePools/general/maxNodes", schemaPath: "#/properties/cost/properties/nodePools/properties/general/properties/maxNodes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                  if (typeof data62 == "number") {
                    if (data62 < 1 || isNaN(data62)) {
                      const err120 = { instancePath: instancePath + "/cost/nodePools/general/maxNodes", schemaPath: "#/properties/cost/properties/nodePools/properties/general/properties/maxNodes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err121 = { instancePath: instancePath + "/cost/nodePools/general", schemaPath: "#/properties/cost/properties/nodePools/properties/general/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
            if (data55.gpu !== void 0) {
              let data63 = data55.gpu;
              if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                for (const key16 in data63) {
                  if (!(key16 === "families" || key16 === "arch" || key16 === "burstable" || key16 === "minNodes" || key16 === "maxNodes")) {
                    const err122 = { instancePath: instancePath + "/cost/nodePools/gpu", schemaPath: "#/properties/cost/properties/nodePools/properties/gpu/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                }
                if (data63.families !== void 0) {
                  let data64 = data63.families;
                  if (Array.isArray(data64)) {
                    if (data64.length < 1) {
                      const err123 = { instancePath: instancePath + "/cost/nodePools/gpu/families", schemaPath: "#/properties/cost/properties/nodePools/properties/gpu/properties/families/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                    const len15 = data64.length;
                    for (let i17 = 0; i17 < len15; i17++) {
                      let data65 = data64[i17];
                      if (typeof data65 === "string") {
                        if (func3(data65) < 1) {
                          const err124 = { instancePath: instancePath + "/cost/nodePools/gpu/families/" + i17, schemaPath: "#/properties/cost/properties/nodePools/properties/gpu/properties/families/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err124];
                          } else {
                            vErrors.push(err124);
                          }
                          errors++;
                        }
                      } else {
                        const err125 = { instancePath: instancePath + "/cost/nodePools/gpu/families/" + i17, schemaPath: "#/properties/cost/properties/nodePools/properties/gpu/properties/families/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err125];
                        } else {
                          vErrors.push(err125);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err126 = { instancePath: instancePath + "/cost/nodePools/gpu/families", schemaPath: "#/properties/cost/properties/nodePools/properties/gpu/properties/families/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data63.arch !== void 0) {
                  let data66 = data63.arch;
                  if (!(data66 === "amd64" || data66 === "arm64" || data66 === "any")) {
                    const err127 = { instancePath: instancePath + "/cost/nodePools/gpu/arch", schemaPath: "#/properties/cost/properties/nodePools/properties/gpu/properties/arch/enum", keyword: "enum", params: { allowedValues: schema11.properties.cost.properties.nodePools.properties.gpu.properties.arch.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                }
                if (data63.burstable !== void 0) {
                  if (typeof data63.burstable !== "boolean") {
                    const err128 = { instancePath: instancePath + "/cost/nodePools/gpu/burstable", schemaPath: "#/properties/cost/properties/nodePools/properties/gpu/properties/burstable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                }
                if (data63.minNodes !== void 0) {
                  let data68 = data63.minNodes;
                  if (!(typeof data68 == "number" && (!(data68 % 1) && !isNaN(data68)))) {
                    const err129 = { instancePath: instancePath + "/cost/nodePools/gpu/minNodes", schemaPath: "#/properties/cost/properties/nodePools/properties/gpu/properties/minNodes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                  if (typeof data68 == "number") {
                    if (data68 < 0 || isNaN(data68)) {
                      const err130 = { instancePath: instancePath + "/cost/nodePools/gpu/minNodes", schemaPath: "#/properties/cost/properties/nodePools/properties/gpu/properties/minNodes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                  }
                }
                if (data63.maxNodes !== void 0) {
                  let data69 = data63.maxNodes;
                  if (!(typeof data69 == "number" && (!(data69 % 1) && !isNaN(data69)))) {
                    const err131 = { instancePath: instancePath + "/cost/nodePools/gpu/maxNodes", schemaPath: "#/properties/cost/properties/nodePools/properties/gpu/properties/maxNodes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                  if (typeof data69 == "number") {
                    if (data69 < 1 || isNaN(data69)) {
                      const err132 = { instancePath: instancePath + "/cost/nodePools/gpu/maxNodes", schemaPath: "#/properties/cost/properties/nodePools/properties/gpu/properties/maxNodes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err132];
                      } else {
                        vErrors.push(err132);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err133 = { instancePath: instancePath + "/cost/nodePools/gpu", schemaPath: "#/properties/cost/properties/nodePools/properties/gpu/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
          } else {
            const err134 = { instancePath: instancePath + "/cost/nodePools", schemaPath: "#/properties/cost/properties/nodePools/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err134];
            } else {
              vErrors.push(err134);
            }
            errors++;
          }
        }
        if (data48.storageClasses !== void 0) {
          let data70 = data48.storageClasses;
          if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
            for (const key17 in data70) {
              let data71 = data70[key17];
              if (!(data71 === "gp2" || data71 === "gp3" || data71 === "io1" || data71 === "io2" || data71 === "st1" || data71 === "sc1" || data71 === "efs" || data71 === "hetzner-volume" || data71 === "local-path")) {
                const err135 = { instancePath: instancePath + "/cost/storageClasses/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cost/properties/storageClasses/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.cost.properties.storageClasses.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
          } else {
            const err136 = { instancePath: instancePath + "/cost/storageClasses", schemaPath: "#/properties/cost/properties/storageClasses/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err136];
            } else {
              vErrors.push(err136);
            }
            errors++;
          }
        }
        if (data48.allocation !== void 0) {
          let data72 = data48.allocation;
          if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
            for (const key18 in data72) {
              if (!(key18 === "shared")) {
                const err137 = { instancePath: instancePath + "/cost/allocation", schemaPath: "#/properties/cost/properties/allocation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data72.shared !== void 0) {
              let data73 = data72.shared;
              if (!(data73 === "proportional" || data73 === "none")) {
                const err138 = { instancePath: instancePath + "/cost/allocation/shared", schemaPath: "#/properties/cost/properties/allocation/properties/shared/enum", keyword: "enum", params: { allowedValues: schema11.properties.cost.properties.allocation.properties.shared.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
          } else {
            const err139 = { instancePath: instancePath + "/cost/allocation", schemaPath: "#/properties/cost/properties/allocation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
        if (data48.defaultRequests !== void 0) {
          let data74 = data48.defaultRequests;
          if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
            for (const key19 in data74) {
              if (!(key19 === "cpu" || key19 === "memory")) {
                const err140 = { instancePath: instancePath + "/cost/defaultRequests", schemaPath: "#/properties/cost/properties/defaultRequests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
            if (data74.cpu !== void 0) {
              let data75 = data74.cpu;
              const _errs166 = errors;
              let valid55 = false;
              const _errs167 = errors;
              if (typeof data75 === "string") {
                if (func3(data75) < 1) {
                  const err141 = { instancePath: instancePath + "/cost/defaultRequests/cpu", schemaPath: "#/properties/cost/properties/defaultRequests/properties/cpu/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err141];
                  } else {
                    vErrors.push(err141);
                  }
                  errors++;
                }
              } else {
                const err142 = { instancePath: instancePath + "/cost/defaultRequests/cpu", schemaPath: "#/properties/cost/properties/defaultRequests/properties/cpu/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
              var _valid1 = _errs167 === errors;
              valid55 = valid55 || _valid1;
              if (!valid55) {
                const _errs169 = errors;
                if (typeof data75 == "number") {
                  if (data75 < 0 || isNaN(data75)) {
                    const err143 = { instancePath: instancePath + "/cost/defaultRequests/cpu", schemaPath: "#/properties/cost/properties/defaultRequests/properties/cpu/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                } else {
                  const err144 = { instancePath: instancePath + "/cost/defaultRequests/cpu", schemaPath: "#/properties/cost/properties/defaultRequests/properties/cpu/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err144];
                  } else {
                    vErrors.push(err144);
                  }
                  errors++;
                }
                var _valid1 = _errs169 === errors;
                valid55 = valid55 || _valid1;
              }
              if (!valid55) {
                const err145 = { instancePath: instancePath + "/cost/defaultRequests/cpu", schemaPath: "#/properties/cost/properties/defaultRequests/properties/cpu/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              } else {
                errors = _errs166;
                if (vErrors !== null) {
                  if (_errs166) {
                    vErrors.length = _errs166;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data74.memory !== void 0) {
              let data76 = data74.memory;
              const _errs172 = errors;
              let valid56 = false;
              const _errs173 = errors;
              if (typeof data76 === "string") {
                if (func3(data76) < 1) {
                  const err146 = { instancePath: instancePath + "/cost/defaultRequests/memory", schemaPath: "#/properties/cost/properties/defaultRequests/properties/memory/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
              } else {
                const err147 = { instancePath: instancePath + "/cost/defaultRequests/memory", schemaPath: "#/properties/cost/properties/defaultRequests/properties/memory/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
              var _valid2 = _errs173 === errors;
              valid56 = valid56 || _valid2;
              if (!valid56) {
                const _errs175 = errors;
                if (typeof data76 == "number") {
                  if (data76 < 0 || isNaN(data76)) {
                    const err148 = { instancePath: instancePath + "/cost/defaultRequests/memory", schemaPath: "#/properties/cost/properties/defaultRequests/properties/memory/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                } else {
                  const err149 = { instancePath: instancePath + "/cost/defaultRequests/memory", schemaPath: "#/properties/cost/properties/defaultRequests/properties/memory/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
                var _valid2 = _errs175 === errors;
                valid56 = valid56 || _valid2;
              }
              if (!valid56) {
                const err150 = { instancePath: instancePath + "/cost/defaultRequests/memory", schemaPath: "#/properties/cost/properties/defaultRequests/properties/memory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              } else {
                errors = _errs172;
                if (vErrors !== null) {
                  if (_errs172) {
                    vErrors.length = _errs172;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err151 = { instancePath: instancePath + "/cost/defaultRequests", schemaPath: "#/properties/cost/properties/defaultRequests/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
        }
        if (data48.eks !== void 0) {
          let data77 = data48.eks;
          if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
            for (const key20 in data77) {
              if (!(key20 === "instanceTypes" || key20 === "controlPlane" || key20 === "natGateways" || key20 === "natGigabytesPerMonth" || key20 === "availabilityZones")) {
                const err152 = { instancePath: instancePath + "/cost/eks", schemaPath: "#/properties/cost/properties/eks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
            if (data77.instanceTypes !== void 0) {
              let data78 = data77.instanceTypes;
              if (Array.isArray(data78)) {
                if (data78.length < 1) {
                  const err153 = { instancePath: instancePath + "/cost/eks/instanceTypes", schemaPath: "#/properties/cost/properties/eks/properties/instanceTypes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
                const len16 = data78.length;
                for (let i18 = 0; i18 < len16; i18++) {
                  let data79 = data78[i18];
                  if (typeof data79 === "string") {
                    if (func3(data79) < 1) {
                      const err154 = { instancePath: instancePath + "/cost/eks/instanceTypes/" + i18, schemaPath: "#/properties/cost/properties/eks/properties/instanceTypes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err154];
                      } else {
                        vErrors.push(err154);
                      }
                      errors++;
                    }
                  } else {
                    const err155 = { instancePath: instancePath + "/cost/eks/instanceTypes/" + i18, schemaPath: "#/properties/cost/properties/eks/properties/instanceTypes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
              } else {
                const err156 = { instancePath: instancePath + "/cost/eks/instanceTypes", schemaPath: "#/properties/cost/properties/eks/properties/instanceTypes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
            if (data77.controlPlane !== void 0) {
              let data80 = data77.controlPlane;
              if (!(data80 === "standard" || data80 === "extended")) {
                const err157 = { instancePath: instancePath + "/cost/eks/controlPlane", schemaPath: "#/properties/cost/properties/eks/properties/controlPlane/enum", keyword: "enum", params: { allowedValues: schema11.properties.cost.properties.eks.properties.controlPlane.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
            }
            if (data77.natGateways !== void 0) {
              let data81 = data77.natGateways;
              if (!(typeof data81 == "number" && (!(data81 % 1) && !isNaN(data81)))) {
                const err158 = { instancePath: instancePath + "/cost/eks/natGateways", schemaPath: "#/properties/cost/properties/eks/properties/natGateways/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
              if (typeof data81 == "number") {
                if (data81 < 0 || isNaN(data81)) {
                  const err159 = { instancePath: instancePath + "/cost/eks/natGateways", schemaPath: "#/properties/cost/properties/eks/properties/natGateways/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err159];
                  } else {
                    vErrors.push(err159);
                  }
                  errors++;
                }
              }
            }
            if (data77.natGigabytesPerMonth !== void 0) {
              let data82 = data77.natGigabytesPerMonth;
              if (typeof data82 == "number") {
                if (data82 < 0 || isNaN(data82)) {
                  const err160 = { instancePath: instancePath + "/cost/eks/natGigabytesPerMonth", schemaPath: "#/properties/cost/properties/eks/properties/natGigabytesPerMonth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err160];
                  } else {
                    vErrors.push(err160);
                  }
                  errors++;
                }
              } else {
                const err161 = { instancePath: instancePath + "/cost/eks/natGigabytesPerMonth", schemaPath: "#/properties/cost/properties/eks/properties/natGigabytesPerMonth/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
            }
            if (data77.availabilityZones !== void 0) {
              let data83 = data77.availabilityZones;
              if (!(typeof data83 == "number" && (!(data83 % 1) && !isNaN(data83)))) {
                const err162 = { instancePath: instancePath + "/cost/eks/availabilityZones", schemaPath: "#/properties/cost/properties/eks/properties/availabilityZones/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
              if (typeof data83 == "number") {
                if (data83 < 1 || isNaN(data83)) {
                  const err163 = { instancePath: instancePath + "/cost/eks/availabilityZones", schemaPath: "#/properties/cost/properties/eks/properties/availabilityZones/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err163];
                  } else {
                    vErrors.push(err163);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err164 = { instancePath: instancePath + "/cost/eks", schemaPath: "#/properties/cost/properties/eks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
        }
        if (data48.k3s !== void 0) {
          let data84 = data48.k3s;
          if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
            for (const key21 in data84) {
              if (!(key21 === "servers" || key21 === "haAboveAgents" || key21 === "serverType" || key21 === "agentTypes" || key21 === "hetznerPrices" || key21 === "loadBalancerMonthlyEur")) {
                const err165 = { instancePath: instancePath + "/cost/k3s", schemaPath: "#/properties/cost/properties/k3s/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
            }
            if (data84.servers !== void 0) {
              let data85 = data84.servers;
              if (!(data85 === 1 || data85 === 3 || data85 === "auto")) {
                const err166 = { instancePath: instancePath + "/cost/k3s/servers", schemaPath: "#/properties/cost/properties/k3s/properties/servers/enum", keyword: "enum", params: { allowedValues: schema11.properties.cost.properties.k3s.properties.servers.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
            }
            if (data84.haAboveAgents !== void 0) {
              let data86 = data84.haAboveAgents;
              if (!(typeof data86 == "number" && (!(data86 % 1) && !isNaN(data86)))) {
                const err167 = { instancePath: instancePath + "/cost/k3s/haAboveAgents", schemaPath: "#/properties/cost/properties/k3s/properties/haAboveAgents/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
              if (typeof data86 == "number") {
                if (data86 < 0 || isNaN(data86)) {
                  const err168 = { instancePath: instancePath + "/cost/k3s/haAboveAgents", schemaPath: "#/properties/cost/properties/k3s/properties/haAboveAgents/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err168];
                  } else {
                    vErrors.push(err168);
                  }
                  errors++;
                }
              }
            }
            if (data84.serverType !== void 0) {
              let data87 = data84.serverType;
              if (typeof data87 === "string") {
                if (func3(data87) < 1) {
                  const err169 = { instancePath: instancePath + "/cost/k3s/serverType", schemaPath: "#/properties/cost/properties/k3s/properties/serverType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err169];
                  } else {
                    vErrors.push(err169);
                  }
                  errors++;
                }
              } else {
                const err170 = { instancePath: instancePath + "/cost/k3s/serverType", schemaPath: "#/properties/cost/properties/k3s/properties/serverType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
            if (data84.agentTypes !== void 0) {
              let data88 = data84.agentTypes;
              if (Array.isArray(data88)) {
                if (data88.length < 1) {
                  const err171 = { instancePath: instancePath + "/cost/k3s/agentTypes", schemaPath: "#/properties/cost/properties/k3s/properties/agentTypes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err171];
                  } else {
                    vErrors.push(err171);
                  }
                  errors++;
                }
                const len17 = data88.length;
                for (let i19 = 0; i19 < len17; i19++) {
                  let data89 = data88[i19];
                  if (typeof data89 === "string") {
                    if (func3(data89) < 1) {
                      const err172 = { instancePath: instancePath + "/cost/k3s/agentTypes/" + i19, schemaPath: "#/properties/cost/properties/k3s/properties/agentTypes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err172];
                      } else {
                        vErrors.push(err172);
                      }
                      errors++;
                    }
                  } else {
                    const err173 = { instancePath: instancePath + "/cost/k3s/agentTypes/" + i19, schemaPath: "#/properties/cost/properties/k3s/properties/agentTypes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err173];
                    } else {
                      vErrors.push(err173);
                    }
                    errors++;
                  }
                }
              } else {
                const err174 = { instancePath: instancePath + "/cost/k3s/agentTypes", schemaPath: "#/properties/cost/properties/k3s/properties/agentTypes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
            }
            if (data84.hetznerPrices !== void 0) {
              let data90 = data84.hetznerPrices;
              if (!(data90 === "new-orders" || data90 === "current")) {
                const err175 = { instancePath: instancePath + "/cost/k3s/hetznerPrices", schemaPath: "#/properties/cost/properties/k3s/properties/hetznerPrices/enum", keyword: "enum", params: { allowedValues: schema11.properties.cost.properties.k3s.properties.hetznerPrices.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
            }
            if (data84.loadBalancerMonthlyEur !== void 0) {
              let data91 = data84.loadBalancerMonthlyEur;
              if (typeof data91 == "number") {
                if (data91 < 0 || isNaN(data91)) {
                  const err176 = { instancePath: instancePath + "/cost/k3s/loadBalancerMonthlyEur", schemaPath: "#/properties/cost/properties/k3s/properties/loadBalancerMonthlyEur/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err176];
                  } else {
                    vErrors.push(err176);
                  }
                  errors++;
                }
              } else {
                const err177 = { instancePath: instancePath + "/cost/k3s/loadBalancerMonthlyEur", schemaPath: "#/properties/cost/properties/k3s/properties/loadBalancerMonthlyEur/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            }
          } else {
            const err178 = { instancePath: instancePath + "/cost/k3s", schemaPath: "#/properties/cost/properties/k3s/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err178];
            } else {
              vErrors.push(err178);
            }
            errors++;
          }
        }
        if (data48.budgets !== void 0) {
          let data92 = data48.budgets;
          if (Array.isArray(data92)) {
            const len18 = data92.length;
            for (let i20 = 0; i20 < len18; i20++) {
              let data93 = data92[i20];
              const _errs210 = errors;
              let valid65 = false;
              let passing1 = null;
              const _errs211 = errors;
              if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                if (data93.namespace === void 0) {
                  const err179 = { instancePath: instancePath + "/cost/budgets/" + i20, schemaPath: "#/properties/cost/properties/budgets/items/oneOf/0/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'" };
                  if (vErrors === null) {
                    vErrors = [err179];
                  } else {
                    vErrors.push(err179);
                  }
                  errors++;
                }
              }
              var _valid3 = _errs211 === errors;
              if (_valid3) {
                valid65 = true;
                passing1 = 0;
              }
              const _errs212 = errors;
              if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                if (data93.team === void 0) {
                  const err180 = { instancePath: instancePath + "/cost/budgets/" + i20, schemaPath: "#/properties/cost/properties/budgets/items/oneOf/1/required", keyword: "required", params: { missingProperty: "team" }, message: "must have required property 'team'" };
                  if (vErrors === null) {
                    vErrors = [err180];
                  } else {
                    vErrors.push(err180);
                  }
                  errors++;
                }
                if (data93.namespaces === void 0) {
                  const err181 = { instancePath: instancePath + "/cost/budgets/" + i20, schemaPath: "#/properties/cost/properties/budgets/items/oneOf/1/required", keyword: "required", params: { missingProperty: "namespaces" }, message: "must have required property 'namespaces'" };
                  if (vErrors === null) {
                    vErrors = [err181];
                  } else {
                    vErrors.push(err181);
                  }
                  errors++;
                }
              }
              var _valid3 = _errs212 === errors;
              if (_valid3 && valid65) {
                valid65 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid3) {
                  valid65 = true;
                  passing1 = 1;
                }
              }
              if (!valid65) {
                const err182 = { instancePath: instancePath + "/cost/budgets/" + i20, schemaPath: "#/properties/cost/properties/budgets/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err182];
                } else {
                  vErrors.push(err182);
                }
                errors++;
              } else {
                errors = _errs210;
                if (vErrors !== null) {
                  if (_errs210) {
                    vErrors.length = _errs210;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                if (data93.monthly === void 0) {
                  const err183 = { instancePath: instancePath + "/cost/budgets/" + i20, schemaPath: "#/properties/cost/properties/budgets/items/required", keyword: "required", params: { missingProperty: "monthly" }, message: "must have required property 'monthly'" };
                  if (vErrors === null) {
                    vErrors = [err183];
                  } else {
                    vErrors.push(err183);
                  }
                  errors++;
                }
                for (const key22 in data93) {
                  if (!(key22 === "namespace" || key22 === "team" || key22 === "namespaces" || key22 === "monthly" || key22 === "platform")) {
                    const err184 = { instancePath: instancePath + "/cost/budgets/" + i20, schemaPath: "#/properties/cost/properties/budgets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err184];
                    } else {
                      vErrors.push(err184);
                    }
                    errors++;
                  }
                }
                if (data93.namespace !== void 0) {
                  let data94 = data93.namespace;
                  if (typeof data94 === "string") {
                    if (func3(data94) < 1) {
                      const err185 = { instancePath: instancePath + "/cost/budgets/" + i20 + "/namespace", schemaPath: "#/properties/cost/properties/budgets/items/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err185];
                      } else {
                        vErrors.push(err185);
                      }
                      errors++;
                    }
                  } else {
                    const err186 = { instancePath: instancePath + "/cost/budgets/" + i20 + "/namespace", schemaPath: "#/properties/cost/properties/budgets/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err186];
                    } else {
                      vErrors.push(err186);
                    }
                    errors++;
                  }
                }
                if (data93.team !== void 0) {
                  let data95 = data93.team;
                  if (typeof data95 === "string") {
                    if (func3(data95) < 1) {
                      const err187 = { instancePath: instancePath + "/cost/budgets/" + i20 + "/team", schemaPath: "#/properties/cost/properties/budgets/items/properties/team/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err187];
                      } else {
                        vErrors.push(err187);
                      }
                      errors++;
                    }
                  } else {
                    const err188 = { instancePath: instancePath + "/cost/budgets/" + i20 + "/team", schemaPath: "#/properties/cost/properties/budgets/items/properties/team/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err188];
                    } else {
                      vErrors.push(err188);
                    }
                    errors++;
                  }
                }
                if (data93.namespaces !== void 0) {
                  let data96 = data93.namespaces;
                  if (Array.isArray(data96)) {
                    if (data96.length < 1) {
                      const err189 = { instancePath: instancePath + "/cost/budgets/" + i20 + "/namespaces", schemaPath: "#/properties/cost/properties/budgets/items/properties/namespaces/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err189];
                      } else {
                        vErrors.push(err189);
                      }
                      errors++;
                    }
                    const len19 = data96.length;
                    for (let i21 = 0; i21 < len19; i21++) {
                      let data97 = data96[i21];
                      if (typeof data97 === "string") {
                        if (func3(data97) < 1) {
                          const err190 = { instancePath: instancePath + "/cost/budgets/" + i20 + "/namespaces/" + i21, schemaPath: "#/properties/cost/properties/budgets/items/properties/namespaces/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err190];
                          } else {
                            vErrors.push(err190);
                          }
                          errors++;
                        }
                      } else {
                        const err191 = { instancePath: instancePath + "/cost/budgets/" + i20 + "/namespaces/" + i21, schemaPath: "#/properties/cost/properties/budgets/items/properties/namespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err191];
                        } else {
                          vErrors.push(err191);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err192 = { instancePath: instancePath + "/cost/budgets/" + i20 + "/namespaces", schemaPath: "#/properties/cost/properties/budgets/items/properties/namespaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err192];
                    } else {
                      vErrors.push(err192);
                    }
                    errors++;
                  }
                }
                if (data93.monthly !== void 0) {
                  let data98 = data93.monthly;
                  if (typeof data98 == "number") {
                    if (data98 < 0 || isNaN(data98)) {
                      const err193 = { instancePath: instancePath + "/cost/budgets/" + i20 + "/monthly", schemaPath: "#/properties/cost/properties/budgets/items/properties/monthly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err193];
                      } else {
                        vErrors.push(err193);
                      }
                      errors++;
                    }
                  } else {
                    const err194 = { instancePath: instancePath + "/cost/budgets/" + i20 + "/monthly", schemaPath: "#/properties/cost/properties/budgets/items/properties/monthly/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err194];
                    } else {
                      vErrors.push(err194);
                    }
                    errors++;
                  }
                }
                if (data93.platform !== void 0) {
                  let data99 = data93.platform;
                  if (!(data99 === "eks" || data99 === "k3s")) {
                    const err195 = { instancePath: instancePath + "/cost/budgets/" + i20 + "/platform", schemaPath: "#/properties/cost/properties/budgets/items/properties/platform/enum", keyword: "enum", params: { allowedValues: schema11.properties.cost.properties.budgets.items.properties.platform.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err195];
                    } else {
                      vErrors.push(err195);
                    }
                    errors++;
                  }
                }
              } else {
                const err196 = { instancePath: instancePath + "/cost/budgets/" + i20, schemaPath: "#/properties/cost/properties/budgets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err196];
                } else {
                  vErrors.push(err196);
                }
                errors++;
              }
            }
          } else {
            const err197 = { instancePath: instancePath + "/cost/budgets", schemaPath: "#/properties/cost/properties/budgets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err197];
            } else {
              vErrors.push(err197);
            }
            errors++;
          }
        }
        if (data48.increase !== void 0) {
          let data100 = data48.increase;
          if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
            for (const key23 in data100) {
              if (!(key23 === "absolute" || key23 === "percent" || key23 === "platforms")) {
                const err198 = { instancePath: instancePath + "/cost/increase", schemaPath: "#/properties/cost/properties/increase/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err198];
                } else {
                  vErrors.push(err198);
                }
                errors++;
              }
            }
            if (data100.absolute !== void 0) {
              let data101 = data100.absolute;
              if (typeof data101 == "number") {
                if (data101 < 0 || isNaN(data101)) {
                  const err199 = { instancePath: instancePath + "/cost/increase/absolute", schemaPath: "#/properties/cost/properties/increase/properties/absolute/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err199];
                  } else {
                    vErrors.push(err199);
                  }
                  errors++;
                }
              } else {
                const err200 = { instancePath: instancePath + "/cost/increase/absolute", schemaPath: "#/properties/cost/properties/increase/properties/absolute/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
            }
            if (data100.percent !== void 0) {
              let data102 = data100.percent;
              if (typeof data102 == "number") {
                if (data102 < 0 || isNaN(data102)) {
                  const err201 = { instancePath: instancePath + "/cost/increase/percent", schemaPath: "#/properties/cost/properties/increase/properties/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err201];
                  } else {
                    vErrors.push(err201);
                  }
                  errors++;
                }
              } else {
                const err202 = { instancePath: instancePath + "/cost/increase/percent", schemaPath: "#/properties/cost/properties/increase/properties/percent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err202];
                } else {
                  vErrors.push(err202);
                }
                errors++;
              }
            }
            if (data100.platforms !== void 0) {
              let data103 = data100.platforms;
              if (Array.isArray(data103)) {
                if (data103.length < 1) {
                  const err203 = { instancePath: instancePath + "/cost/increase/platforms", schemaPath: "#/properties/cost/properties/increase/properties/platforms/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err203];
                  } else {
                    vErrors.push(err203);
                  }
                  errors++;
                }
                const len20 = data103.length;
                for (let i22 = 0; i22 < len20; i22++) {
                  let data104 = data103[i22];
                  if (!(data104 === "eks" || data104 === "k3s")) {
                    const err204 = { instancePath: instancePath + "/cost/increase/platforms/" + i22, schemaPath: "#/properties/cost/properties/increase/properties/platforms/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.cost.properties.increase.properties.platforms.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err204];
                    } else {
                      vErrors.push(err204);
                    }
                    errors++;
                  }
                }
              } else {
                const err205 = { instancePath: instancePath + "/cost/increase/platforms", schemaPath: "#/properties/cost/properties/increase/properties/platforms/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
          } else {
            const err206 = { instancePath: instancePath + "/cost/increase", schemaPath: "#/properties/cost/properties/increase/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err206];
            } else {
              vErrors.push(err206);
            }
            errors++;
          }
        }
      } else {
        const err207 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err207];
        } else {
          vErrors.push(err207);
        }
        errors++;
      }
    }
    if (data.admission !== void 0) {
      let data105 = data.admission;
      if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
        for (const key24 in data105) {
          if (!(key24 === "mode" || key24 === "onError" || key24 === "exemptNamespaces" || key24 === "exemptUsers" || key24 === "exemptGroups" || key24 === "update" || key24 === "annotationExemptions" || key24 === "exemptionsBy")) {
            const err208 = { instancePath: instancePath + "/admission", schemaPath: "#/properties/admission/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err208];
            } else {
              vErrors.push(err208);
            }
            errors++;
          }
        }
        if (data105.mode !== void 0) {
          let data106 = data105.mode;
          if (!(data106 === "enforce" || data106 === "warn" || data106 === "audit")) {
            const err209 = { instancePath: instancePath + "/admission/mode", schemaPath: "#/properties/admission/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.admission.properties.mode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          }
        }
        if (data105.onError !== void 0) {
          let data107 = data105.onError;
          if (!(data107 === "allow" || data107 === "deny")) {
            const err210 = { instancePath: instancePath + "/admission/onError", schemaPath: "#/properties/admission/properties/onError/enum", keyword: "enum", params: { allowedValues: schema11.properties.admission.properties.onError.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err210];
            } else {
              vErrors.push(err210);
            }
            errors++;
          }
        }
        if (data105.exemptNamespaces !== void 0) {
          let data108 = data105.exemptNamespaces;
          if (Array.isArray(data108)) {
            const len21 = data108.length;
            for (let i23 = 0; i23 < len21; i23++) {
              let data109 = data108[i23];
              if (typeof data109 === "string") {
                if (func3(data109) > 512) {
                  const err211 = { instancePath: instancePath + "/admission/exemptNamespaces/" + i23, schemaPath: "#/properties/admission/properties/exemptNamespaces/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err211];
                  } else {
                    vErrors.push(err211);
                  }
                  errors++;
                }
                if (func3(data109) < 1) {
                  const err212 = { instancePath: instancePath + "/admission/exemptNamespaces/" + i23, schemaPath: "#/properties/admission/properties/exemptNamespaces/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err212];
                  } else {
                    vErrors.push(err212);
                  }
                  errors++;
                }
              } else {
                const err213 = { instancePath: instancePath + "/admission/exemptNamespaces/" + i23, schemaPath: "#/properties/admission/properties/exemptNamespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err213];
                } else {
                  vErrors.push(err213);
                }
                errors++;
              }
            }
          } else {
            const err214 = { instancePath: instancePath + "/admission/exemptNamespaces", schemaPath: "#/properties/admission/properties/exemptNamespaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err214];
            } else {
              vErrors.push(err214);
            }
            errors++;
          }
        }
        if (data105.exemptUsers !== void 0) {
          let data110 = data105.exemptUsers;
          if (Array.isArray(data110)) {
            const len22 = data110.length;
            for (let i24 = 0; i24 < len22; i24++) {
              let data111 = data110[i24];
              if (typeof data111 === "string") {
                if (func3(data111) > 512) {
                  const err215 = { instancePath: instancePath + "/admission/exemptUsers/" + i24, schemaPath: "#/properties/admission/properties/exemptUsers/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err215];
                  } else {
                    vErrors.push(err215);
                  }
                  errors++;
                }
                if (func3(data111) < 1) {
                  const err216 = { instancePath: instancePath + "/admission/exemptUsers/" + i24, schemaPath: "#/properties/admission/properties/exemptUsers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err216];
                  } else {
                    vErrors.push(err216);
                  }
                  errors++;
                }
              } else {
                const err217 = { instancePath: instancePath + "/admission/exemptUsers/" + i24, schemaPath: "#/properties/admission/properties/exemptUsers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err217];
                } else {
                  vErrors.push(err217);
                }
                errors++;
              }
            }
          } else {
            const err218 = { instancePath: instancePath + "/admission/exemptUsers", schemaPath: "#/properties/admission/properties/exemptUsers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err218];
            } else {
              vErrors.push(err218);
            }
            errors++;
          }
        }
        if (data105.exemptGroups !== void 0) {
          let data112 = data105.exemptGroups;
          if (Array.isArray(data112)) {
            const len23 = data112.length;
            for (let i25 = 0; i25 < len23; i25++) {
              let data113 = data112[i25];
              if (typeof data113 === "string") {
                if (func3(data113) > 512) {
                  const err219 = { instancePath: instancePath + "/admission/exemptGroups/" + i25, schemaPath: "#/properties/admission/properties/exemptGroups/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err219];
                  } else {
                    vErrors.push(err219);
                  }
                  errors++;
                }
                if (func3(data113) < 1) {
                  const err220 = { instancePath: instancePath + "/admission/exemptGroups/" + i25, schemaPath: "#/properties/admission/properties/exemptGroups/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err220];
                  } else {
                    vErrors.push(err220);
                  }
                  errors++;
                }
              } else {
                const err221 = { instancePath: instancePath + "/admission/exemptGroups/" + i25, schemaPath: "#/properties/admission/properties/exemptGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err221];
                } else {
                  vErrors.push(err221);
                }
                errors++;
              }
            }
          } else {
            const err222 = { instancePath: instancePath + "/admission/exemptGroups", schemaPath: "#/properties/admission/properties/exemptGroups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err222];
            } else {
              vErrors.push(err222);
            }
            errors++;
          }
        }
        if (data105.update !== void 0) {
          let data114 = data105.update;
          if (!(data114 === "all" || data114 === "new-only")) {
            const err223 = { instancePath: instancePath + "/admission/update", schemaPath: "#/properties/admission/properties/update/enum", keyword: "enum", params: { allowedValues: schema11.properties.admission.properties.update.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
        }
        if (data105.annotationExemptions !== void 0) {
          let data115 = data105.annotationExemptions;
          if (!(data115 === "all" || data115 === "non-boundary" || data115 === "none")) {
            const err224 = { instancePath: instancePath + "/admission/annotationExemptions", schemaPath: "#/properties/admission/properties/annotationExemptions/enum", keyword: "enum", params: { allowedValues: schema11.properties.admission.properties.annotationExemptions.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err224];
            } else {
              vErrors.push(err224);
            }
            errors++;
          }
        }
        if (data105.exemptionsBy !== void 0) {
          let data116 = data105.exemptionsBy;
          if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
            for (const key25 in data116) {
              if (!(key25 === "users" || key25 === "groups")) {
                const err225 = { instancePath: instancePath + "/admission/exemptionsBy", schemaPath: "#/properties/admission/properties/exemptionsBy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err225];
                } else {
                  vErrors.push(err225);
                }
                errors++;
              }
            }
            if (data116.users !== void 0) {
              let data117 = data116.users;
              if (Array.isArray(data117)) {
                const len24 = data117.length;
                for (let i26 = 0; i26 < len24; i26++) {
                  let data118 = data117[i26];
                  if (typeof data118 === "string") {
                    if (func3(data118) > 512) {
                      const err226 = { instancePath: instancePath + "/admission/exemptionsBy/users/" + i26, schemaPath: "#/properties/admission/properties/exemptionsBy/properties/users/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                      if (vErrors === null) {
                        vErrors = [err226];
                      } else {
                        vErrors.push(err226);
                      }
                      errors++;
                    }
                    if (func3(data118) < 1) {
                      const err227 = { instancePath: instancePath + "/admission/exemptionsBy/users/" + i26, schemaPath: "#/properties/admission/properties/exemptionsBy/properties/users/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err227];
                      } else {
                        vErrors.push(err227);
                      }
                      errors++;
                    }
                  } else {
                    const err228 = { instancePath: instancePath + "/admission/exemptionsBy/users/" + i26, schemaPath: "#/properties/admission/properties/exemptionsBy/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err228];
                    } else {
                      vErrors.push(err228);
                    }
                    errors++;
                  }
                }
              } else {
                const err229 = { instancePath: instancePath + "/admission/exemptionsBy/users", schemaPath: "#/properties/admission/properties/exemptionsBy/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err229];
                } else {
                  vErrors.push(err229);
                }
                errors++;
              }
            }
            if (data116.groups !== void 0) {
              let data119 = data116.groups;
              if (Array.isArray(data119)) {
                const len25 = data119.length;
                for (let i27 = 0; i27 < len25; i27++) {
                  let data120 = data119[i27];
                  if (typeof data120 === "string") {
                    if (func3(data120) > 512) {
                      const err230 = { instancePath: instancePath + "/admission/exemptionsBy/groups/" + i27, schemaPath: "#/properties/admission/properties/exemptionsBy/properties/groups/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                      if (vErrors === null) {
                        vErrors = [err230];
                      } else {
                        vErrors.push(err230);
                      }
                      errors++;
                    }
                    if (func3(data120) < 1) {
                      const err231 = { instancePath: instancePath + "/admission/exemptionsBy/groups/" + i27, schemaPath: "#/properties/admission/properties/exemptionsBy/properties/groups/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err231];
                      } else {
                        vErrors.push(err231);
                      }
                      errors++;
                    }
                  } else {
                    const err232 = { instancePath: instancePath + "/admission/exemptionsBy/groups/" + i27, schemaPath: "#/properties/admission/properties/exemptionsBy/properties/groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err232];
                    } else {
                      vErrors.push(err232);
                    }
                    errors++;
                  }
                }
              } else {
                const err233 = { instancePath: instancePath + "/admission/exemptionsBy/groups", schemaPath: "#/properties/admission/properties/exemptionsBy/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err233];
                } else {
                  vErrors.push(err233);
                }
                errors++;
              }
            }
          } else {
            const err234 = { instancePath: instancePath + "/admission/exemptionsBy", schemaPath: "#/properties/admission/properties/exemptionsBy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err234];
            } else {
              vErrors.push(err234);
            }
            errors++;
          }
        }
      } else {
        const err235 = { instancePath: instancePath + "/admission", schemaPath: "#/properties/admission/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err235];
        } else {
          vErrors.push(err235);
        }
        errors++;
      }
    }
    if (data.podSources !== void 0) {
      let data121 = data.podSources;
      if (Array.isArray(data121)) {
        const len26 = data121.length;
        for (let i28 = 0; i28 < len26; i28++) {
          let data122 = data121[i28];
          if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
            if (data122.kind === void 0) {
              const err236 = { instancePath: instancePath + "/podSources/" + i28, schemaPath: "#/properties/podSources/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err236];
              } else {
                vErrors.push(err236);
              }
              errors++;
            }
            if (data122.labels === void 0) {
              const err237 = { instancePath: instancePath + "/podSources/" + i28, schemaPath: "#/properties/podSources/items/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'" };
              if (vErrors === null) {
                vErrors = [err237];
              } else {
                vErrors.push(err237);
              }
              errors++;
            }
            for (const key26 in data122) {
              if (!(key26 === "apiVersion" || key26 === "kind" || key26 === "labels")) {
                const err238 = { instancePath: instancePath + "/podSources/" + i28, schemaPath: "#/properties/podSources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err238];
                } else {
                  vErrors.push(err238);
                }
                errors++;
              }
            }
            if (data122.apiVersion !== void 0) {
              let data123 = data122.apiVersion;
              if (typeof data123 === "string") {
                if (func3(data123) < 1) {
                  const err239 = { instancePath: instancePath + "/podSources/" + i28 + "/apiVersion", schemaPath: "#/properties/podSources/items/properties/apiVersion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err239];
                  } else {
                    vErrors.push(err239);
                  }
                  errors++;
                }
              } else {
                const err240 = { instancePath: instancePath + "/podSources/" + i28 + "/apiVersion", schemaPath: "#/properties/podSources/items/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err240];
                } else {
                  vErrors.push(err240);
                }
                errors++;
              }
            }
            if (data122.kind !== void 0) {
              let data124 = data122.kind;
              if (typeof data124 === "string") {
                if (!pattern7.test(data124)) {
                  const err241 = { instancePath: instancePath + "/podSources/" + i28 + "/kind", schemaPath: "#/properties/podSources/items/properties/kind/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9]*$"' };
                  if (vErrors === null) {
                    vErrors = [err241];
                  } else {
                    vErrors.push(err241);
                  }
                  errors++;
                }
              } else {
                const err242 = { instancePath: instancePath + "/podSources/" + i28 + "/kind", schemaPath: "#/properties/podSources/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err242];
                } else {
                  vErrors.push(err242);
                }
                errors++;
              }
            }
            if (data122.labels !== void 0) {
              let data125 = data122.labels;
              if (typeof data125 === "string") {
                if (!pattern8.test(data125)) {
                  const err243 = { instancePath: instancePath + "/podSources/" + i28 + "/labels", schemaPath: "#/properties/podSources/items/properties/labels/pattern", keyword: "pattern", params: { pattern: "^(/[^/]+)+$" }, message: 'must match pattern "^(/[^/]+)+$"' };
                  if (vErrors === null) {
                    vErrors = [err243];
                  } else {
                    vErrors.push(err243);
                  }
                  errors++;
                }
              } else {
                const err244 = { instancePath: instancePath + "/podSources/" + i28 + "/labels", schemaPath: "#/properties/podSources/items/properties/labels/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err244];
                } else {
                  vErrors.push(err244);
                }
                errors++;
              }
            }
          } else {
            const err245 = { instancePath: instancePath + "/podSources/" + i28, schemaPath: "#/properties/podSources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err245];
            } else {
              vErrors.push(err245);
            }
            errors++;
          }
        }
      } else {
        const err246 = { instancePath: instancePath + "/podSources", schemaPath: "#/properties/podSources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err246];
        } else {
          vErrors.push(err246);
        }
        errors++;
      }
    }
    if (data.units !== void 0) {
      let data126 = data.units;
      if (Array.isArray(data126)) {
        const len27 = data126.length;
        for (let i29 = 0; i29 < len27; i29++) {
          let data127 = data126[i29];
          if (data127 && typeof data127 == "object" && !Array.isArray(data127)) {
            if (data127.path === void 0) {
              const err247 = { instancePath: instancePath + "/units/" + i29, schemaPath: "#/properties/units/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err247];
              } else {
                vErrors.push(err247);
              }
              errors++;
            }
            for (const key27 in data127) {
              if (!(key27 === "path" || key27 === "environment" || key27 === "values" || key27 === "release" || key27 === "namespace" || key27 === "render")) {
                const err248 = { instancePath: instancePath + "/units/" + i29, schemaPath: "#/properties/units/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err248];
                } else {
                  vErrors.push(err248);
                }
                errors++;
              }
            }
            if (data127.path !== void 0) {
              let data128 = data127.path;
              if (typeof data128 === "string") {
                if (func3(data128) < 1) {
                  const err249 = { instancePath: instancePath + "/units/" + i29 + "/path", schemaPath: "#/properties/units/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err249];
                  } else {
                    vErrors.push(err249);
                  }
                  errors++;
                }
              } else {
                const err250 = { instancePath: instancePath + "/units/" + i29 + "/path", schemaPath: "#/properties/units/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err250];
                } else {
                  vErrors.push(err250);
                }
                errors++;
              }
            }
            if (data127.environment !== void 0) {
              let data129 = data127.environment;
              if (typeof data129 === "string") {
                if (func3(data129) < 1) {
                  const err251 = { instancePath: instancePath + "/units/" + i29 + "/environment", schemaPath: "#/properties/units/items/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err251];
                  } else {
                    vErrors.push(err251);
                  }
                  errors++;
                }
              } else {
                const err252 = { instancePath: instancePath + "/units/" + i29 + "/environment", schemaPath: "#/properties/units/items/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err252];
                } else {
                  vErrors.push(err252);
                }
                errors++;
              }
            }
            if (data127.values !== void 0) {
              let data130 = data127.values;
              if (Array.isArray(data130)) {
                const len28 = data130.length;
                for (let i30 = 0; i30 < len28; i30++) {
                  let data131 = data130[i30];
                  if (typeof data131 === "string") {
                    if (func3(data131) < 1) {
                      const err253 = { instancePath: instancePath + "/units/" + i29 + "/values/" + i30, schemaPath: "#/properties/units/items/properties/values/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err253];
                      } else {
                        vErrors.push(err253);
                      }
                      errors++;
                    }
                  } else {
                    const err254 = { instancePath: instancePath + "/units/" + i29 + "/values/" + i30, schemaPath: "#/properties/units/items/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err254];
                    } else {
                      vErrors.push(err254);
                    }
                    errors++;
                  }
                }
              } else {
                const err255 = { instancePath: instancePath + "/units/" + i29 + "/values", schemaPath: "#/properties/units/items/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err255];
                } else {
                  vErrors.push(err255);
                }
                errors++;
              }
            }
            if (data127.release !== void 0) {
              let data132 = data127.release;
              if (typeof data132 === "string") {
                if (func3(data132) > 53) {
                  const err256 = { instancePath: instancePath + "/units/" + i29 + "/release", schemaPath: "#/properties/units/items/properties/release/maxLength", keyword: "maxLength", params: { limit: 53 }, message: "must NOT have more than 53 characters" };
                  if (vErrors === null) {
                    vErrors = [err256];
                  } else {
                    vErrors.push(err256);
                  }
                  errors++;
                }
                if (!pattern9.test(data132)) {
                  const err257 = { instancePath: instancePath + "/units/" + i29 + "/release", schemaPath: "#/properties/units/items/properties/release/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                  if (vErrors === null) {
                    vErrors = [err257];
                  } else {
                    vErrors.push(err257);
                  }
                  errors++;
                }
              } else {
                const err258 = { instancePath: instancePath + "/units/" + i29 + "/release", schemaPath: "#/properties/units/items/properties/release/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err258];
                } else {
                  vErrors.push(err258);
                }
                errors++;
              }
            }
            if (data127.namespace !== void 0) {
              let data133 = data127.namespace;
              if (typeof data133 === "string") {
                if (func3(data133) > 63) {
                  const err259 = { instancePath: instancePath + "/units/" + i29 + "/namespace", schemaPath: "#/properties/units/items/properties/namespace/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                  if (vErrors === null) {
                    vErrors = [err259];
                  } else {
                    vErrors.push(err259);
                  }
                  errors++;
                }
                if (!pattern9.test(data133)) {
                  const err260 = { instancePath: instancePath + "/units/" + i29 + "/namespace", schemaPath: "#/properties/units/items/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                  if (vErrors === null) {
                    vErrors = [err260];
                  } else {
                    vErrors.push(err260);
                  }
                  errors++;
                }
              } else {
                const err261 = { instancePath: instancePath + "/units/" + i29 + "/namespace", schemaPath: "#/properties/units/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err261];
                } else {
                  vErrors.push(err261);
                }
                errors++;
              }
            }
            if (data127.render !== void 0) {
              if (typeof data127.render !== "boolean") {
                const err262 = { instancePath: instancePath + "/units/" + i29 + "/render", schemaPath: "#/properties/units/items/properties/render/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err262];
                } else {
                  vErrors.push(err262);
                }
                errors++;
              }
            }
          } else {
            const err263 = { instancePath: instancePath + "/units/" + i29, schemaPath: "#/properties/units/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err263];
            } else {
              vErrors.push(err263);
            }
            errors++;
          }
        }
      } else {
        const err264 = { instancePath: instancePath + "/units", schemaPath: "#/properties/units/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err264];
        } else {
          vErrors.push(err264);
        }
        errors++;
      }
    }
    if (data.renderers !== void 0) {
      let data135 = data.renderers;
      if (data135 && typeof data135 == "object" && !Array.isArray(data135)) {
        for (const key28 in data135) {
          if (!(key28 === "kustomize" || key28 === "kubectl" || key28 === "helm" || key28 === "timeoutSeconds" || key28 === "parallel")) {
            const err265 = { instancePath: instancePath + "/renderers", schemaPath: "#/properties/renderers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err265];
            } else {
              vErrors.push(err265);
            }
            errors++;
          }
        }
        if (data135.kustomize !== void 0) {
          let data136 = data135.kustomize;
          if (typeof data136 === "string") {
            if (func3(data136) < 1) {
              const err266 = { instancePath: instancePath + "/renderers/kustomize", schemaPath: "#/properties/renderers/properties/kustomize/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err266];
              } else {
                vErrors.push(err266);
              }
              errors++;
            }
          } else {
            const err267 = { instancePath: instancePath + "/renderers/kustomize", schemaPath: "#/properties/renderers/properties/kustomize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err267];
            } else {
              vErrors.push(err267);
            }
            errors++;
          }
        }
        if (data135.kubectl !== void 0) {
          let data137 = data135.kubectl;
          if (typeof data137 === "string") {
            if (func3(data137) < 1) {
              const err268 = { instancePath: instancePath + "/renderers/kubectl", schemaPath: "#/properties/renderers/properties/kubectl/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err268];
              } else {
                vErrors.push(err268);
              }
              errors++;
            }
          } else {
            const err269 = { instancePath: instancePath + "/renderers/kubectl", schemaPath: "#/properties/renderers/properties/kubectl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err269];
            } else {
              vErrors.push(err269);
            }
            errors++;
          }
        }
        if (data135.helm !== void 0) {
          let data138 = data135.helm;
          if (typeof data138 === "string") {
            if (func3(data138) < 1) {
              const err270 = { instancePath: instancePath + "/renderers/helm", schemaPath: "#/properties/renderers/properties/helm/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err270];
              } else {
                vErrors.push(err270);
              }
              errors++;
            }
          } else {
            const err271 = { instancePath: instancePath + "/renderers/helm", schemaPath: "#/properties/renderers/properties/helm/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err271];
            } else {
              vErrors.push(err271);
            }
            errors++;
          }
        }
        if (data135.timeoutSeconds !== void 0) {
          let data139 = data135.timeoutSeconds;
          if (typeof data139 == "number") {
            if (data139 > 600 || isNaN(data139)) {
              const err272 = { instancePath: instancePath + "/renderers/timeoutSeconds", schemaPath: "#/properties/renderers/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 600 }, message: "must be <= 600" };
              if (vErrors === null) {
                vErrors = [err272];
              } else {
                vErrors.push(err272);
              }
              errors++;
            }
            if (data139 < 1 || isNaN(data139)) {
              const err273 = { instancePath: instancePath + "/renderers/timeoutSeconds", schemaPath: "#/properties/renderers/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err273];
              } else {
                vErrors.push(err273);
              }
              errors++;
            }
          } else {
            const err274 = { instancePath: instancePath + "/renderers/timeoutSeconds", schemaPath: "#/properties/renderers/properties/timeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err274];
            } else {
              vErrors.push(err274);
            }
            errors++;
          }
        }
        if (data135.parallel !== void 0) {
          let data140 = data135.parallel;
          if (!(typeof data140 == "number" && (!(data140 % 1) && !isNaN(data140)))) {
            const err275 = { instancePath: instancePath + "/renderers/parallel", schemaPath: "#/properties/renderers/properties/parallel/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err275];
            } else {
              vErrors.push(err275);
            }
            errors++;
          }
          if (typeof data140 == "number") {
            if (data140 > 16 || isNaN(data140)) {
              const err276 = { instancePath: instancePath + "/renderers/parallel", schemaPath: "#/properties/renderers/properties/parallel/maximum", keyword: "maximum", params: { comparison: "<=", limit: 16 }, message: "must be <= 16" };
              if (vErrors === null) {
                vErrors = [err276];
              } else {
                vErrors.push(err276);
              }
              errors++;
            }
            if (data140 < 1 || isNaN(data140)) {
              const err277 = { instancePath: instancePath + "/renderers/parallel", schemaPath: "#/properties/renderers/properties/parallel/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err277];
              } else {
                vErrors.push(err277);
              }
              errors++;
            }
          }
        }
      } else {
        const err278 = { instancePath: instancePath + "/renderers", schemaPath: "#/properties/renderers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err278];
        } else {
          vErrors.push(err278);
        }
        errors++;
      }
    }
  } else {
    const err279 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err279];
    } else {
      vErrors.push(err279);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// .dist-4210/.validators/policy-file.mjs
var policyFile = validate102;
var schema112 = { "type": "object", "additionalProperties": false, "required": ["id", "title", "severity", "target", "schema", "message", "remediation", "examples"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9-]+/[a-z0-9-]+$" }, "title": { "type": "string", "minLength": 5 }, "description": { "type": "string" }, "severity": { "enum": ["error", "warning", "info"] }, "target": { "enum": ["container", "workload", "object"] }, "kinds": { "type": "array", "items": { "type": "string" }, "minItems": 1 }, "optIn": { "type": "boolean" }, "options": { "type": "object", "description": "option name -> default value; `${name}` strings in schema are replaced" }, "schema": { "type": "object" }, "message": { "type": "string", "minLength": 5 }, "remediation": { "type": "string", "minLength": 5 }, "examples": { "type": "object", "additionalProperties": false, "required": ["pass", "fail"], "properties": { "pass": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "fail": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["manifest", "lines"], "properties": { "manifest": { "type": "string" }, "lines": { "type": "array", "items": { "type": "integer", "minimum": 1 }, "minItems": 1 }, "options": { "type": "object" } } } } } } } };
var func22 = Object.prototype.hasOwnProperty;
var func32 = require_ucs2length().default;
var pattern02 = new RegExp("^[a-z0-9-]+/[a-z0-9-]+$", "u");
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.target === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.schema === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.remediation === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "remediation" }, message: "must have required property 'remediation'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.examples === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "examples" }, message: "must have required property 'examples'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func22.call(schema112.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern02.test(data0)) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+/[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+/[a-z0-9-]+$"', schema: "^[a-z0-9-]+/[a-z0-9-]+$", parentSchema: schema112.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.id.type, parentSchema: schema112.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func32(data1) < 5) {
          const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 5 }, message: "must NOT have fewer than 5 characters", schema: 5, parentSchema: schema112.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.title.type, parentSchema: schema112.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err13 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.description.type, parentSchema: schema112.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data3 = data.severity;
      if (!(data3 === "error" || data3 === "warning" || data3 === "info")) {
        const err14 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema112.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema112.properties.severity.enum, parentSchema: schema112.properties.severity, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data4 = data.target;
      if (!(data4 === "container" || data4 === "workload" || data4 === "object")) {
        const err15 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/enum", keyword: "enum", params: { allowedValues: schema112.properties.target.enum }, message: "must be equal to one of the allowed values", schema: schema112.properties.target.enum, parentSchema: schema112.properties.target, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.kinds !== void 0) {
      let data5 = data.kinds;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err16 = { instancePath: instancePath + "/kinds", schemaPath: "#/properties/kinds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema112.properties.kinds, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 !== "string") {
            const err17 = { instancePath: instancePath + "/kinds/" + i0, schemaPath: "#/properties/kinds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.kinds.items.type, parentSchema: schema112.properties.kinds.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/kinds", schemaPath: "#/properties/kinds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.kinds.type, parentSchema: schema112.properties.kinds, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.optIn !== void 0) {
      let data7 = data.optIn;
      if (typeof data7 !== "boolean") {
        const err19 = { instancePath: instancePath + "/optIn", schemaPath: "#/properties/optIn/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.optIn.type, parentSchema: schema112.properties.optIn, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data8 = data.options;
      if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
        const err20 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.options.type, parentSchema: schema112.properties.options, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.schema !== void 0) {
      let data9 = data.schema;
      if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
        const err21 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.schema.type, parentSchema: schema112.properties.schema, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data10 = data.message;
      if (typeof data10 === "string") {
        if (func32(data10) < 5) {
          const err22 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 5 }, message: "must NOT have fewer than 5 characters", schema: 5, parentSchema: schema112.properties.message, data: data10 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.message.type, parentSchema: schema112.properties.message, data: data10 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.remediation !== void 0) {
      let data11 = data.remediation;
      if (typeof data11 === "string") {
        if (func32(data11) < 5) {
          const err24 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/minLength", keyword: "minLength", params: { limit: 5 }, message: "must NOT have fewer than 5 characters", schema: 5, parentSchema: schema112.properties.remediation, data: data11 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.remediation.type, parentSchema: schema112.properties.remediation, data: data11 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.examples !== void 0) {
      let data12 = data.examples;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.pass === void 0) {
          const err26 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "pass" }, message: "must have required property 'pass'", schema: schema112.properties.examples.required, parentSchema: schema112.properties.examples, data: data12 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data12.fail === void 0) {
          const err27 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "fail" }, message: "must have required property 'fail'", schema: schema112.properties.examples.required, parentSchema: schema112.properties.examples, data: data12 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        for (const key1 in data12) {
          if (!(key1 === "pass" || key1 === "fail")) {
            const err28 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.examples, data: data12 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data12.pass !== void 0) {
          let data13 = data12.pass;
          if (Array.isArray(data13)) {
            if (data13.length < 1) {
              const err29 = { instancePath: instancePath + "/examples/pass", schemaPath: "#/properties/examples/properties/pass/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema112.properties.examples.properties.pass, data: data13 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            const len1 = data13.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data14 = data13[i1];
              if (typeof data14 !== "string") {
                const err30 = { instancePath: instancePath + "/examples/pass/" + i1, schemaPath: "#/properties/examples/properties/pass/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.examples.properties.pass.items.type, parentSchema: schema112.properties.examples.properties.pass.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/examples/pass", schemaPath: "#/properties/examples/properties/pass/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.examples.properties.pass.type, parentSchema: schema112.properties.examples.properties.pass, data: data13 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data12.fail !== void 0) {
          let data15 = data12.fail;
          if (Array.isArray(data15)) {
            if (data15.length < 1) {
              const err32 = { instancePath: instancePath + "/examples/fail", schemaPath: "#/properties/examples/properties/fail/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema112.properties.examples.properties.fail, data: data15 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            const len2 = data15.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data16 = data15[i2];
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.manifest === void 0) {
                  const err33 = { instancePath: instancePath + "/examples/fail/" + i2, schemaPath: "#/properties/examples/properties/fail/items/required", keyword: "required", params: { missingProperty: "manifest" }, message: "must have required property 'manifest'", schema: schema112.properties.examples.properties.fail.items.required, parentSchema: schema112.properties.examples.properties.fail.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                if (data16.lines === void 0) {
                  const err34 = { instancePath: instancePath + "/examples/fail/" + i2, schemaPath: "#/properties/examples/properties/fail/items/required", keyword: "required", params: { missingProperty: "lines" }, message: "must have required property 'lines'", schema: schema112.properties.examples.properties.fail.items.required, parentSchema: schema112.properties.examples.properties.fail.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                for (const key2 in data16) {
                  if (!(key2 === "manifest" || key2 === "lines" || key2 === "options")) {
                    const err35 = { instancePath: instancePath + "/examples/fail/" + i2, schemaPath: "#/properties/examples/properties/fail/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.examples.properties.fail.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data16.manifest !== void 0) {
                  let data17 = data16.manifest;
                  if (typeof data17 !== "string") {
                    const err36 = { instancePath: instancePath + "/examples/fail/" + i2 + "/manifest", schemaPath: "#/properties/examples/properties/fail/items/properties/manifest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.examples.properties.fail.items.properties.manifest.type, parentSchema: schema112.properties.examples.properties.fail.items.properties.manifest, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data16.lines !== void 0) {
                  let data18 = data16.lines;
                  if (Array.isArray(data18)) {
                    if (data18.length < 1) {
                      const err37 = { instancePath: instancePath + "/examples/fail/" + i2 + "/lines", schemaPath: "#/properties/examples/properties/fail/items/properties/lines/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema112.properties.examples.properties.fail.items.properties.lines, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                    const len3 = data18.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data19 = data18[i3];
                      if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
                        const err38 = { instancePath: instancePath + "/examples/fail/" + i2 + "/lines/" + i3, schemaPath: "#/properties/examples/properties/fail/items/properties/lines/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.examples.properties.fail.items.properties.lines.items.type, parentSchema: schema112.properties.examples.properties.fail.items.properties.lines.items, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                      if (typeof data19 == "number") {
                        if (data19 < 1 || isNaN(data19)) {
                          const err39 = { instancePath: instancePath + "/examples/fail/" + i2 + "/lines/" + i3, schemaPath: "#/properties/examples/properties/fail/items/properties/lines/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema112.properties.examples.properties.fail.items.properties.lines.items, data: data19 };
                          if (vErrors === null) {
                            vErrors = [err39];
                          } else {
                            vErrors.push(err39);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err40 = { instancePath: instancePath + "/examples/fail/" + i2 + "/lines", schemaPath: "#/properties/examples/properties/fail/items/properties/lines/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.examples.properties.fail.items.properties.lines.type, parentSchema: schema112.properties.examples.properties.fail.items.properties.lines, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data16.options !== void 0) {
                  let data20 = data16.options;
                  if (!(data20 && typeof data20 == "object" && !Array.isArray(data20))) {
                    const err41 = { instancePath: instancePath + "/examples/fail/" + i2 + "/options", schemaPath: "#/properties/examples/properties/fail/items/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.examples.properties.fail.items.properties.options.type, parentSchema: schema112.properties.examples.properties.fail.items.properties.options, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
              } else {
                const err42 = { instancePath: instancePath + "/examples/fail/" + i2, schemaPath: "#/properties/examples/properties/fail/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.examples.properties.fail.items.type, parentSchema: schema112.properties.examples.properties.fail.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/examples/fail", schemaPath: "#/properties/examples/properties/fail/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.examples.properties.fail.type, parentSchema: schema112.properties.examples.properties.fail, data: data15 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.examples.type, parentSchema: schema112.properties.examples, data: data12 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
  } else {
    const err45 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.type, parentSchema: schema112, data };
    if (vErrors === null) {
      vErrors = [err45];
    } else {
      vErrors.push(err45);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}

// src/model/quantity.ts
var BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
var DECIMAL = { m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
var NUMBER = /^([+-]?)(\d+\.?\d*|\.\d+)/;
var EXPONENT = /^[eE]([+-]?\d+)$/;
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 4096;
function parseQuantity(input) {
  if (typeof input === "string") {
    if (input.length > 64) return parseQuantityText(input);
    let r = cache.get(input);
    if (r === void 0) {
      r = Object.freeze(parseQuantityText(input));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(input, r);
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

// src/policies/keyword-checks.ts
function quantityWithin(data, bound, minimum) {
  const q = parseQuantity(data);
  if (!q.ok) return true;
  return minimum ? q.value >= bound : q.value <= bound;
}

// src/policies/regexp.ts
import { setFlagsFromString } from "node:v8";
var enabled = false;
function linearFlag() {
  if (enabled) return;
  setFlagsFromString("--enable-experimental-regexp-engine");
  enabled = true;
}
var UnsafePattern = class extends Error {
  constructor(pattern, message) {
    super(message);
    this.pattern = pattern;
  }
  pattern;
};
var FALLBACK_MAX_INPUT = 4096;
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
    const c = pattern[i];
    let atomGroup;
    if (c === "\\") {
      if (/[1-9k]/.test(pattern[i + 1] ?? "")) lookaroundOrBackref = true;
      i++;
    } else if (c === "[") {
      for (i++; i < pattern.length && pattern[i] !== "]"; i++) if (pattern[i] === "\\") i++;
    } else if (c === "(") {
      if (/^\?(=|!|<=|<!)/.test(pattern.slice(i + 1, i + 4))) lookaroundOrBackref = true;
      groups.push({ repeats: false });
      continue;
    } else if (c === ")") {
      atomGroup = groups.length > 1 ? groups.pop() : void 0;
      if (atomGroup?.repeats) groups[groups.length - 1].repeats = true;
    } else if (c === "|") {
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
var linearRegExpEngine = Object.assign((pattern) => linearRegExp(pattern), {
  code: "linearRegExp"
});

// .dist-4210/.validators/p0.mjs
var p0 = validate103;
var schema113 = { "properties": { "resources": { "properties": { "requests": { "properties": { "cpu": { "quantityMinimum": "10m", "quantityMaximum": "16" } } }, "limits": { "properties": { "cpu": { "quantityMinimum": "10m", "quantityMaximum": "16" } } } } } } };
var func23 = quantityWithin;
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resources !== void 0) {
      let data0 = data.resources;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.requests !== void 0) {
          let data1 = data0.requests;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.cpu !== void 0) {
              let data2 = data1.cpu;
              if (typeof data2 == "number") {
                if (!func23(data2, 0.01, true)) {
                  const err0 = { instancePath: instancePath + "/resources/requests/cpu", schemaPath: "#/properties/resources/properties/requests/properties/cpu/quantityMinimum", keyword: "quantityMinimum", params: { limit: "10m" }, message: "is below the minimum 10m", schema: "10m", parentSchema: schema113.properties.resources.properties.requests.properties.cpu, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
                if (!func23(data2, 16, false)) {
                  const err1 = { instancePath: instancePath + "/resources/requests/cpu", schemaPath: "#/properties/resources/properties/requests/properties/cpu/quantityMaximum", keyword: "quantityMaximum", params: { limit: "16" }, message: "is above the maximum 16", schema: "16", parentSchema: schema113.properties.resources.properties.requests.properties.cpu, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                }
              }
              if (typeof data2 === "string") {
                if (!func23(data2, 0.01, true)) {
                  const err2 = { instancePath: instancePath + "/resources/requests/cpu", schemaPath: "#/properties/resources/properties/requests/properties/cpu/quantityMinimum", keyword: "quantityMinimum", params: { limit: "10m" }, message: "is below the minimum 10m", schema: "10m", parentSchema: schema113.properties.resources.properties.requests.properties.cpu, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
                if (!func23(data2, 16, false)) {
                  const err3 = { instancePath: instancePath + "/resources/requests/cpu", schemaPath: "#/properties/resources/properties/requests/properties/cpu/quantityMaximum", keyword: "quantityMaximum", params: { limit: "16" }, message: "is above the maximum 16", schema: "16", parentSchema: schema113.properties.resources.properties.requests.properties.cpu, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              }
            }
          }
        }
        if (data0.limits !== void 0) {
          let data3 = data0.limits;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.cpu !== void 0) {
              let data4 = data3.cpu;
              if (typeof data4 == "number") {
                if (!func23(data4, 0.01, true)) {
                  const err4 = { instancePath: instancePath + "/resources/limits/cpu", schemaPath: "#/properties/resources/properties/limits/properties/cpu/quantityMinimum", keyword: "quantityMinimum", params: { limit: "10m" }, message: "is below the minimum 10m", schema: "10m", parentSchema: schema113.properties.resources.properties.limits.properties.cpu, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                if (!func23(data4, 16, false)) {
                  const err5 = { instancePath: instancePath + "/resources/limits/cpu", schemaPath: "#/properties/resources/properties/limits/properties/cpu/quantityMaximum", keyword: "quantityMaximum", params: { limit: "16" }, message: "is above the maximum 16", schema: "16", parentSchema: schema113.properties.resources.properties.limits.properties.cpu, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
              if (typeof data4 === "string") {
                if (!func23(data4, 0.01, true)) {
                  const err6 = { instancePath: instancePath + "/resources/limits/cpu", schemaPath: "#/properties/resources/properties/limits/properties/cpu/quantityMinimum", keyword: "quantityMinimum", params: { limit: "10m" }, message: "is below the minimum 10m", schema: "10m", parentSchema: schema113.properties.resources.properties.limits.properties.cpu, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                if (!func23(data4, 16, false)) {
                  const err7 = { instancePath: instancePath + "/resources/limits/cpu", schemaPath: "#/properties/resources/properties/limits/properties/cpu/quantityMaximum", keyword: "quantityMaximum", params: { limit: "16" }, message: "is above the maximum 16", schema: "16", parentSchema: schema113.properties.resources.properties.limits.properties.cpu, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
            }
          }
        }
      }
    }
  }
  validate103.errors = vErrors;
  return errors === 0;
}

// .dist-4210/.validators/p1.mjs
var p1 = validate104;
var schema114 = { "properties": { "resources": { "if": { "required": ["requests"], "properties": { "requests": { "anyOf": [{ "required": ["nvidia.com/gpu"] }, { "required": ["amd.com/gpu"] }] } } }, "then": { "required": ["limits"], "properties": { "limits": { "anyOf": [{ "required": ["nvidia.com/gpu"] }, { "required": ["amd.com/gpu"] }] } } } } } };
function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resources !== void 0) {
      let data0 = data.resources;
      const _errs1 = errors;
      let valid1 = true;
      const _errs2 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        let missing0;
        if (data0.requests === void 0 && (missing0 = "requests")) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        } else {
          if (data0.requests !== void 0) {
            let data1 = data0.requests;
            const _errs4 = errors;
            let valid3 = false;
            const _errs5 = errors;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              let missing1;
              if (data1["nvidia.com/gpu"] === void 0 && (missing1 = "nvidia.com/gpu")) {
                const err1 = {};
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
            var _valid1 = _errs5 === errors;
            valid3 = valid3 || _valid1;
            if (!valid3) {
              const _errs6 = errors;
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                let missing2;
                if (data1["amd.com/gpu"] === void 0 && (missing2 = "amd.com/gpu")) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs6 === errors;
              valid3 = valid3 || _valid1;
            }
            if (!valid3) {
              const err3 = {};
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            } else {
              errors = _errs4;
              if (vErrors !== null) {
                if (_errs4) {
                  vErrors.length = _errs4;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      }
      var _valid0 = _errs2 === errors;
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs7 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.limits === void 0) {
            const err4 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/then/required", keyword: "required", params: { missingProperty: "limits" }, message: "must have required property 'limits'", schema: schema114.properties.resources.then.required, parentSchema: schema114.properties.resources.then, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (data0.limits !== void 0) {
            let data2 = data0.limits;
            const _errs9 = errors;
            let valid5 = false;
            const _errs10 = errors;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
              if (data2["nvidia.com/gpu"] === void 0) {
                const err5 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/properties/resources/then/properties/limits/anyOf/0/required", keyword: "required", params: { missingProperty: "nvidia.com/gpu" }, message: "must have required property 'nvidia.com/gpu'", schema: schema114.properties.resources.then.properties.limits.anyOf[0].required, parentSchema: schema114.properties.resources.then.properties.limits.anyOf[0], data: data2 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            var _valid2 = _errs10 === errors;
            valid5 = valid5 || _valid2;
            if (!valid5) {
              const _errs11 = errors;
              if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2["amd.com/gpu"] === void 0) {
                  const err6 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/properties/resources/then/properties/limits/anyOf/1/required", keyword: "required", params: { missingProperty: "amd.com/gpu" }, message: "must have required property 'amd.com/gpu'", schema: schema114.properties.resources.then.properties.limits.anyOf[1].required, parentSchema: schema114.properties.resources.then.properties.limits.anyOf[1], data: data2 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              }
              var _valid2 = _errs11 === errors;
              valid5 = valid5 || _valid2;
            }
            if (!valid5) {
              const err7 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/properties/resources/then/properties/limits/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema114.properties.resources.then.properties.limits.anyOf, parentSchema: schema114.properties.resources.then.properties.limits, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            } else {
              errors = _errs9;
              if (vErrors !== null) {
                if (_errs9) {
                  vErrors.length = _errs9;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
        var _valid0 = _errs7 === errors;
        valid1 = _valid0;
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema114.properties.resources.if, parentSchema: schema114.properties.resources, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  validate104.errors = vErrors;
  return errors === 0;
}

// .dist-4210/.validators/p2.mjs
var p2 = validate105;
var schema115 = { "properties": { "resources": { "properties": { "requests": { "properties": { "memory": { "quantityMinimum": "16Mi", "quantityMaximum": "64Gi" } } }, "limits": { "properties": { "memory": { "quantityMinimum": "16Mi", "quantityMaximum": "64Gi" } } } } } } };
var func24 = quantityWithin;
function validate105(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resources !== void 0) {
      let data0 = data.resources;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.requests !== void 0) {
          let data1 = data0.requests;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.memory !== void 0) {
              let data2 = data1.memory;
              if (typeof data2 == "number") {
                if (!func24(data2, 16777216, true)) {
                  const err0 = { instancePath: instancePath + "/resources/requests/memory", schemaPath: "#/properties/resources/properties/requests/properties/memory/quantityMinimum", keyword: "quantityMinimum", params: { limit: "16Mi" }, message: "is below the minimum 16Mi", schema: "16Mi", parentSchema: schema115.properties.resources.properties.requests.properties.memory, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
                if (!func24(data2, 68719476736, false)) {
                  const err1 = { instancePath: instancePath + "/resources/requests/memory", schemaPath: "#/properties/resources/properties/requests/properties/memory/quantityMaximum", keyword: "quantityMaximum", params: { limit: "64Gi" }, message: "is above the maximum 64Gi", schema: "64Gi", parentSchema: schema115.properties.resources.properties.requests.properties.memory, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                }
              }
              if (typeof data2 === "string") {
                if (!func24(data2, 16777216, true)) {
                  const err2 = { instancePath: instancePath + "/resources/requests/memory", schemaPath: "#/properties/resources/properties/requests/properties/memory/quantityMinimum", keyword: "quantityMinimum", params: { limit: "16Mi" }, message: "is below the minimum 16Mi", schema: "16Mi", parentSchema: schema115.properties.resources.properties.requests.properties.memory, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
                if (!func24(data2, 68719476736, false)) {
                  const err3 = { instancePath: instancePath + "/resources/requests/memory", schemaPath: "#/properties/resources/properties/requests/properties/memory/quantityMaximum", keyword: "quantityMaximum", params: { limit: "64Gi" }, message: "is above the maximum 64Gi", schema: "64Gi", parentSchema: schema115.properties.resources.properties.requests.properties.memory, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              }
            }
          }
        }
        if (data0.limits !== void 0) {
          let data3 = data0.limits;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.memory !== void 0) {
              let data4 = data3.memory;
              if (typeof data4 == "number") {
                if (!func24(data4, 16777216, true)) {
                  const err4 = { instancePath: instancePath + "/resources/limits/memory", schemaPath: "#/properties/resources/properties/limits/properties/memory/quantityMinimum", keyword: "quantityMinimum", params: { limit: "16Mi" }, message: "is below the minimum 16Mi", schema: "16Mi", parentSchema: schema115.properties.resources.properties.limits.properties.memory, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                if (!func24(data4, 68719476736, false)) {
                  const err5 = { instancePath: instancePath + "/resources/limits/memory", schemaPath: "#/properties/resources/properties/limits/properties/memory/quantityMaximum", keyword: "quantityMaximum", params: { limit: "64Gi" }, message: "is above the maximum 64Gi", schema: "64Gi", parentSchema: schema115.properties.resources.properties.limits.properties.memory, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
              if (typeof data4 === "string") {
                if (!func24(data4, 16777216, true)) {
                  const err6 = { instancePath: instancePath + "/resources/limits/memory", schemaPath: "#/properties/resources/properties/limits/properties/memory/quantityMinimum", keyword: "quantityMinimum", params: { limit: "16Mi" }, message: "is below the minimum 16Mi", schema: "16Mi", parentSchema: schema115.properties.resources.properties.limits.properties.memory, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                if (!func24(data4, 68719476736, false)) {
                  const err7 = { instancePath: instancePath + "/resources/limits/memory", schemaPath: "#/properties/resources/properties/limits/properties/memory/quantityMaximum", keyword: "quantityMaximum", params: { limit: "64Gi" }, message: "is above the maximum 64Gi", schema: "64Gi", parentSchema: schema115.properties.resources.properties.limits.properties.memory, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
            }
          }
        }
      }
    }
  }
  validate105.errors = vErrors;
  return errors === 0;
}

// .dist-4210/.validators/options.mjs
var o0 = validate106;
function validate106(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "memory" || key0 === "cpu")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.memory !== void 0) {
      let data0 = data.memory;
      if (typeof data0 == "number") {
        if (data0 <= 0 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.cpu !== void 0) {
      let data1 = data.cpu;
      if (typeof data1 == "number") {
        if (data1 <= 0 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate106.errors = vErrors;
  return errors === 0;
}
var o1 = validate11;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "acceptPathNamespace")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.acceptPathNamespace !== void 0) {
      if (typeof data.acceptPathNamespace !== "boolean") {
        const err1 = { instancePath: instancePath + "/acceptPathNamespace", schemaPath: "#/properties/acceptPathNamespace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var o2 = validate12;
var func25 = require_ucs2length().default;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "exclude")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data0 = data.exclude;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func25(data1) < 1) {
              const err1 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var o3 = validate13;
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "exclude" || key0 === "egress")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data0 = data.exclude;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func25(data1) < 1) {
              const err1 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.egress !== void 0) {
      if (typeof data.egress !== "boolean") {
        const err4 = { instancePath: instancePath + "/egress", schemaPath: "#/properties/egress/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var o4 = validate14;
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "appLabels")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.appLabels !== void 0) {
      let data0 = data.appLabels;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err1 = { instancePath: instancePath + "/appLabels", schemaPath: "#/properties/appLabels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func25(data1) < 1) {
              const err2 = { instancePath: instancePath + "/appLabels/" + i0, schemaPath: "#/properties/appLabels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/appLabels/" + i0, schemaPath: "#/properties/appLabels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/appLabels", schemaPath: "#/properties/appLabels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var o5 = validate15;
var schema16 = { "type": "object", "additionalProperties": false, "properties": { "min": { "type": ["string", "number"], "pattern": "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$" }, "max": { "type": ["string", "number"], "pattern": "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$" } } };
var pattern03 = new RegExp("^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$", "u");
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "min" || key0 === "max")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.min !== void 0) {
      let data0 = data.min;
      if (typeof data0 !== "string" && !(typeof data0 == "number")) {
        const err1 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: schema16.properties.min.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (!pattern03.test(data0)) {
          const err2 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/pattern", keyword: "pattern", params: { pattern: "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$" }, message: 'must match pattern "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.max !== void 0) {
      let data1 = data.max;
      if (typeof data1 !== "string" && !(typeof data1 == "number")) {
        const err3 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: schema16.properties.max.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (!pattern03.test(data1)) {
          const err4 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/pattern", keyword: "pattern", params: { pattern: "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$" }, message: 'must match pattern "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}

// .dist-4210/.validators/index.mjs
var policies = {
  'resources/cpu-bounds\0{"properties":{"resources":{"properties":{"requests":{"properties":{"cpu":{"quantityMinimum":"${min}","quantityMaximum":"${max}"}}},"limits":{"properties":{"cpu":{"quantityMinimum":"${min}","quantityMaximum":"${max}"}}}}}}}\0{"min":"10m","max":"16"}': p0,
  'resources/extended-resources-limited\0{"properties":{"resources":{"if":{"required":["requests"],"properties":{"requests":{"anyOf":[{"required":["nvidia.com/gpu"]},{"required":["amd.com/gpu"]}]}}},"then":{"required":["limits"],"properties":{"limits":{"anyOf":[{"required":["nvidia.com/gpu"]},{"required":["amd.com/gpu"]}]}}}}}}\0{}': p1,
  'resources/memory-bounds\0{"properties":{"resources":{"properties":{"requests":{"properties":{"memory":{"quantityMinimum":"${min}","quantityMaximum":"${max}"}}},"limits":{"properties":{"memory":{"quantityMinimum":"${min}","quantityMaximum":"${max}"}}}}}}}\0{"min":"16Mi","max":"64Gi"}': p2
};
var parsed = [['id: resources/cpu-bounds\ntitle: CPU requests and limits stay within the configured bounds.\ndescription: >\n  A request below the minimum is usually a typo (`1m` for `1`) and starves the container; one above\n  the maximum cannot be scheduled on the nodes the platform runs. Options: `min` and `max`\n  (quantities; default 10m and 16).\nseverity: warning\ntarget: container\noptions:\n  min: 10m\n  max: "16"\nschema:\n  properties:\n    resources:\n      properties:\n        requests:\n          properties:\n            cpu: { quantityMinimum: "${min}", quantityMaximum: "${max}" }\n        limits:\n          properties:\n            cpu: { quantityMinimum: "${min}", quantityMaximum: "${max}" }\nmessage: "{{container}}: {{path}} = {{value}} {{problem}} (allowed {{min}} to {{max}})."\nremediation: Set the CPU request and limit between the configured bounds, or change the bounds in .tollgate.yaml (rules.resources/cpu-bounds.options).\nexamples:\n  pass:\n    - |\n      apiVersion: v1\n      kind: Pod\n      metadata: { name: ok, namespace: batch }\n      spec:\n        containers:\n          - name: app\n            image: app:1\n            resources:\n              requests: { cpu: 250m, memory: 256Mi }\n              limits: { cpu: "2", memory: 256Mi }\n  fail:\n    - lines: [12, 15]\n      manifest: |\n        apiVersion: v1\n        kind: Pod\n        metadata:\n          name: greedy\n          namespace: batch\n        spec:\n          containers:\n            - name: solver\n              image: solver:1\n              resources:\n                requests:\n                  cpu: "64"\n                  memory: 1Gi\n                limits:\n                  cpu: 1m\n                  memory: 1Gi\n', { "id": "resources/cpu-bounds", "title": "CPU requests and limits stay within the configured bounds.", "description": "A request below the minimum is usually a typo (`1m` for `1`) and starves the container; one above the maximum cannot be scheduled on the nodes the platform runs. Options: `min` and `max` (quantities; default 10m and 16).\n", "severity": "warning", "target": "container", "options": { "min": "10m", "max": "16" }, "schema": { "properties": { "resources": { "properties": { "requests": { "properties": { "cpu": { "quantityMinimum": "${min}", "quantityMaximum": "${max}" } } }, "limits": { "properties": { "cpu": { "quantityMinimum": "${min}", "quantityMaximum": "${max}" } } } } } } }, "message": "{{container}}: {{path}} = {{value}} {{problem}} (allowed {{min}} to {{max}}).", "remediation": "Set the CPU request and limit between the configured bounds, or change the bounds in .tollgate.yaml (rules.resources/cpu-bounds.options).", "examples": { "pass": ['apiVersion: v1\nkind: Pod\nmetadata: { name: ok, namespace: batch }\nspec:\n  containers:\n    - name: app\n      image: app:1\n      resources:\n        requests: { cpu: 250m, memory: 256Mi }\n        limits: { cpu: "2", memory: 256Mi }\n'], "fail": [{ "lines": [12, 15], "manifest": 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: greedy\n  namespace: batch\nspec:\n  containers:\n    - name: solver\n      image: solver:1\n      resources:\n        requests:\n          cpu: "64"\n          memory: 1Gi\n        limits:\n          cpu: 1m\n          memory: 1Gi\n' }] } }], ['id: resources/extended-resources-limited\ntitle: Extended resources (GPUs) are set in limits.\ndescription: >\n  Extended resources such as nvidia.com/gpu cannot be overcommitted: Kubernetes requires them in\n  `limits` (a request alone is rejected) and, when both are given, they must be equal. A GPU asked\n  for only under `requests` fails at apply time.\nseverity: error\ntarget: container\nschema:\n  properties:\n    resources:\n      if:\n        required: [requests]\n        properties:\n          requests:\n            anyOf:\n              - required: [nvidia.com/gpu]\n              - required: [amd.com/gpu]\n      then:\n        required: [limits]\n        properties:\n          limits:\n            anyOf:\n              - required: [nvidia.com/gpu]\n              - required: [amd.com/gpu]\nmessage: "{{container}} requests a GPU but sets no GPU limit; extended resources must be set in limits."\nremediation: Move the GPU count to resources.limits (Kubernetes then uses it as the request too).\nexamples:\n  pass:\n    - |\n      apiVersion: batch/v1\n      kind: Job\n      metadata: { name: train, namespace: ml }\n      spec:\n        template:\n          spec:\n            restartPolicy: Never\n            containers:\n              - name: train\n                image: train:1\n                resources:\n                  requests: { cpu: "4", memory: 16Gi }\n                  limits: { memory: 16Gi, nvidia.com/gpu: 1 }\n  fail:\n    - lines: [11]\n      manifest: |\n        apiVersion: batch/v1\n        kind: Job\n        metadata: { name: train, namespace: ml }\n        spec:\n          template:\n            spec:\n              restartPolicy: Never\n              containers:\n                - name: train\n                  image: train:1\n                  resources:\n                    requests: { cpu: "4", memory: 16Gi, nvidia.com/gpu: 1 }\n', { "id": "resources/extended-resources-limited", "title": "Extended resources (GPUs) are set in limits.", "description": "Extended resources such as nvidia.com/gpu cannot be overcommitted: Kubernetes requires them in `limits` (a request alone is rejected) and, when both are given, they must be equal. A GPU asked for only under `requests` fails at apply time.\n", "severity": "error", "target": "container", "schema": { "properties": { "resources": { "if": { "required": ["requests"], "properties": { "requests": { "anyOf": [{ "required": ["nvidia.com/gpu"] }, { "required": ["amd.com/gpu"] }] } } }, "then": { "required": ["limits"], "properties": { "limits": { "anyOf": [{ "required": ["nvidia.com/gpu"] }, { "required": ["amd.com/gpu"] }] } } } } } }, "message": "{{container}} requests a GPU but sets no GPU limit; extended resources must be set in limits.", "remediation": "Move the GPU count to resources.limits (Kubernetes then uses it as the request too).", "examples": { "pass": ['apiVersion: batch/v1\nkind: Job\nmetadata: { name: train, namespace: ml }\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: train\n          image: train:1\n          resources:\n            requests: { cpu: "4", memory: 16Gi }\n            limits: { memory: 16Gi, nvidia.com/gpu: 1 }\n'], "fail": [{ "lines": [11], "manifest": 'apiVersion: batch/v1\nkind: Job\nmetadata: { name: train, namespace: ml }\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: train\n          image: train:1\n          resources:\n            requests: { cpu: "4", memory: 16Gi, nvidia.com/gpu: 1 }\n' }] } }], ['id: resources/memory-bounds\ntitle: Memory requests and limits stay within the configured bounds.\ndescription: >\n  A memory request under the minimum (`128` is 128 bytes, not 128Mi) gets the container\n  OOM-killed at start; one above the maximum fits no node the platform runs. Options: `min` and\n  `max` (quantities; default 16Mi and 64Gi).\nseverity: warning\ntarget: container\noptions:\n  min: 16Mi\n  max: 64Gi\nschema:\n  properties:\n    resources:\n      properties:\n        requests:\n          properties:\n            memory: { quantityMinimum: "${min}", quantityMaximum: "${max}" }\n        limits:\n          properties:\n            memory: { quantityMinimum: "${min}", quantityMaximum: "${max}" }\nmessage: "{{container}}: {{path}} = {{value}} {{problem}} (allowed {{min}} to {{max}})."\nremediation: Use a binary suffix (Mi, Gi) and keep memory within the bounds, or change them in .tollgate.yaml (rules.resources/memory-bounds.options).\nexamples:\n  pass:\n    - |\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata: { name: web, namespace: api }\n      spec:\n        selector: { matchLabels: { app: web } }\n        template:\n          metadata: { labels: { app: web } }\n          spec:\n            containers:\n              - name: web\n                image: web:1\n                resources:\n                  requests: { cpu: 100m, memory: 256Mi }\n                  limits: { memory: 512Mi }\n  fail:\n    - lines: [15, 17]\n      manifest: |\n        apiVersion: apps/v1\n        kind: Deployment\n        metadata: { name: web, namespace: api }\n        spec:\n          selector: { matchLabels: { app: web } }\n          template:\n            metadata: { labels: { app: web } }\n            spec:\n              containers:\n                - name: web\n                  image: web:1\n                  resources:\n                    requests:\n                      cpu: 100m\n                      memory: "128"\n                    limits:\n                      memory: 128Gi\n', { "id": "resources/memory-bounds", "title": "Memory requests and limits stay within the configured bounds.", "description": "A memory request under the minimum (`128` is 128 bytes, not 128Mi) gets the container OOM-killed at start; one above the maximum fits no node the platform runs. Options: `min` and `max` (quantities; default 16Mi and 64Gi).\n", "severity": "warning", "target": "container", "options": { "min": "16Mi", "max": "64Gi" }, "schema": { "properties": { "resources": { "properties": { "requests": { "properties": { "memory": { "quantityMinimum": "${min}", "quantityMaximum": "${max}" } } }, "limits": { "properties": { "memory": { "quantityMinimum": "${min}", "quantityMaximum": "${max}" } } } } } } }, "message": "{{container}}: {{path}} = {{value}} {{problem}} (allowed {{min}} to {{max}}).", "remediation": "Use a binary suffix (Mi, Gi) and keep memory within the bounds, or change them in .tollgate.yaml (rules.resources/memory-bounds.options).", "examples": { "pass": ["apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web, namespace: api }\nspec:\n  selector: { matchLabels: { app: web } }\n  template:\n    metadata: { labels: { app: web } }\n    spec:\n      containers:\n        - name: web\n          image: web:1\n          resources:\n            requests: { cpu: 100m, memory: 256Mi }\n            limits: { memory: 512Mi }\n"], "fail": [{ "lines": [15, 17], "manifest": 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web, namespace: api }\nspec:\n  selector: { matchLabels: { app: web } }\n  template:\n    metadata: { labels: { app: web } }\n    spec:\n      containers:\n        - name: web\n          image: web:1\n          resources:\n            requests:\n              cpu: 100m\n              memory: "128"\n            limits:\n              memory: 128Gi\n' }] } }]];
var options = {
  '{"type":"object","additionalProperties":false,"properties":{"memory":{"type":"number","exclusiveMinimum":0},"cpu":{"type":"number","exclusiveMinimum":0}}}': o0,
  '{"type":"object","additionalProperties":false,"properties":{"acceptPathNamespace":{"type":"boolean"}}}': o1,
  '{"type":"object","additionalProperties":false,"properties":{"exclude":{"type":"array","items":{"type":"string","minLength":1},"description":"Namespace names or globs this rule does not require anything of."}}}': o2,
  '{"type":"object","additionalProperties":false,"properties":{"exclude":{"type":"array","items":{"type":"string","minLength":1},"description":"Namespace names or globs this rule does not require anything of."},"egress":{"type":"boolean","description":"Also require a default deny for Egress."}}}': o3,
  '{"type":"object","additionalProperties":false,"properties":{"appLabels":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}}}': o4,
  '{"type":"object","additionalProperties":false,"properties":{"min":{"type":["string","number"],"pattern":"^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$"},"max":{"type":["string","number"],"pattern":"^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$"}}}': o5
};
export {
  config,
  options,
  parsed,
  policies,
  policyFile
};
