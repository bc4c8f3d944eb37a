/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.hvsim = (function() {

    var hvsim = {};

    hvsim.control = (function() {

        var control = {};

        control.v1 = (function() {

            var v1 = {};

            v1.DomctlServiceCreateDomainRequest = (function() {

                var DomctlServiceCreateDomainRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceCreateDomainRequest.prototype.domid = 0;
                DomctlServiceCreateDomainRequest.prototype.type = 0;
                DomctlServiceCreateDomainRequest.prototype.privileged = false;
                DomctlServiceCreateDomainRequest.prototype.maxVcpus = 0;
                DomctlServiceCreateDomainRequest.prototype.memoryKb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                DomctlServiceCreateDomainRequest.prototype.maxMemoryKb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                DomctlServiceCreateDomainRequest.prototype.ssidref = 0;
                DomctlServiceCreateDomainRequest.prototype.handle = $util.newBuffer([]);
                DomctlServiceCreateDomainRequest.prototype.maxEvtchnPort = 0;
                DomctlServiceCreateDomainRequest.prototype.maxGrantFrames = 0;

                DomctlServiceCreateDomainRequest.create = function(properties) {
                    return new DomctlServiceCreateDomainRequest(properties);
                };

                DomctlServiceCreateDomainRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(16).int32(message.type);
                    if (message.privileged != null && $Object.hasOwnProperty.call(message, "privileged") && message.privileged !== false)
                        writer.uint32(24).bool(message.privileged);
                    if (message.maxVcpus != null && $Object.hasOwnProperty.call(message, "maxVcpus") && message.maxVcpus !== 0)
                        writer.uint32(32).uint32(message.maxVcpus);
                    if (message.memoryKb != null && $Object.hasOwnProperty.call(message, "memoryKb") && (typeof message.memoryKb === "object" ? message.memoryKb.low || message.memoryKb.high : message.memoryKb !== 0))
                        writer.uint32(40).uint64(message.memoryKb);
                    if (message.maxMemoryKb != null && $Object.hasOwnProperty.call(message, "maxMemoryKb") && (typeof message.maxMemoryKb === "object" ? message.maxMemoryKb.low || message.maxMemoryKb.high : message.maxMemoryKb !== 0))
                        writer.uint32(48).uint64(message.maxMemoryKb);
                    if (message.ssidref != null && $Object.hasOwnProperty.call(message, "ssidref") && message.ssidref !== 0)
                        writer.uint32(56).uint32(message.ssidref);
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle") && message.handle.length)
                        writer.uint32(66).bytes(message.handle);
                    if (message.maxEvtchnPort != null && $Object.hasOwnProperty.call(message, "maxEvtchnPort") && message.maxEvtchnPort !== 0)
                        writer.uint32(72).uint32(message.maxEvtchnPort);
                    if (message.maxGrantFrames != null && $Object.hasOwnProperty.call(message, "maxGrantFrames") && message.maxGrantFrames !== 0)
                        writer.uint32(80).uint32(message.maxGrantFrames);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceCreateDomainRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceCreateDomainRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.privileged = value;
                                else
                                    delete message.privileged;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxVcpus = value;
                                else
                                    delete message.maxVcpus;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.memoryKb = value;
                                else
                                    delete message.memoryKb;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxMemoryKb = value;
                                else
                                    delete message.maxMemoryKb;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ssidref = value;
                                else
                                    delete message.ssidref;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.handle = value;
                                else
                                    delete message.handle;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxEvtchnPort = value;
                                else
                                    delete message.maxEvtchnPort;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxGrantFrames = value;
                                else
                                    delete message.maxGrantFrames;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceCreateDomainRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceCreateDomainRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceCreateDomainRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceCreateDomainRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.hvsim.control.v1.DomainType[object.type] !== 0))
                        switch (object.type) {
                        case "DOMAIN_TYPE_UNSPECIFIED":
                        case 0:
                            message.type = 0;
                            break;
                        case "DOMAIN_TYPE_PV":
                        case 1:
                            message.type = 1;
                            break;
                        case "DOMAIN_TYPE_HVM":
                        case 2:
                            message.type = 2;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.privileged != null)
                        if (object.privileged)
                            message.privileged = $Boolean(object.privileged);
                    if (object.maxVcpus != null)
                        if ($Number(object.maxVcpus) !== 0)
                            message.maxVcpus = object.maxVcpus >>> 0;
                    if (object.memoryKb != null)
                        if (typeof object.memoryKb === "object" ? object.memoryKb.low || object.memoryKb.high : $Number(object.memoryKb) !== 0)
                            if ($util.Long)
                                message.memoryKb = $util.Long.fromValue(object.memoryKb, true);
                            else if (typeof object.memoryKb === "string")
                                message.memoryKb = $parseInt(object.memoryKb, 10);
                            else if (typeof object.memoryKb === "number")
                                message.memoryKb = object.memoryKb;
                            else if (typeof object.memoryKb === "object")
                                message.memoryKb = new $util.LongBits(object.memoryKb.low >>> 0, object.memoryKb.high >>> 0).toNumber(true);
                    if (object.maxMemoryKb != null)
                        if (typeof object.maxMemoryKb === "object" ? object.maxMemoryKb.low || object.maxMemoryKb.high : $Number(object.maxMemoryKb) !== 0)
                            if ($util.Long)
                                message.maxMemoryKb = $util.Long.fromValue(object.maxMemoryKb, true);
                            else if (typeof object.maxMemoryKb === "string")
                                message.maxMemoryKb = $parseInt(object.maxMemoryKb, 10);
                            else if (typeof object.maxMemoryKb === "number")
                                message.maxMemoryKb = object.maxMemoryKb;
                            else if (typeof object.maxMemoryKb === "object")
                                message.maxMemoryKb = new $util.LongBits(object.maxMemoryKb.low >>> 0, object.maxMemoryKb.high >>> 0).toNumber(true);
                    if (object.ssidref != null)
                        if ($Number(object.ssidref) !== 0)
                            message.ssidref = object.ssidref >>> 0;
                    if (object.handle != null)
                        if (object.handle.length)
                            if (typeof object.handle === "string")
                                $util.base64.decode(object.handle, message.handle = $util.newBuffer($util.base64.length(object.handle)), 0);
                            else if (object.handle.length >= 0)
                                message.handle = object.handle;
                    if (object.maxEvtchnPort != null)
                        if ($Number(object.maxEvtchnPort) !== 0)
                            message.maxEvtchnPort = object.maxEvtchnPort >>> 0;
                    if (object.maxGrantFrames != null)
                        if ($Number(object.maxGrantFrames) !== 0)
                            message.maxGrantFrames = object.maxGrantFrames >>> 0;
                    return message;
                };

                DomctlServiceCreateDomainRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domid = 0;
                        object.type = options.enums === $String ? "DOMAIN_TYPE_UNSPECIFIED" : 0;
                        object.privileged = false;
                        object.maxVcpus = 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.memoryKb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.memoryKb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.maxMemoryKb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxMemoryKb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.ssidref = 0;
                        if (options.bytes === $String)
                            object.handle = "";
                        else {
                            object.handle = [];
                            if (options.bytes !== $Array)
                                object.handle = $util.newBuffer(object.handle);
                        }
                        object.maxEvtchnPort = 0;
                        object.maxGrantFrames = 0;
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.hvsim.control.v1.DomainType[message.type] === $undefined ? message.type : $root.hvsim.control.v1.DomainType[message.type] : message.type;
                    if (message.privileged != null && $Object.hasOwnProperty.call(message, "privileged"))
                        object.privileged = message.privileged;
                    if (message.maxVcpus != null && $Object.hasOwnProperty.call(message, "maxVcpus"))
                        object.maxVcpus = message.maxVcpus;
                    if (message.memoryKb != null && $Object.hasOwnProperty.call(message, "memoryKb"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryKb = typeof message.memoryKb === "number" ? $BigInt(message.memoryKb) : $util.Long.fromBits(message.memoryKb.low >>> 0, message.memoryKb.high >>> 0, true).toBigInt();
                        else if (typeof message.memoryKb === "number")
                            object.memoryKb = options.longs === $String ? $String(message.memoryKb) : message.memoryKb;
                        else
                            object.memoryKb = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryKb) : options.longs === $Number ? new $util.LongBits(message.memoryKb.low >>> 0, message.memoryKb.high >>> 0).toNumber(true) : message.memoryKb;
                    if (message.maxMemoryKb != null && $Object.hasOwnProperty.call(message, "maxMemoryKb"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxMemoryKb = typeof message.maxMemoryKb === "number" ? $BigInt(message.maxMemoryKb) : $util.Long.fromBits(message.maxMemoryKb.low >>> 0, message.maxMemoryKb.high >>> 0, true).toBigInt();
                        else if (typeof message.maxMemoryKb === "number")
                            object.maxMemoryKb = options.longs === $String ? $String(message.maxMemoryKb) : message.maxMemoryKb;
                        else
                            object.maxMemoryKb = options.longs === $String ? $util.Long.prototype.toString.call(message.maxMemoryKb) : options.longs === $Number ? new $util.LongBits(message.maxMemoryKb.low >>> 0, message.maxMemoryKb.high >>> 0).toNumber(true) : message.maxMemoryKb;
                    if (message.ssidref != null && $Object.hasOwnProperty.call(message, "ssidref"))
                        object.ssidref = message.ssidref;
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        object.handle = options.bytes === $String ? $util.base64.encode(message.handle, 0, message.handle.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.handle) : message.handle;
                    if (message.maxEvtchnPort != null && $Object.hasOwnProperty.call(message, "maxEvtchnPort"))
                        object.maxEvtchnPort = message.maxEvtchnPort;
                    if (message.maxGrantFrames != null && $Object.hasOwnProperty.call(message, "maxGrantFrames"))
                        object.maxGrantFrames = message.maxGrantFrames;
                    return object;
                };

                DomctlServiceCreateDomainRequest.prototype.toJSON = function() {
                    return DomctlServiceCreateDomainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceCreateDomainRequest;
            })();

            v1.DomctlServiceCreateDomainResponse = (function() {

                var DomctlServiceCreateDomainResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceCreateDomainResponse.prototype.domid = 0;

                DomctlServiceCreateDomainResponse.create = function(properties) {
                    return new DomctlServiceCreateDomainResponse(properties);
                };

                DomctlServiceCreateDomainResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceCreateDomainResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceCreateDomainResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceCreateDomainResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceCreateDomainResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceCreateDomainResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceCreateDomainResponse();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    return message;
                };

                DomctlServiceCreateDomainResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    return object;
                };

                DomctlServiceCreateDomainResponse.prototype.toJSON = function() {
                    return DomctlServiceCreateDomainResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceCreateDomainResponse;
            })();

            v1.DomctlServiceDestroyDomainRequest = (function() {

                var DomctlServiceDestroyDomainRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceDestroyDomainRequest.prototype.domid = 0;

                DomctlServiceDestroyDomainRequest.create = function(properties) {
                    return new DomctlServiceDestroyDomainRequest(properties);
                };

                DomctlServiceDestroyDomainRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceDestroyDomainRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceDestroyDomainRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceDestroyDomainRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceDestroyDomainRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceDestroyDomainRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceDestroyDomainRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    return message;
                };

                DomctlServiceDestroyDomainRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    return object;
                };

                DomctlServiceDestroyDomainRequest.prototype.toJSON = function() {
                    return DomctlServiceDestroyDomainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceDestroyDomainRequest;
            })();

            v1.DomctlServiceDestroyDomainResponse = (function() {

                var DomctlServiceDestroyDomainResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceDestroyDomainResponse.create = function(properties) {
                    return new DomctlServiceDestroyDomainResponse(properties);
                };

                DomctlServiceDestroyDomainResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceDestroyDomainResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceDestroyDomainResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceDestroyDomainResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceDestroyDomainResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceDestroyDomainResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.DomctlServiceDestroyDomainResponse();
                };

                DomctlServiceDestroyDomainResponse.toObject = function () {
                    return {};
                };

                DomctlServiceDestroyDomainResponse.prototype.toJSON = function() {
                    return DomctlServiceDestroyDomainResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceDestroyDomainResponse;
            })();

            v1.DomctlServicePauseDomainRequest = (function() {

                var DomctlServicePauseDomainRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServicePauseDomainRequest.prototype.domid = 0;

                DomctlServicePauseDomainRequest.create = function(properties) {
                    return new DomctlServicePauseDomainRequest(properties);
                };

                DomctlServicePauseDomainRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServicePauseDomainRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServicePauseDomainRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServicePauseDomainRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServicePauseDomainRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServicePauseDomainRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServicePauseDomainRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    return message;
                };

                DomctlServicePauseDomainRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    return object;
                };

                DomctlServicePauseDomainRequest.prototype.toJSON = function() {
                    return DomctlServicePauseDomainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServicePauseDomainRequest;
            })();

            v1.DomctlServicePauseDomainResponse = (function() {

                var DomctlServicePauseDomainResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServicePauseDomainResponse.create = function(properties) {
                    return new DomctlServicePauseDomainResponse(properties);
                };

                DomctlServicePauseDomainResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServicePauseDomainResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServicePauseDomainResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServicePauseDomainResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServicePauseDomainResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServicePauseDomainResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.DomctlServicePauseDomainResponse();
                };

                DomctlServicePauseDomainResponse.toObject = function () {
                    return {};
                };

                DomctlServicePauseDomainResponse.prototype.toJSON = function() {
                    return DomctlServicePauseDomainResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServicePauseDomainResponse;
            })();

            v1.DomctlServiceUnpauseDomainRequest = (function() {

                var DomctlServiceUnpauseDomainRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceUnpauseDomainRequest.prototype.domid = 0;

                DomctlServiceUnpauseDomainRequest.create = function(properties) {
                    return new DomctlServiceUnpauseDomainRequest(properties);
                };

                DomctlServiceUnpauseDomainRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceUnpauseDomainRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceUnpauseDomainRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceUnpauseDomainRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceUnpauseDomainRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceUnpauseDomainRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceUnpauseDomainRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    return message;
                };

                DomctlServiceUnpauseDomainRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    return object;
                };

                DomctlServiceUnpauseDomainRequest.prototype.toJSON = function() {
                    return DomctlServiceUnpauseDomainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceUnpauseDomainRequest;
            })();

            v1.DomctlServiceUnpauseDomainResponse = (function() {

                var DomctlServiceUnpauseDomainResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceUnpauseDomainResponse.create = function(properties) {
                    return new DomctlServiceUnpauseDomainResponse(properties);
                };

                DomctlServiceUnpauseDomainResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceUnpauseDomainResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceUnpauseDomainResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceUnpauseDomainResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceUnpauseDomainResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceUnpauseDomainResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.DomctlServiceUnpauseDomainResponse();
                };

                DomctlServiceUnpauseDomainResponse.toObject = function () {
                    return {};
                };

                DomctlServiceUnpauseDomainResponse.prototype.toJSON = function() {
                    return DomctlServiceUnpauseDomainResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceUnpauseDomainResponse;
            })();

            v1.DomctlServiceShutdownDomainRequest = (function() {

                var DomctlServiceShutdownDomainRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceShutdownDomainRequest.prototype.domid = 0;
                DomctlServiceShutdownDomainRequest.prototype.reason = 0;

                DomctlServiceShutdownDomainRequest.create = function(properties) {
                    return new DomctlServiceShutdownDomainRequest(properties);
                };

                DomctlServiceShutdownDomainRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                        writer.uint32(16).int32(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceShutdownDomainRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceShutdownDomainRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceShutdownDomainRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceShutdownDomainRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceShutdownDomainRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceShutdownDomainRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.reason !== 0 && (typeof object.reason !== "string" || $root.hvsim.control.v1.ShutdownReason[object.reason] !== 0))
                        switch (object.reason) {
                        case "SHUTDOWN_REASON_UNSPECIFIED":
                        case 0:
                            message.reason = 0;
                            break;
                        case "SHUTDOWN_REASON_POWEROFF":
                        case 1:
                            message.reason = 1;
                            break;
                        case "SHUTDOWN_REASON_REBOOT":
                        case 2:
                            message.reason = 2;
                            break;
                        case "SHUTDOWN_REASON_SUSPEND":
                        case 3:
                            message.reason = 3;
                            break;
                        case "SHUTDOWN_REASON_CRASH":
                        case 4:
                            message.reason = 4;
                            break;
                        case "SHUTDOWN_REASON_WATCHDOG":
                        case 5:
                            message.reason = 5;
                            break;
                        case "SHUTDOWN_REASON_SOFT_RESET":
                        case 6:
                            message.reason = 6;
                            break;
                        default:
                            if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                                message.reason = object.reason;
                        }
                    return message;
                };

                DomctlServiceShutdownDomainRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domid = 0;
                        object.reason = options.enums === $String ? "SHUTDOWN_REASON_UNSPECIFIED" : 0;
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = options.enums === $String ? $root.hvsim.control.v1.ShutdownReason[message.reason] === $undefined ? message.reason : $root.hvsim.control.v1.ShutdownReason[message.reason] : message.reason;
                    return object;
                };

                DomctlServiceShutdownDomainRequest.prototype.toJSON = function() {
                    return DomctlServiceShutdownDomainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceShutdownDomainRequest;
            })();

            v1.DomctlServiceShutdownDomainResponse = (function() {

                var DomctlServiceShutdownDomainResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceShutdownDomainResponse.create = function(properties) {
                    return new DomctlServiceShutdownDomainResponse(properties);
                };

                DomctlServiceShutdownDomainResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceShutdownDomainResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceShutdownDomainResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceShutdownDomainResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceShutdownDomainResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceShutdownDomainResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.DomctlServiceShutdownDomainResponse();
                };

                DomctlServiceShutdownDomainResponse.toObject = function () {
                    return {};
                };

                DomctlServiceShutdownDomainResponse.prototype.toJSON = function() {
                    return DomctlServiceShutdownDomainResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceShutdownDomainResponse;
            })();

            v1.DomctlServiceGetDomainInfoRequest = (function() {

                var DomctlServiceGetDomainInfoRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceGetDomainInfoRequest.prototype.domid = 0;

                DomctlServiceGetDomainInfoRequest.create = function(properties) {
                    return new DomctlServiceGetDomainInfoRequest(properties);
                };

                DomctlServiceGetDomainInfoRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceGetDomainInfoRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceGetDomainInfoRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceGetDomainInfoRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceGetDomainInfoRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceGetDomainInfoRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceGetDomainInfoRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    return message;
                };

                DomctlServiceGetDomainInfoRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    return object;
                };

                DomctlServiceGetDomainInfoRequest.prototype.toJSON = function() {
                    return DomctlServiceGetDomainInfoRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceGetDomainInfoRequest;
            })();

            v1.DomctlServiceGetDomainInfoResponse = (function() {

                var DomctlServiceGetDomainInfoResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceGetDomainInfoResponse.prototype.info = null;

                DomctlServiceGetDomainInfoResponse.create = function(properties) {
                    return new DomctlServiceGetDomainInfoResponse(properties);
                };

                DomctlServiceGetDomainInfoResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                        $root.hvsim.control.v1.DomainInfo.encode(message.info, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceGetDomainInfoResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceGetDomainInfoResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.info = $root.hvsim.control.v1.DomainInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceGetDomainInfoResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceGetDomainInfoResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceGetDomainInfoResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceGetDomainInfoResponse();
                    if (object.info != null) {
                        if (!$util.isObject(object.info))
                            throw $TypeError(".hvsim.control.v1.DomctlServiceGetDomainInfoResponse.info: object expected");
                        message.info = $root.hvsim.control.v1.DomainInfo.fromObject(object.info, _depth + 1);
                    }
                    return message;
                };

                DomctlServiceGetDomainInfoResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.info = null;
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                        object.info = $root.hvsim.control.v1.DomainInfo.toObject(message.info, options, _depth + 1);
                    return object;
                };

                DomctlServiceGetDomainInfoResponse.prototype.toJSON = function() {
                    return DomctlServiceGetDomainInfoResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceGetDomainInfoResponse;
            })();

            v1.DomctlServiceListDomainsRequest = (function() {

                var DomctlServiceListDomainsRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceListDomainsRequest.prototype.firstDomid = 0;
                DomctlServiceListDomainsRequest.prototype.maxDomains = 0;

                DomctlServiceListDomainsRequest.create = function(properties) {
                    return new DomctlServiceListDomainsRequest(properties);
                };

                DomctlServiceListDomainsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.firstDomid != null && $Object.hasOwnProperty.call(message, "firstDomid") && message.firstDomid !== 0)
                        writer.uint32(8).uint32(message.firstDomid);
                    if (message.maxDomains != null && $Object.hasOwnProperty.call(message, "maxDomains") && message.maxDomains !== 0)
                        writer.uint32(16).uint32(message.maxDomains);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceListDomainsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceListDomainsRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.firstDomid = value;
                                else
                                    delete message.firstDomid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxDomains = value;
                                else
                                    delete message.maxDomains;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceListDomainsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceListDomainsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceListDomainsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceListDomainsRequest();
                    if (object.firstDomid != null)
                        if ($Number(object.firstDomid) !== 0)
                            message.firstDomid = object.firstDomid >>> 0;
                    if (object.maxDomains != null)
                        if ($Number(object.maxDomains) !== 0)
                            message.maxDomains = object.maxDomains >>> 0;
                    return message;
                };

                DomctlServiceListDomainsRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.firstDomid = 0;
                        object.maxDomains = 0;
                    }
                    if (message.firstDomid != null && $Object.hasOwnProperty.call(message, "firstDomid"))
                        object.firstDomid = message.firstDomid;
                    if (message.maxDomains != null && $Object.hasOwnProperty.call(message, "maxDomains"))
                        object.maxDomains = message.maxDomains;
                    return object;
                };

                DomctlServiceListDomainsRequest.prototype.toJSON = function() {
                    return DomctlServiceListDomainsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceListDomainsRequest;
            })();

            v1.DomctlServiceListDomainsResponse = (function() {

                var DomctlServiceListDomainsResponse = function (properties) {
                    this.domains = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceListDomainsResponse.prototype.domains = $util.emptyArray;

                DomctlServiceListDomainsResponse.create = function(properties) {
                    return new DomctlServiceListDomainsResponse(properties);
                };

                DomctlServiceListDomainsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domains != null && message.domains.length)
                        for (var i = 0; i < message.domains.length; ++i)
                            $root.hvsim.control.v1.DomainInfo.encode(message.domains[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceListDomainsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceListDomainsResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.domains && message.domains.length))
                                    message.domains = [];
                                message.domains.push($root.hvsim.control.v1.DomainInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceListDomainsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceListDomainsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceListDomainsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceListDomainsResponse();
                    if (object.domains) {
                        if (!$Array.isArray(object.domains))
                            throw $TypeError(".hvsim.control.v1.DomctlServiceListDomainsResponse.domains: array expected");
                        message.domains = $Array(object.domains.length);
                        for (var i = 0; i < object.domains.length; ++i) {
                            if (!$util.isObject(object.domains[i]))
                                throw $TypeError(".hvsim.control.v1.DomctlServiceListDomainsResponse.domains: object expected");
                            message.domains[i] = $root.hvsim.control.v1.DomainInfo.fromObject(object.domains[i], _depth + 1);
                        }
                    }
                    return message;
                };

                DomctlServiceListDomainsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.domains = [];
                    if (message.domains && message.domains.length) {
                        object.domains = $Array(message.domains.length);
                        for (var j = 0; j < message.domains.length; ++j)
                            object.domains[j] = $root.hvsim.control.v1.DomainInfo.toObject(message.domains[j], options, _depth + 1);
                    }
                    return object;
                };

                DomctlServiceListDomainsResponse.prototype.toJSON = function() {
                    return DomctlServiceListDomainsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceListDomainsResponse;
            })();

            v1.DomctlServiceSetMaxMemRequest = (function() {

                var DomctlServiceSetMaxMemRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceSetMaxMemRequest.prototype.domid = 0;
                DomctlServiceSetMaxMemRequest.prototype.maxMemoryKb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                DomctlServiceSetMaxMemRequest.create = function(properties) {
                    return new DomctlServiceSetMaxMemRequest(properties);
                };

                DomctlServiceSetMaxMemRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.maxMemoryKb != null && $Object.hasOwnProperty.call(message, "maxMemoryKb") && (typeof message.maxMemoryKb === "object" ? message.maxMemoryKb.low || message.maxMemoryKb.high : message.maxMemoryKb !== 0))
                        writer.uint32(16).uint64(message.maxMemoryKb);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceSetMaxMemRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceSetMaxMemRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxMemoryKb = value;
                                else
                                    delete message.maxMemoryKb;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceSetMaxMemRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceSetMaxMemRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceSetMaxMemRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceSetMaxMemRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.maxMemoryKb != null)
                        if (typeof object.maxMemoryKb === "object" ? object.maxMemoryKb.low || object.maxMemoryKb.high : $Number(object.maxMemoryKb) !== 0)
                            if ($util.Long)
                                message.maxMemoryKb = $util.Long.fromValue(object.maxMemoryKb, true);
                            else if (typeof object.maxMemoryKb === "string")
                                message.maxMemoryKb = $parseInt(object.maxMemoryKb, 10);
                            else if (typeof object.maxMemoryKb === "number")
                                message.maxMemoryKb = object.maxMemoryKb;
                            else if (typeof object.maxMemoryKb === "object")
                                message.maxMemoryKb = new $util.LongBits(object.maxMemoryKb.low >>> 0, object.maxMemoryKb.high >>> 0).toNumber(true);
                    return message;
                };

                DomctlServiceSetMaxMemRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domid = 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.maxMemoryKb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxMemoryKb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.maxMemoryKb != null && $Object.hasOwnProperty.call(message, "maxMemoryKb"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxMemoryKb = typeof message.maxMemoryKb === "number" ? $BigInt(message.maxMemoryKb) : $util.Long.fromBits(message.maxMemoryKb.low >>> 0, message.maxMemoryKb.high >>> 0, true).toBigInt();
                        else if (typeof message.maxMemoryKb === "number")
                            object.maxMemoryKb = options.longs === $String ? $String(message.maxMemoryKb) : message.maxMemoryKb;
                        else
                            object.maxMemoryKb = options.longs === $String ? $util.Long.prototype.toString.call(message.maxMemoryKb) : options.longs === $Number ? new $util.LongBits(message.maxMemoryKb.low >>> 0, message.maxMemoryKb.high >>> 0).toNumber(true) : message.maxMemoryKb;
                    return object;
                };

                DomctlServiceSetMaxMemRequest.prototype.toJSON = function() {
                    return DomctlServiceSetMaxMemRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceSetMaxMemRequest;
            })();

            v1.DomctlServiceSetMaxMemResponse = (function() {

                var DomctlServiceSetMaxMemResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceSetMaxMemResponse.create = function(properties) {
                    return new DomctlServiceSetMaxMemResponse(properties);
                };

                DomctlServiceSetMaxMemResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceSetMaxMemResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceSetMaxMemResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceSetMaxMemResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceSetMaxMemResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceSetMaxMemResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.DomctlServiceSetMaxMemResponse();
                };

                DomctlServiceSetMaxMemResponse.toObject = function () {
                    return {};
                };

                DomctlServiceSetMaxMemResponse.prototype.toJSON = function() {
                    return DomctlServiceSetMaxMemResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceSetMaxMemResponse;
            })();

            v1.DomctlServiceSetMemoryTargetRequest = (function() {

                var DomctlServiceSetMemoryTargetRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceSetMemoryTargetRequest.prototype.domid = 0;
                DomctlServiceSetMemoryTargetRequest.prototype.targetKb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                DomctlServiceSetMemoryTargetRequest.create = function(properties) {
                    return new DomctlServiceSetMemoryTargetRequest(properties);
                };

                DomctlServiceSetMemoryTargetRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.targetKb != null && $Object.hasOwnProperty.call(message, "targetKb") && (typeof message.targetKb === "object" ? message.targetKb.low || message.targetKb.high : message.targetKb !== 0))
                        writer.uint32(16).uint64(message.targetKb);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceSetMemoryTargetRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceSetMemoryTargetRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.targetKb = value;
                                else
                                    delete message.targetKb;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceSetMemoryTargetRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceSetMemoryTargetRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceSetMemoryTargetRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceSetMemoryTargetRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.targetKb != null)
                        if (typeof object.targetKb === "object" ? object.targetKb.low || object.targetKb.high : $Number(object.targetKb) !== 0)
                            if ($util.Long)
                                message.targetKb = $util.Long.fromValue(object.targetKb, true);
                            else if (typeof object.targetKb === "string")
                                message.targetKb = $parseInt(object.targetKb, 10);
                            else if (typeof object.targetKb === "number")
                                message.targetKb = object.targetKb;
                            else if (typeof object.targetKb === "object")
                                message.targetKb = new $util.LongBits(object.targetKb.low >>> 0, object.targetKb.high >>> 0).toNumber(true);
                    return message;
                };

                DomctlServiceSetMemoryTargetRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domid = 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.targetKb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.targetKb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.targetKb != null && $Object.hasOwnProperty.call(message, "targetKb"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.targetKb = typeof message.targetKb === "number" ? $BigInt(message.targetKb) : $util.Long.fromBits(message.targetKb.low >>> 0, message.targetKb.high >>> 0, true).toBigInt();
                        else if (typeof message.targetKb === "number")
                            object.targetKb = options.longs === $String ? $String(message.targetKb) : message.targetKb;
                        else
                            object.targetKb = options.longs === $String ? $util.Long.prototype.toString.call(message.targetKb) : options.longs === $Number ? new $util.LongBits(message.targetKb.low >>> 0, message.targetKb.high >>> 0).toNumber(true) : message.targetKb;
                    return object;
                };

                DomctlServiceSetMemoryTargetRequest.prototype.toJSON = function() {
                    return DomctlServiceSetMemoryTargetRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceSetMemoryTargetRequest;
            })();

            v1.DomctlServiceSetMemoryTargetResponse = (function() {

                var DomctlServiceSetMemoryTargetResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceSetMemoryTargetResponse.create = function(properties) {
                    return new DomctlServiceSetMemoryTargetResponse(properties);
                };

                DomctlServiceSetMemoryTargetResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceSetMemoryTargetResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceSetMemoryTargetResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceSetMemoryTargetResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceSetMemoryTargetResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceSetMemoryTargetResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.DomctlServiceSetMemoryTargetResponse();
                };

                DomctlServiceSetMemoryTargetResponse.toObject = function () {
                    return {};
                };

                DomctlServiceSetMemoryTargetResponse.prototype.toJSON = function() {
                    return DomctlServiceSetMemoryTargetResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceSetMemoryTargetResponse;
            })();

            v1.DomctlServiceSetVcpuAffinityRequest = (function() {

                var DomctlServiceSetVcpuAffinityRequest = function (properties) {
                    this.hardAffinity = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceSetVcpuAffinityRequest.prototype.domid = 0;
                DomctlServiceSetVcpuAffinityRequest.prototype.vcpu = 0;
                DomctlServiceSetVcpuAffinityRequest.prototype.hardAffinity = $util.emptyArray;

                DomctlServiceSetVcpuAffinityRequest.create = function(properties) {
                    return new DomctlServiceSetVcpuAffinityRequest(properties);
                };

                DomctlServiceSetVcpuAffinityRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(16).uint32(message.vcpu);
                    if (message.hardAffinity != null && message.hardAffinity.length)
                        writer.uint32(26).uint32s(message.hardAffinity);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceSetVcpuAffinityRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
                                continue;
                            }
                        case 3: {
                                if (wireType === 2) {
                                    if (!(message.hardAffinity && message.hardAffinity.length))
                                        message.hardAffinity = [];
                                    reader.uint32s(message.hardAffinity);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.hardAffinity && message.hardAffinity.length))
                                    message.hardAffinity = [];
                                message.hardAffinity.push(reader.uint32());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceSetVcpuAffinityRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.vcpu != null)
                        if ($Number(object.vcpu) !== 0)
                            message.vcpu = object.vcpu >>> 0;
                    if (object.hardAffinity) {
                        if (!$Array.isArray(object.hardAffinity))
                            throw $TypeError(".hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest.hardAffinity: array expected");
                        message.hardAffinity = $Array(object.hardAffinity.length);
                        for (var i = 0; i < object.hardAffinity.length; ++i)
                            message.hardAffinity[i] = object.hardAffinity[i] >>> 0;
                    }
                    return message;
                };

                DomctlServiceSetVcpuAffinityRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.hardAffinity = [];
                    if (options.defaults) {
                        object.domid = 0;
                        object.vcpu = 0;
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu"))
                        object.vcpu = message.vcpu;
                    if (message.hardAffinity && message.hardAffinity.length) {
                        object.hardAffinity = $Array(message.hardAffinity.length);
                        for (var j = 0; j < message.hardAffinity.length; ++j)
                            object.hardAffinity[j] = message.hardAffinity[j];
                    }
                    return object;
                };

                DomctlServiceSetVcpuAffinityRequest.prototype.toJSON = function() {
                    return DomctlServiceSetVcpuAffinityRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceSetVcpuAffinityRequest;
            })();

            v1.DomctlServiceSetVcpuAffinityResponse = (function() {

                var DomctlServiceSetVcpuAffinityResponse = function (properties) {
                    this.hardAffinity = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceSetVcpuAffinityResponse.prototype.hardAffinity = $util.emptyArray;

                DomctlServiceSetVcpuAffinityResponse.create = function(properties) {
                    return new DomctlServiceSetVcpuAffinityResponse(properties);
                };

                DomctlServiceSetVcpuAffinityResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hardAffinity != null && message.hardAffinity.length)
                        writer.uint32(10).uint32s(message.hardAffinity);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceSetVcpuAffinityResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType === 2) {
                                    if (!(message.hardAffinity && message.hardAffinity.length))
                                        message.hardAffinity = [];
                                    reader.uint32s(message.hardAffinity);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.hardAffinity && message.hardAffinity.length))
                                    message.hardAffinity = [];
                                message.hardAffinity.push(reader.uint32());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceSetVcpuAffinityResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse();
                    if (object.hardAffinity) {
                        if (!$Array.isArray(object.hardAffinity))
                            throw $TypeError(".hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse.hardAffinity: array expected");
                        message.hardAffinity = $Array(object.hardAffinity.length);
                        for (var i = 0; i < object.hardAffinity.length; ++i)
                            message.hardAffinity[i] = object.hardAffinity[i] >>> 0;
                    }
                    return message;
                };

                DomctlServiceSetVcpuAffinityResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.hardAffinity = [];
                    if (message.hardAffinity && message.hardAffinity.length) {
                        object.hardAffinity = $Array(message.hardAffinity.length);
                        for (var j = 0; j < message.hardAffinity.length; ++j)
                            object.hardAffinity[j] = message.hardAffinity[j];
                    }
                    return object;
                };

                DomctlServiceSetVcpuAffinityResponse.prototype.toJSON = function() {
                    return DomctlServiceSetVcpuAffinityResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceSetVcpuAffinityResponse;
            })();

            v1.DomctlServiceGetVcpuInfoRequest = (function() {

                var DomctlServiceGetVcpuInfoRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceGetVcpuInfoRequest.prototype.domid = 0;

                DomctlServiceGetVcpuInfoRequest.create = function(properties) {
                    return new DomctlServiceGetVcpuInfoRequest(properties);
                };

                DomctlServiceGetVcpuInfoRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceGetVcpuInfoRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceGetVcpuInfoRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceGetVcpuInfoRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceGetVcpuInfoRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceGetVcpuInfoRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceGetVcpuInfoRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    return message;
                };

                DomctlServiceGetVcpuInfoRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    return object;
                };

                DomctlServiceGetVcpuInfoRequest.prototype.toJSON = function() {
                    return DomctlServiceGetVcpuInfoRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceGetVcpuInfoRequest;
            })();

            v1.DomctlServiceGetVcpuInfoResponse = (function() {

                var DomctlServiceGetVcpuInfoResponse = function (properties) {
                    this.vcpus = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceGetVcpuInfoResponse.prototype.vcpus = $util.emptyArray;

                DomctlServiceGetVcpuInfoResponse.create = function(properties) {
                    return new DomctlServiceGetVcpuInfoResponse(properties);
                };

                DomctlServiceGetVcpuInfoResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vcpus != null && message.vcpus.length)
                        for (var i = 0; i < message.vcpus.length; ++i)
                            $root.hvsim.control.v1.VcpuInfo.encode(message.vcpus[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceGetVcpuInfoResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceGetVcpuInfoResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.vcpus && message.vcpus.length))
                                    message.vcpus = [];
                                message.vcpus.push($root.hvsim.control.v1.VcpuInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceGetVcpuInfoResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceGetVcpuInfoResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceGetVcpuInfoResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceGetVcpuInfoResponse();
                    if (object.vcpus) {
                        if (!$Array.isArray(object.vcpus))
                            throw $TypeError(".hvsim.control.v1.DomctlServiceGetVcpuInfoResponse.vcpus: array expected");
                        message.vcpus = $Array(object.vcpus.length);
                        for (var i = 0; i < object.vcpus.length; ++i) {
                            if (!$util.isObject(object.vcpus[i]))
                                throw $TypeError(".hvsim.control.v1.DomctlServiceGetVcpuInfoResponse.vcpus: object expected");
                            message.vcpus[i] = $root.hvsim.control.v1.VcpuInfo.fromObject(object.vcpus[i], _depth + 1);
                        }
                    }
                    return message;
                };

                DomctlServiceGetVcpuInfoResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.vcpus = [];
                    if (message.vcpus && message.vcpus.length) {
                        object.vcpus = $Array(message.vcpus.length);
                        for (var j = 0; j < message.vcpus.length; ++j)
                            object.vcpus[j] = $root.hvsim.control.v1.VcpuInfo.toObject(message.vcpus[j], options, _depth + 1);
                    }
                    return object;
                };

                DomctlServiceGetVcpuInfoResponse.prototype.toJSON = function() {
                    return DomctlServiceGetVcpuInfoResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceGetVcpuInfoResponse;
            })();

            v1.DomctlServiceSchedCreditGetRequest = (function() {

                var DomctlServiceSchedCreditGetRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceSchedCreditGetRequest.prototype.domid = 0;

                DomctlServiceSchedCreditGetRequest.create = function(properties) {
                    return new DomctlServiceSchedCreditGetRequest(properties);
                };

                DomctlServiceSchedCreditGetRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceSchedCreditGetRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceSchedCreditGetRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceSchedCreditGetRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceSchedCreditGetRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceSchedCreditGetRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceSchedCreditGetRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    return message;
                };

                DomctlServiceSchedCreditGetRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    return object;
                };

                DomctlServiceSchedCreditGetRequest.prototype.toJSON = function() {
                    return DomctlServiceSchedCreditGetRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceSchedCreditGetRequest;
            })();

            v1.DomctlServiceSchedCreditGetResponse = (function() {

                var DomctlServiceSchedCreditGetResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceSchedCreditGetResponse.prototype.params = null;

                DomctlServiceSchedCreditGetResponse.create = function(properties) {
                    return new DomctlServiceSchedCreditGetResponse(properties);
                };

                DomctlServiceSchedCreditGetResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        $root.hvsim.control.v1.SchedCreditParams.encode(message.params, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceSchedCreditGetResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceSchedCreditGetResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.params = $root.hvsim.control.v1.SchedCreditParams.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceSchedCreditGetResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceSchedCreditGetResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceSchedCreditGetResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceSchedCreditGetResponse();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".hvsim.control.v1.DomctlServiceSchedCreditGetResponse.params: object expected");
                        message.params = $root.hvsim.control.v1.SchedCreditParams.fromObject(object.params, _depth + 1);
                    }
                    return message;
                };

                DomctlServiceSchedCreditGetResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.params = null;
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.hvsim.control.v1.SchedCreditParams.toObject(message.params, options, _depth + 1);
                    return object;
                };

                DomctlServiceSchedCreditGetResponse.prototype.toJSON = function() {
                    return DomctlServiceSchedCreditGetResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceSchedCreditGetResponse;
            })();

            v1.DomctlServiceSchedCreditSetRequest = (function() {

                var DomctlServiceSchedCreditSetRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceSchedCreditSetRequest.prototype.domid = 0;
                DomctlServiceSchedCreditSetRequest.prototype.weight = null;
                DomctlServiceSchedCreditSetRequest.prototype.cap = null;

                var $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DomctlServiceSchedCreditSetRequest.prototype, "_weight", {
                    get: $util.oneOfGetter($oneOfFields = ["weight"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DomctlServiceSchedCreditSetRequest.prototype, "_cap", {
                    get: $util.oneOfGetter($oneOfFields = ["cap"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                DomctlServiceSchedCreditSetRequest.create = function(properties) {
                    return new DomctlServiceSchedCreditSetRequest(properties);
                };

                DomctlServiceSchedCreditSetRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.weight != null && $Object.hasOwnProperty.call(message, "weight"))
                        writer.uint32(16).uint32(message.weight);
                    if (message.cap != null && $Object.hasOwnProperty.call(message, "cap"))
                        writer.uint32(24).uint32(message.cap);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceSchedCreditSetRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceSchedCreditSetRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.weight = reader.uint32();
                                message._weight = "weight";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.cap = reader.uint32();
                                message._cap = "cap";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceSchedCreditSetRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceSchedCreditSetRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceSchedCreditSetRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceSchedCreditSetRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.weight != null)
                        message.weight = object.weight >>> 0;
                    if (object.cap != null)
                        message.cap = object.cap >>> 0;
                    return message;
                };

                DomctlServiceSchedCreditSetRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.weight != null && $Object.hasOwnProperty.call(message, "weight"))
                        object.weight = message.weight;
                    if (message.cap != null && $Object.hasOwnProperty.call(message, "cap"))
                        object.cap = message.cap;
                    return object;
                };

                DomctlServiceSchedCreditSetRequest.prototype.toJSON = function() {
                    return DomctlServiceSchedCreditSetRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceSchedCreditSetRequest;
            })();

            v1.DomctlServiceSchedCreditSetResponse = (function() {

                var DomctlServiceSchedCreditSetResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceSchedCreditSetResponse.prototype.params = null;

                DomctlServiceSchedCreditSetResponse.create = function(properties) {
                    return new DomctlServiceSchedCreditSetResponse(properties);
                };

                DomctlServiceSchedCreditSetResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        $root.hvsim.control.v1.SchedCreditParams.encode(message.params, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceSchedCreditSetResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceSchedCreditSetResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.params = $root.hvsim.control.v1.SchedCreditParams.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceSchedCreditSetResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceSchedCreditSetResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceSchedCreditSetResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceSchedCreditSetResponse();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".hvsim.control.v1.DomctlServiceSchedCreditSetResponse.params: object expected");
                        message.params = $root.hvsim.control.v1.SchedCreditParams.fromObject(object.params, _depth + 1);
                    }
                    return message;
                };

                DomctlServiceSchedCreditSetResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.params = null;
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.hvsim.control.v1.SchedCreditParams.toObject(message.params, options, _depth + 1);
                    return object;
                };

                DomctlServiceSchedCreditSetResponse.prototype.toJSON = function() {
                    return DomctlServiceSchedCreditSetResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceSchedCreditSetResponse;
            })();

            v1.DomctlServiceWriteGuestMemoryRequest = (function() {

                var DomctlServiceWriteGuestMemoryRequest = function (properties) {
                    this.more = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceWriteGuestMemoryRequest.prototype.domid = 0;
                DomctlServiceWriteGuestMemoryRequest.prototype.gpa = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                DomctlServiceWriteGuestMemoryRequest.prototype.data = $util.newBuffer([]);
                DomctlServiceWriteGuestMemoryRequest.prototype.more = $util.emptyArray;

                DomctlServiceWriteGuestMemoryRequest.create = function(properties) {
                    return new DomctlServiceWriteGuestMemoryRequest(properties);
                };

                DomctlServiceWriteGuestMemoryRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.gpa != null && $Object.hasOwnProperty.call(message, "gpa") && (typeof message.gpa === "object" ? message.gpa.low || message.gpa.high : message.gpa !== 0))
                        writer.uint32(16).uint64(message.gpa);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(26).bytes(message.data);
                    if (message.more != null && message.more.length)
                        for (var i = 0; i < message.more.length; ++i)
                            $root.hvsim.control.v1.GuestMemoryWrite.encode(message.more[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceWriteGuestMemoryRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.gpa = value;
                                else
                                    delete message.gpa;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.more && message.more.length))
                                    message.more = [];
                                message.more.push($root.hvsim.control.v1.GuestMemoryWrite.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceWriteGuestMemoryRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.gpa != null)
                        if (typeof object.gpa === "object" ? object.gpa.low || object.gpa.high : $Number(object.gpa) !== 0)
                            if ($util.Long)
                                message.gpa = $util.Long.fromValue(object.gpa, true);
                            else if (typeof object.gpa === "string")
                                message.gpa = $parseInt(object.gpa, 10);
                            else if (typeof object.gpa === "number")
                                message.gpa = object.gpa;
                            else if (typeof object.gpa === "object")
                                message.gpa = new $util.LongBits(object.gpa.low >>> 0, object.gpa.high >>> 0).toNumber(true);
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    if (object.more) {
                        if (!$Array.isArray(object.more))
                            throw $TypeError(".hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest.more: array expected");
                        message.more = $Array(object.more.length);
                        for (var i = 0; i < object.more.length; ++i) {
                            if (!$util.isObject(object.more[i]))
                                throw $TypeError(".hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest.more: object expected");
                            message.more[i] = $root.hvsim.control.v1.GuestMemoryWrite.fromObject(object.more[i], _depth + 1);
                        }
                    }
                    return message;
                };

                DomctlServiceWriteGuestMemoryRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.more = [];
                    if (options.defaults) {
                        object.domid = 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.gpa = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.gpa = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.gpa != null && $Object.hasOwnProperty.call(message, "gpa"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.gpa = typeof message.gpa === "number" ? $BigInt(message.gpa) : $util.Long.fromBits(message.gpa.low >>> 0, message.gpa.high >>> 0, true).toBigInt();
                        else if (typeof message.gpa === "number")
                            object.gpa = options.longs === $String ? $String(message.gpa) : message.gpa;
                        else
                            object.gpa = options.longs === $String ? $util.Long.prototype.toString.call(message.gpa) : options.longs === $Number ? new $util.LongBits(message.gpa.low >>> 0, message.gpa.high >>> 0).toNumber(true) : message.gpa;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    if (message.more && message.more.length) {
                        object.more = $Array(message.more.length);
                        for (var j = 0; j < message.more.length; ++j)
                            object.more[j] = $root.hvsim.control.v1.GuestMemoryWrite.toObject(message.more[j], options, _depth + 1);
                    }
                    return object;
                };

                DomctlServiceWriteGuestMemoryRequest.prototype.toJSON = function() {
                    return DomctlServiceWriteGuestMemoryRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceWriteGuestMemoryRequest;
            })();

            v1.GuestMemoryWrite = (function() {

                var GuestMemoryWrite = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GuestMemoryWrite.prototype.gpa = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                GuestMemoryWrite.prototype.data = $util.newBuffer([]);

                GuestMemoryWrite.create = function(properties) {
                    return new GuestMemoryWrite(properties);
                };

                GuestMemoryWrite.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.gpa != null && $Object.hasOwnProperty.call(message, "gpa") && (typeof message.gpa === "object" ? message.gpa.low || message.gpa.high : message.gpa !== 0))
                        writer.uint32(8).uint64(message.gpa);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(18).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GuestMemoryWrite.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.GuestMemoryWrite();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.gpa = value;
                                else
                                    delete message.gpa;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                GuestMemoryWrite.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.GuestMemoryWrite)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.GuestMemoryWrite: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.GuestMemoryWrite();
                    if (object.gpa != null)
                        if (typeof object.gpa === "object" ? object.gpa.low || object.gpa.high : $Number(object.gpa) !== 0)
                            if ($util.Long)
                                message.gpa = $util.Long.fromValue(object.gpa, true);
                            else if (typeof object.gpa === "string")
                                message.gpa = $parseInt(object.gpa, 10);
                            else if (typeof object.gpa === "number")
                                message.gpa = object.gpa;
                            else if (typeof object.gpa === "object")
                                message.gpa = new $util.LongBits(object.gpa.low >>> 0, object.gpa.high >>> 0).toNumber(true);
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                GuestMemoryWrite.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.gpa = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.gpa = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.gpa != null && $Object.hasOwnProperty.call(message, "gpa"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.gpa = typeof message.gpa === "number" ? $BigInt(message.gpa) : $util.Long.fromBits(message.gpa.low >>> 0, message.gpa.high >>> 0, true).toBigInt();
                        else if (typeof message.gpa === "number")
                            object.gpa = options.longs === $String ? $String(message.gpa) : message.gpa;
                        else
                            object.gpa = options.longs === $String ? $util.Long.prototype.toString.call(message.gpa) : options.longs === $Number ? new $util.LongBits(message.gpa.low >>> 0, message.gpa.high >>> 0).toNumber(true) : message.gpa;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                GuestMemoryWrite.prototype.toJSON = function() {
                    return GuestMemoryWrite.toObject(this, $protobuf.util.toJSONOptions);
                };

                return GuestMemoryWrite;
            })();

            v1.DomctlServiceWriteGuestMemoryResponse = (function() {

                var DomctlServiceWriteGuestMemoryResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceWriteGuestMemoryResponse.create = function(properties) {
                    return new DomctlServiceWriteGuestMemoryResponse(properties);
                };

                DomctlServiceWriteGuestMemoryResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceWriteGuestMemoryResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceWriteGuestMemoryResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse();
                };

                DomctlServiceWriteGuestMemoryResponse.toObject = function () {
                    return {};
                };

                DomctlServiceWriteGuestMemoryResponse.prototype.toJSON = function() {
                    return DomctlServiceWriteGuestMemoryResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceWriteGuestMemoryResponse;
            })();

            v1.DomctlServiceReadGuestMemoryRequest = (function() {

                var DomctlServiceReadGuestMemoryRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceReadGuestMemoryRequest.prototype.domid = 0;
                DomctlServiceReadGuestMemoryRequest.prototype.gpa = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                DomctlServiceReadGuestMemoryRequest.prototype.length = 0;

                DomctlServiceReadGuestMemoryRequest.create = function(properties) {
                    return new DomctlServiceReadGuestMemoryRequest(properties);
                };

                DomctlServiceReadGuestMemoryRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.gpa != null && $Object.hasOwnProperty.call(message, "gpa") && (typeof message.gpa === "object" ? message.gpa.low || message.gpa.high : message.gpa !== 0))
                        writer.uint32(16).uint64(message.gpa);
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                        writer.uint32(24).uint32(message.length);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceReadGuestMemoryRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceReadGuestMemoryRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.gpa = value;
                                else
                                    delete message.gpa;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.length = value;
                                else
                                    delete message.length;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceReadGuestMemoryRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceReadGuestMemoryRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceReadGuestMemoryRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceReadGuestMemoryRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.gpa != null)
                        if (typeof object.gpa === "object" ? object.gpa.low || object.gpa.high : $Number(object.gpa) !== 0)
                            if ($util.Long)
                                message.gpa = $util.Long.fromValue(object.gpa, true);
                            else if (typeof object.gpa === "string")
                                message.gpa = $parseInt(object.gpa, 10);
                            else if (typeof object.gpa === "number")
                                message.gpa = object.gpa;
                            else if (typeof object.gpa === "object")
                                message.gpa = new $util.LongBits(object.gpa.low >>> 0, object.gpa.high >>> 0).toNumber(true);
                    if (object.length != null)
                        if ($Number(object.length) !== 0)
                            message.length = object.length >>> 0;
                    return message;
                };

                DomctlServiceReadGuestMemoryRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domid = 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.gpa = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.gpa = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.length = 0;
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.gpa != null && $Object.hasOwnProperty.call(message, "gpa"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.gpa = typeof message.gpa === "number" ? $BigInt(message.gpa) : $util.Long.fromBits(message.gpa.low >>> 0, message.gpa.high >>> 0, true).toBigInt();
                        else if (typeof message.gpa === "number")
                            object.gpa = options.longs === $String ? $String(message.gpa) : message.gpa;
                        else
                            object.gpa = options.longs === $String ? $util.Long.prototype.toString.call(message.gpa) : options.longs === $Number ? new $util.LongBits(message.gpa.low >>> 0, message.gpa.high >>> 0).toNumber(true) : message.gpa;
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                        object.length = message.length;
                    return object;
                };

                DomctlServiceReadGuestMemoryRequest.prototype.toJSON = function() {
                    return DomctlServiceReadGuestMemoryRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceReadGuestMemoryRequest;
            })();

            v1.DomctlServiceReadGuestMemoryResponse = (function() {

                var DomctlServiceReadGuestMemoryResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceReadGuestMemoryResponse.prototype.data = $util.newBuffer([]);

                DomctlServiceReadGuestMemoryResponse.create = function(properties) {
                    return new DomctlServiceReadGuestMemoryResponse(properties);
                };

                DomctlServiceReadGuestMemoryResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(10).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceReadGuestMemoryResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceReadGuestMemoryResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceReadGuestMemoryResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceReadGuestMemoryResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceReadGuestMemoryResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceReadGuestMemoryResponse();
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                DomctlServiceReadGuestMemoryResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                DomctlServiceReadGuestMemoryResponse.prototype.toJSON = function() {
                    return DomctlServiceReadGuestMemoryResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceReadGuestMemoryResponse;
            })();

            v1.DomctlServiceSetVcpuContextRequest = (function() {

                var DomctlServiceSetVcpuContextRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceSetVcpuContextRequest.prototype.domid = 0;
                DomctlServiceSetVcpuContextRequest.prototype.vcpu = 0;
                DomctlServiceSetVcpuContextRequest.prototype.context = null;

                DomctlServiceSetVcpuContextRequest.create = function(properties) {
                    return new DomctlServiceSetVcpuContextRequest(properties);
                };

                DomctlServiceSetVcpuContextRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(16).uint32(message.vcpu);
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                        $root.hvsim.control.v1.VcpuContext.encode(message.context, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceSetVcpuContextRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceSetVcpuContextRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.context = $root.hvsim.control.v1.VcpuContext.decode(reader, reader.size(), $undefined, _depth + 1, message.context);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceSetVcpuContextRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceSetVcpuContextRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceSetVcpuContextRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceSetVcpuContextRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.vcpu != null)
                        if ($Number(object.vcpu) !== 0)
                            message.vcpu = object.vcpu >>> 0;
                    if (object.context != null) {
                        if (!$util.isObject(object.context))
                            throw $TypeError(".hvsim.control.v1.DomctlServiceSetVcpuContextRequest.context: object expected");
                        message.context = $root.hvsim.control.v1.VcpuContext.fromObject(object.context, _depth + 1);
                    }
                    return message;
                };

                DomctlServiceSetVcpuContextRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domid = 0;
                        object.vcpu = 0;
                        object.context = null;
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu"))
                        object.vcpu = message.vcpu;
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                        object.context = $root.hvsim.control.v1.VcpuContext.toObject(message.context, options, _depth + 1);
                    return object;
                };

                DomctlServiceSetVcpuContextRequest.prototype.toJSON = function() {
                    return DomctlServiceSetVcpuContextRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceSetVcpuContextRequest;
            })();

            v1.DomctlServiceSetVcpuContextResponse = (function() {

                var DomctlServiceSetVcpuContextResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceSetVcpuContextResponse.create = function(properties) {
                    return new DomctlServiceSetVcpuContextResponse(properties);
                };

                DomctlServiceSetVcpuContextResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceSetVcpuContextResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceSetVcpuContextResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceSetVcpuContextResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceSetVcpuContextResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceSetVcpuContextResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.DomctlServiceSetVcpuContextResponse();
                };

                DomctlServiceSetVcpuContextResponse.toObject = function () {
                    return {};
                };

                DomctlServiceSetVcpuContextResponse.prototype.toJSON = function() {
                    return DomctlServiceSetVcpuContextResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceSetVcpuContextResponse;
            })();

            v1.DomctlServiceGetVcpuContextRequest = (function() {

                var DomctlServiceGetVcpuContextRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceGetVcpuContextRequest.prototype.domid = 0;
                DomctlServiceGetVcpuContextRequest.prototype.vcpu = 0;

                DomctlServiceGetVcpuContextRequest.create = function(properties) {
                    return new DomctlServiceGetVcpuContextRequest(properties);
                };

                DomctlServiceGetVcpuContextRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(16).uint32(message.vcpu);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceGetVcpuContextRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceGetVcpuContextRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceGetVcpuContextRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceGetVcpuContextRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceGetVcpuContextRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceGetVcpuContextRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.vcpu != null)
                        if ($Number(object.vcpu) !== 0)
                            message.vcpu = object.vcpu >>> 0;
                    return message;
                };

                DomctlServiceGetVcpuContextRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domid = 0;
                        object.vcpu = 0;
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu"))
                        object.vcpu = message.vcpu;
                    return object;
                };

                DomctlServiceGetVcpuContextRequest.prototype.toJSON = function() {
                    return DomctlServiceGetVcpuContextRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceGetVcpuContextRequest;
            })();

            v1.DomctlServiceGetVcpuContextResponse = (function() {

                var DomctlServiceGetVcpuContextResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceGetVcpuContextResponse.prototype.context = null;

                DomctlServiceGetVcpuContextResponse.create = function(properties) {
                    return new DomctlServiceGetVcpuContextResponse(properties);
                };

                DomctlServiceGetVcpuContextResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                        $root.hvsim.control.v1.VcpuContext.encode(message.context, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceGetVcpuContextResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceGetVcpuContextResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.context = $root.hvsim.control.v1.VcpuContext.decode(reader, reader.size(), $undefined, _depth + 1, message.context);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceGetVcpuContextResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceGetVcpuContextResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceGetVcpuContextResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceGetVcpuContextResponse();
                    if (object.context != null) {
                        if (!$util.isObject(object.context))
                            throw $TypeError(".hvsim.control.v1.DomctlServiceGetVcpuContextResponse.context: object expected");
                        message.context = $root.hvsim.control.v1.VcpuContext.fromObject(object.context, _depth + 1);
                    }
                    return message;
                };

                DomctlServiceGetVcpuContextResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.context = null;
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                        object.context = $root.hvsim.control.v1.VcpuContext.toObject(message.context, options, _depth + 1);
                    return object;
                };

                DomctlServiceGetVcpuContextResponse.prototype.toJSON = function() {
                    return DomctlServiceGetVcpuContextResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceGetVcpuContextResponse;
            })();

            v1.DomctlServiceSetHvmParamRequest = (function() {

                var DomctlServiceSetHvmParamRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceSetHvmParamRequest.prototype.domid = 0;
                DomctlServiceSetHvmParamRequest.prototype.index = 0;
                DomctlServiceSetHvmParamRequest.prototype.value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                DomctlServiceSetHvmParamRequest.create = function(properties) {
                    return new DomctlServiceSetHvmParamRequest(properties);
                };

                DomctlServiceSetHvmParamRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                        writer.uint32(16).uint32(message.index);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                        writer.uint32(24).uint64(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceSetHvmParamRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceSetHvmParamRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceSetHvmParamRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceSetHvmParamRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceSetHvmParamRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceSetHvmParamRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.index != null)
                        if ($Number(object.index) !== 0)
                            message.index = object.index >>> 0;
                    if (object.value != null)
                        if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                            if ($util.Long)
                                message.value = $util.Long.fromValue(object.value, true);
                            else if (typeof object.value === "string")
                                message.value = $parseInt(object.value, 10);
                            else if (typeof object.value === "number")
                                message.value = object.value;
                            else if (typeof object.value === "object")
                                message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber(true);
                    return message;
                };

                DomctlServiceSetHvmParamRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domid = 0;
                        object.index = 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        object.index = message.index;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, true).toBigInt();
                        else if (typeof message.value === "number")
                            object.value = options.longs === $String ? $String(message.value) : message.value;
                        else
                            object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber(true) : message.value;
                    return object;
                };

                DomctlServiceSetHvmParamRequest.prototype.toJSON = function() {
                    return DomctlServiceSetHvmParamRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceSetHvmParamRequest;
            })();

            v1.DomctlServiceSetHvmParamResponse = (function() {

                var DomctlServiceSetHvmParamResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceSetHvmParamResponse.create = function(properties) {
                    return new DomctlServiceSetHvmParamResponse(properties);
                };

                DomctlServiceSetHvmParamResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceSetHvmParamResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceSetHvmParamResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceSetHvmParamResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceSetHvmParamResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceSetHvmParamResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.DomctlServiceSetHvmParamResponse();
                };

                DomctlServiceSetHvmParamResponse.toObject = function () {
                    return {};
                };

                DomctlServiceSetHvmParamResponse.prototype.toJSON = function() {
                    return DomctlServiceSetHvmParamResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceSetHvmParamResponse;
            })();

            v1.DomctlServiceGetHvmParamRequest = (function() {

                var DomctlServiceGetHvmParamRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceGetHvmParamRequest.prototype.domid = 0;
                DomctlServiceGetHvmParamRequest.prototype.index = 0;

                DomctlServiceGetHvmParamRequest.create = function(properties) {
                    return new DomctlServiceGetHvmParamRequest(properties);
                };

                DomctlServiceGetHvmParamRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                        writer.uint32(16).uint32(message.index);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceGetHvmParamRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceGetHvmParamRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceGetHvmParamRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceGetHvmParamRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceGetHvmParamRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceGetHvmParamRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.index != null)
                        if ($Number(object.index) !== 0)
                            message.index = object.index >>> 0;
                    return message;
                };

                DomctlServiceGetHvmParamRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domid = 0;
                        object.index = 0;
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        object.index = message.index;
                    return object;
                };

                DomctlServiceGetHvmParamRequest.prototype.toJSON = function() {
                    return DomctlServiceGetHvmParamRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceGetHvmParamRequest;
            })();

            v1.DomctlServiceGetHvmParamResponse = (function() {

                var DomctlServiceGetHvmParamResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceGetHvmParamResponse.prototype.value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                DomctlServiceGetHvmParamResponse.create = function(properties) {
                    return new DomctlServiceGetHvmParamResponse(properties);
                };

                DomctlServiceGetHvmParamResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                        writer.uint32(8).uint64(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceGetHvmParamResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceGetHvmParamResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceGetHvmParamResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceGetHvmParamResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceGetHvmParamResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceGetHvmParamResponse();
                    if (object.value != null)
                        if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                            if ($util.Long)
                                message.value = $util.Long.fromValue(object.value, true);
                            else if (typeof object.value === "string")
                                message.value = $parseInt(object.value, 10);
                            else if (typeof object.value === "number")
                                message.value = object.value;
                            else if (typeof object.value === "object")
                                message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber(true);
                    return message;
                };

                DomctlServiceGetHvmParamResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, true).toBigInt();
                        else if (typeof message.value === "number")
                            object.value = options.longs === $String ? $String(message.value) : message.value;
                        else
                            object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber(true) : message.value;
                    return object;
                };

                DomctlServiceGetHvmParamResponse.prototype.toJSON = function() {
                    return DomctlServiceGetHvmParamResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceGetHvmParamResponse;
            })();

            v1.DomctlServiceEvtchnAllocUnboundRequest = (function() {

                var DomctlServiceEvtchnAllocUnboundRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceEvtchnAllocUnboundRequest.prototype.dom = 0;
                DomctlServiceEvtchnAllocUnboundRequest.prototype.remoteDom = 0;

                DomctlServiceEvtchnAllocUnboundRequest.create = function(properties) {
                    return new DomctlServiceEvtchnAllocUnboundRequest(properties);
                };

                DomctlServiceEvtchnAllocUnboundRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.dom != null && $Object.hasOwnProperty.call(message, "dom") && message.dom !== 0)
                        writer.uint32(8).uint32(message.dom);
                    if (message.remoteDom != null && $Object.hasOwnProperty.call(message, "remoteDom") && message.remoteDom !== 0)
                        writer.uint32(16).uint32(message.remoteDom);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceEvtchnAllocUnboundRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.dom = value;
                                else
                                    delete message.dom;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.remoteDom = value;
                                else
                                    delete message.remoteDom;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceEvtchnAllocUnboundRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest();
                    if (object.dom != null)
                        if ($Number(object.dom) !== 0)
                            message.dom = object.dom >>> 0;
                    if (object.remoteDom != null)
                        if ($Number(object.remoteDom) !== 0)
                            message.remoteDom = object.remoteDom >>> 0;
                    return message;
                };

                DomctlServiceEvtchnAllocUnboundRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.dom = 0;
                        object.remoteDom = 0;
                    }
                    if (message.dom != null && $Object.hasOwnProperty.call(message, "dom"))
                        object.dom = message.dom;
                    if (message.remoteDom != null && $Object.hasOwnProperty.call(message, "remoteDom"))
                        object.remoteDom = message.remoteDom;
                    return object;
                };

                DomctlServiceEvtchnAllocUnboundRequest.prototype.toJSON = function() {
                    return DomctlServiceEvtchnAllocUnboundRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceEvtchnAllocUnboundRequest;
            })();

            v1.DomctlServiceEvtchnAllocUnboundResponse = (function() {

                var DomctlServiceEvtchnAllocUnboundResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceEvtchnAllocUnboundResponse.prototype.port = 0;

                DomctlServiceEvtchnAllocUnboundResponse.create = function(properties) {
                    return new DomctlServiceEvtchnAllocUnboundResponse(properties);
                };

                DomctlServiceEvtchnAllocUnboundResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                        writer.uint32(8).uint32(message.port);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceEvtchnAllocUnboundResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.port = value;
                                else
                                    delete message.port;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceEvtchnAllocUnboundResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse();
                    if (object.port != null)
                        if ($Number(object.port) !== 0)
                            message.port = object.port >>> 0;
                    return message;
                };

                DomctlServiceEvtchnAllocUnboundResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.port = 0;
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                        object.port = message.port;
                    return object;
                };

                DomctlServiceEvtchnAllocUnboundResponse.prototype.toJSON = function() {
                    return DomctlServiceEvtchnAllocUnboundResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceEvtchnAllocUnboundResponse;
            })();

            v1.DomctlServiceEvtchnBindInterdomainRequest = (function() {

                var DomctlServiceEvtchnBindInterdomainRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceEvtchnBindInterdomainRequest.prototype.remoteDom = 0;
                DomctlServiceEvtchnBindInterdomainRequest.prototype.remotePort = 0;

                DomctlServiceEvtchnBindInterdomainRequest.create = function(properties) {
                    return new DomctlServiceEvtchnBindInterdomainRequest(properties);
                };

                DomctlServiceEvtchnBindInterdomainRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.remoteDom != null && $Object.hasOwnProperty.call(message, "remoteDom") && message.remoteDom !== 0)
                        writer.uint32(8).uint32(message.remoteDom);
                    if (message.remotePort != null && $Object.hasOwnProperty.call(message, "remotePort") && message.remotePort !== 0)
                        writer.uint32(16).uint32(message.remotePort);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceEvtchnBindInterdomainRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.remoteDom = value;
                                else
                                    delete message.remoteDom;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.remotePort = value;
                                else
                                    delete message.remotePort;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceEvtchnBindInterdomainRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest();
                    if (object.remoteDom != null)
                        if ($Number(object.remoteDom) !== 0)
                            message.remoteDom = object.remoteDom >>> 0;
                    if (object.remotePort != null)
                        if ($Number(object.remotePort) !== 0)
                            message.remotePort = object.remotePort >>> 0;
                    return message;
                };

                DomctlServiceEvtchnBindInterdomainRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.remoteDom = 0;
                        object.remotePort = 0;
                    }
                    if (message.remoteDom != null && $Object.hasOwnProperty.call(message, "remoteDom"))
                        object.remoteDom = message.remoteDom;
                    if (message.remotePort != null && $Object.hasOwnProperty.call(message, "remotePort"))
                        object.remotePort = message.remotePort;
                    return object;
                };

                DomctlServiceEvtchnBindInterdomainRequest.prototype.toJSON = function() {
                    return DomctlServiceEvtchnBindInterdomainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceEvtchnBindInterdomainRequest;
            })();

            v1.DomctlServiceEvtchnBindInterdomainResponse = (function() {

                var DomctlServiceEvtchnBindInterdomainResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceEvtchnBindInterdomainResponse.prototype.localPort = 0;

                DomctlServiceEvtchnBindInterdomainResponse.create = function(properties) {
                    return new DomctlServiceEvtchnBindInterdomainResponse(properties);
                };

                DomctlServiceEvtchnBindInterdomainResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.localPort != null && $Object.hasOwnProperty.call(message, "localPort") && message.localPort !== 0)
                        writer.uint32(8).uint32(message.localPort);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceEvtchnBindInterdomainResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.localPort = value;
                                else
                                    delete message.localPort;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceEvtchnBindInterdomainResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse();
                    if (object.localPort != null)
                        if ($Number(object.localPort) !== 0)
                            message.localPort = object.localPort >>> 0;
                    return message;
                };

                DomctlServiceEvtchnBindInterdomainResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.localPort = 0;
                    if (message.localPort != null && $Object.hasOwnProperty.call(message, "localPort"))
                        object.localPort = message.localPort;
                    return object;
                };

                DomctlServiceEvtchnBindInterdomainResponse.prototype.toJSON = function() {
                    return DomctlServiceEvtchnBindInterdomainResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceEvtchnBindInterdomainResponse;
            })();

            v1.DomctlServiceEvtchnSendRequest = (function() {

                var DomctlServiceEvtchnSendRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceEvtchnSendRequest.prototype.port = 0;

                DomctlServiceEvtchnSendRequest.create = function(properties) {
                    return new DomctlServiceEvtchnSendRequest(properties);
                };

                DomctlServiceEvtchnSendRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                        writer.uint32(8).uint32(message.port);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceEvtchnSendRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceEvtchnSendRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.port = value;
                                else
                                    delete message.port;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceEvtchnSendRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceEvtchnSendRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnSendRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceEvtchnSendRequest();
                    if (object.port != null)
                        if ($Number(object.port) !== 0)
                            message.port = object.port >>> 0;
                    return message;
                };

                DomctlServiceEvtchnSendRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.port = 0;
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                        object.port = message.port;
                    return object;
                };

                DomctlServiceEvtchnSendRequest.prototype.toJSON = function() {
                    return DomctlServiceEvtchnSendRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceEvtchnSendRequest;
            })();

            v1.DomctlServiceEvtchnSendResponse = (function() {

                var DomctlServiceEvtchnSendResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceEvtchnSendResponse.create = function(properties) {
                    return new DomctlServiceEvtchnSendResponse(properties);
                };

                DomctlServiceEvtchnSendResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceEvtchnSendResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceEvtchnSendResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceEvtchnSendResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceEvtchnSendResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnSendResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.DomctlServiceEvtchnSendResponse();
                };

                DomctlServiceEvtchnSendResponse.toObject = function () {
                    return {};
                };

                DomctlServiceEvtchnSendResponse.prototype.toJSON = function() {
                    return DomctlServiceEvtchnSendResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceEvtchnSendResponse;
            })();

            v1.DomctlServiceEvtchnCloseRequest = (function() {

                var DomctlServiceEvtchnCloseRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceEvtchnCloseRequest.prototype.port = 0;

                DomctlServiceEvtchnCloseRequest.create = function(properties) {
                    return new DomctlServiceEvtchnCloseRequest(properties);
                };

                DomctlServiceEvtchnCloseRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                        writer.uint32(8).uint32(message.port);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceEvtchnCloseRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceEvtchnCloseRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.port = value;
                                else
                                    delete message.port;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceEvtchnCloseRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceEvtchnCloseRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnCloseRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceEvtchnCloseRequest();
                    if (object.port != null)
                        if ($Number(object.port) !== 0)
                            message.port = object.port >>> 0;
                    return message;
                };

                DomctlServiceEvtchnCloseRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.port = 0;
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                        object.port = message.port;
                    return object;
                };

                DomctlServiceEvtchnCloseRequest.prototype.toJSON = function() {
                    return DomctlServiceEvtchnCloseRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceEvtchnCloseRequest;
            })();

            v1.DomctlServiceEvtchnCloseResponse = (function() {

                var DomctlServiceEvtchnCloseResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceEvtchnCloseResponse.create = function(properties) {
                    return new DomctlServiceEvtchnCloseResponse(properties);
                };

                DomctlServiceEvtchnCloseResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceEvtchnCloseResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceEvtchnCloseResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceEvtchnCloseResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceEvtchnCloseResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnCloseResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.DomctlServiceEvtchnCloseResponse();
                };

                DomctlServiceEvtchnCloseResponse.toObject = function () {
                    return {};
                };

                DomctlServiceEvtchnCloseResponse.prototype.toJSON = function() {
                    return DomctlServiceEvtchnCloseResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceEvtchnCloseResponse;
            })();

            v1.EvtchnStatus = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EVTCHN_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "EVTCHN_STATUS_UNBOUND"] = 1;
                values[valuesById[2] = "EVTCHN_STATUS_INTERDOMAIN"] = 2;
                values[valuesById[3] = "EVTCHN_STATUS_PIRQ"] = 3;
                values[valuesById[4] = "EVTCHN_STATUS_VIRQ"] = 4;
                values[valuesById[5] = "EVTCHN_STATUS_IPI"] = 5;
                return values;
            })();

            v1.EvtchnPort = (function() {

                var EvtchnPort = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EvtchnPort.prototype.port = 0;
                EvtchnPort.prototype.status = 0;
                EvtchnPort.prototype.vcpu = 0;
                EvtchnPort.prototype.remoteDom = 0;
                EvtchnPort.prototype.remotePort = 0;
                EvtchnPort.prototype.virq = 0;

                EvtchnPort.create = function(properties) {
                    return new EvtchnPort(properties);
                };

                EvtchnPort.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                        writer.uint32(8).uint32(message.port);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(16).int32(message.status);
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(24).uint32(message.vcpu);
                    if (message.remoteDom != null && $Object.hasOwnProperty.call(message, "remoteDom") && message.remoteDom !== 0)
                        writer.uint32(32).uint32(message.remoteDom);
                    if (message.remotePort != null && $Object.hasOwnProperty.call(message, "remotePort") && message.remotePort !== 0)
                        writer.uint32(40).uint32(message.remotePort);
                    if (message.virq != null && $Object.hasOwnProperty.call(message, "virq") && message.virq !== 0)
                        writer.uint32(48).uint32(message.virq);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EvtchnPort.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.EvtchnPort();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.port = value;
                                else
                                    delete message.port;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.remoteDom = value;
                                else
                                    delete message.remoteDom;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.remotePort = value;
                                else
                                    delete message.remotePort;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.virq = value;
                                else
                                    delete message.virq;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EvtchnPort.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.EvtchnPort)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.EvtchnPort: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.EvtchnPort();
                    if (object.port != null)
                        if ($Number(object.port) !== 0)
                            message.port = object.port >>> 0;
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.hvsim.control.v1.EvtchnStatus[object.status] !== 0))
                        switch (object.status) {
                        case "EVTCHN_STATUS_UNSPECIFIED":
                        case 0:
                            message.status = 0;
                            break;
                        case "EVTCHN_STATUS_UNBOUND":
                        case 1:
                            message.status = 1;
                            break;
                        case "EVTCHN_STATUS_INTERDOMAIN":
                        case 2:
                            message.status = 2;
                            break;
                        case "EVTCHN_STATUS_PIRQ":
                        case 3:
                            message.status = 3;
                            break;
                        case "EVTCHN_STATUS_VIRQ":
                        case 4:
                            message.status = 4;
                            break;
                        case "EVTCHN_STATUS_IPI":
                        case 5:
                            message.status = 5;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.vcpu != null)
                        if ($Number(object.vcpu) !== 0)
                            message.vcpu = object.vcpu >>> 0;
                    if (object.remoteDom != null)
                        if ($Number(object.remoteDom) !== 0)
                            message.remoteDom = object.remoteDom >>> 0;
                    if (object.remotePort != null)
                        if ($Number(object.remotePort) !== 0)
                            message.remotePort = object.remotePort >>> 0;
                    if (object.virq != null)
                        if ($Number(object.virq) !== 0)
                            message.virq = object.virq >>> 0;
                    return message;
                };

                EvtchnPort.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.port = 0;
                        object.status = options.enums === $String ? "EVTCHN_STATUS_UNSPECIFIED" : 0;
                        object.vcpu = 0;
                        object.remoteDom = 0;
                        object.remotePort = 0;
                        object.virq = 0;
                    }
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                        object.port = message.port;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.hvsim.control.v1.EvtchnStatus[message.status] === $undefined ? message.status : $root.hvsim.control.v1.EvtchnStatus[message.status] : message.status;
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu"))
                        object.vcpu = message.vcpu;
                    if (message.remoteDom != null && $Object.hasOwnProperty.call(message, "remoteDom"))
                        object.remoteDom = message.remoteDom;
                    if (message.remotePort != null && $Object.hasOwnProperty.call(message, "remotePort"))
                        object.remotePort = message.remotePort;
                    if (message.virq != null && $Object.hasOwnProperty.call(message, "virq"))
                        object.virq = message.virq;
                    return object;
                };

                EvtchnPort.prototype.toJSON = function() {
                    return EvtchnPort.toObject(this, $protobuf.util.toJSONOptions);
                };

                return EvtchnPort;
            })();

            v1.DomctlServiceEvtchnListRequest = (function() {

                var DomctlServiceEvtchnListRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceEvtchnListRequest.prototype.domid = 0;

                DomctlServiceEvtchnListRequest.create = function(properties) {
                    return new DomctlServiceEvtchnListRequest(properties);
                };

                DomctlServiceEvtchnListRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceEvtchnListRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceEvtchnListRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceEvtchnListRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceEvtchnListRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnListRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceEvtchnListRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    return message;
                };

                DomctlServiceEvtchnListRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    return object;
                };

                DomctlServiceEvtchnListRequest.prototype.toJSON = function() {
                    return DomctlServiceEvtchnListRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceEvtchnListRequest;
            })();

            v1.DomctlServiceEvtchnListResponse = (function() {

                var DomctlServiceEvtchnListResponse = function (properties) {
                    this.ports = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceEvtchnListResponse.prototype.ports = $util.emptyArray;

                DomctlServiceEvtchnListResponse.create = function(properties) {
                    return new DomctlServiceEvtchnListResponse(properties);
                };

                DomctlServiceEvtchnListResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ports != null && message.ports.length)
                        for (var i = 0; i < message.ports.length; ++i)
                            $root.hvsim.control.v1.EvtchnPort.encode(message.ports[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceEvtchnListResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceEvtchnListResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.ports && message.ports.length))
                                    message.ports = [];
                                message.ports.push($root.hvsim.control.v1.EvtchnPort.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceEvtchnListResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceEvtchnListResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnListResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceEvtchnListResponse();
                    if (object.ports) {
                        if (!$Array.isArray(object.ports))
                            throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnListResponse.ports: array expected");
                        message.ports = $Array(object.ports.length);
                        for (var i = 0; i < object.ports.length; ++i) {
                            if (!$util.isObject(object.ports[i]))
                                throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnListResponse.ports: object expected");
                            message.ports[i] = $root.hvsim.control.v1.EvtchnPort.fromObject(object.ports[i], _depth + 1);
                        }
                    }
                    return message;
                };

                DomctlServiceEvtchnListResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.ports = [];
                    if (message.ports && message.ports.length) {
                        object.ports = $Array(message.ports.length);
                        for (var j = 0; j < message.ports.length; ++j)
                            object.ports[j] = $root.hvsim.control.v1.EvtchnPort.toObject(message.ports[j], options, _depth + 1);
                    }
                    return object;
                };

                DomctlServiceEvtchnListResponse.prototype.toJSON = function() {
                    return DomctlServiceEvtchnListResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceEvtchnListResponse;
            })();

            v1.DomctlServiceEvtchnRestoreRequest = (function() {

                var DomctlServiceEvtchnRestoreRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceEvtchnRestoreRequest.prototype.domid = 0;
                DomctlServiceEvtchnRestoreRequest.prototype.port = null;

                DomctlServiceEvtchnRestoreRequest.create = function(properties) {
                    return new DomctlServiceEvtchnRestoreRequest(properties);
                };

                DomctlServiceEvtchnRestoreRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                        $root.hvsim.control.v1.EvtchnPort.encode(message.port, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceEvtchnRestoreRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceEvtchnRestoreRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.port = $root.hvsim.control.v1.EvtchnPort.decode(reader, reader.size(), $undefined, _depth + 1, message.port);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceEvtchnRestoreRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceEvtchnRestoreRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnRestoreRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceEvtchnRestoreRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.port != null) {
                        if (!$util.isObject(object.port))
                            throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnRestoreRequest.port: object expected");
                        message.port = $root.hvsim.control.v1.EvtchnPort.fromObject(object.port, _depth + 1);
                    }
                    return message;
                };

                DomctlServiceEvtchnRestoreRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domid = 0;
                        object.port = null;
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                        object.port = $root.hvsim.control.v1.EvtchnPort.toObject(message.port, options, _depth + 1);
                    return object;
                };

                DomctlServiceEvtchnRestoreRequest.prototype.toJSON = function() {
                    return DomctlServiceEvtchnRestoreRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceEvtchnRestoreRequest;
            })();

            v1.DomctlServiceEvtchnRestoreResponse = (function() {

                var DomctlServiceEvtchnRestoreResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceEvtchnRestoreResponse.create = function(properties) {
                    return new DomctlServiceEvtchnRestoreResponse(properties);
                };

                DomctlServiceEvtchnRestoreResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceEvtchnRestoreResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceEvtchnRestoreResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceEvtchnRestoreResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceEvtchnRestoreResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceEvtchnRestoreResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.DomctlServiceEvtchnRestoreResponse();
                };

                DomctlServiceEvtchnRestoreResponse.toObject = function () {
                    return {};
                };

                DomctlServiceEvtchnRestoreResponse.prototype.toJSON = function() {
                    return DomctlServiceEvtchnRestoreResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceEvtchnRestoreResponse;
            })();

            v1.DomctlServiceConsoleReadRequest = (function() {

                var DomctlServiceConsoleReadRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceConsoleReadRequest.prototype.domid = 0;
                DomctlServiceConsoleReadRequest.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                DomctlServiceConsoleReadRequest.prototype.maxBytes = 0;

                DomctlServiceConsoleReadRequest.create = function(properties) {
                    return new DomctlServiceConsoleReadRequest(properties);
                };

                DomctlServiceConsoleReadRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(16).uint64(message.index);
                    if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes") && message.maxBytes !== 0)
                        writer.uint32(24).uint32(message.maxBytes);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceConsoleReadRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceConsoleReadRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxBytes = value;
                                else
                                    delete message.maxBytes;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceConsoleReadRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceConsoleReadRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceConsoleReadRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceConsoleReadRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.index != null)
                        if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                            if ($util.Long)
                                message.index = $util.Long.fromValue(object.index, true);
                            else if (typeof object.index === "string")
                                message.index = $parseInt(object.index, 10);
                            else if (typeof object.index === "number")
                                message.index = object.index;
                            else if (typeof object.index === "object")
                                message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                    if (object.maxBytes != null)
                        if ($Number(object.maxBytes) !== 0)
                            message.maxBytes = object.maxBytes >>> 0;
                    return message;
                };

                DomctlServiceConsoleReadRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domid = 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.maxBytes = 0;
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                        else if (typeof message.index === "number")
                            object.index = options.longs === $String ? $String(message.index) : message.index;
                        else
                            object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                    if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes"))
                        object.maxBytes = message.maxBytes;
                    return object;
                };

                DomctlServiceConsoleReadRequest.prototype.toJSON = function() {
                    return DomctlServiceConsoleReadRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceConsoleReadRequest;
            })();

            v1.DomctlServiceConsoleReadResponse = (function() {

                var DomctlServiceConsoleReadResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceConsoleReadResponse.prototype.data = $util.newBuffer([]);
                DomctlServiceConsoleReadResponse.prototype.nextIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                DomctlServiceConsoleReadResponse.prototype.lostBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                DomctlServiceConsoleReadResponse.create = function(properties) {
                    return new DomctlServiceConsoleReadResponse(properties);
                };

                DomctlServiceConsoleReadResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(10).bytes(message.data);
                    if (message.nextIndex != null && $Object.hasOwnProperty.call(message, "nextIndex") && (typeof message.nextIndex === "object" ? message.nextIndex.low || message.nextIndex.high : message.nextIndex !== 0))
                        writer.uint32(16).uint64(message.nextIndex);
                    if (message.lostBytes != null && $Object.hasOwnProperty.call(message, "lostBytes") && (typeof message.lostBytes === "object" ? message.lostBytes.low || message.lostBytes.high : message.lostBytes !== 0))
                        writer.uint32(24).uint64(message.lostBytes);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceConsoleReadResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceConsoleReadResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.nextIndex = value;
                                else
                                    delete message.nextIndex;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lostBytes = value;
                                else
                                    delete message.lostBytes;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceConsoleReadResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceConsoleReadResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceConsoleReadResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceConsoleReadResponse();
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    if (object.nextIndex != null)
                        if (typeof object.nextIndex === "object" ? object.nextIndex.low || object.nextIndex.high : $Number(object.nextIndex) !== 0)
                            if ($util.Long)
                                message.nextIndex = $util.Long.fromValue(object.nextIndex, true);
                            else if (typeof object.nextIndex === "string")
                                message.nextIndex = $parseInt(object.nextIndex, 10);
                            else if (typeof object.nextIndex === "number")
                                message.nextIndex = object.nextIndex;
                            else if (typeof object.nextIndex === "object")
                                message.nextIndex = new $util.LongBits(object.nextIndex.low >>> 0, object.nextIndex.high >>> 0).toNumber(true);
                    if (object.lostBytes != null)
                        if (typeof object.lostBytes === "object" ? object.lostBytes.low || object.lostBytes.high : $Number(object.lostBytes) !== 0)
                            if ($util.Long)
                                message.lostBytes = $util.Long.fromValue(object.lostBytes, true);
                            else if (typeof object.lostBytes === "string")
                                message.lostBytes = $parseInt(object.lostBytes, 10);
                            else if (typeof object.lostBytes === "number")
                                message.lostBytes = object.lostBytes;
                            else if (typeof object.lostBytes === "object")
                                message.lostBytes = new $util.LongBits(object.lostBytes.low >>> 0, object.lostBytes.high >>> 0).toNumber(true);
                    return message;
                };

                DomctlServiceConsoleReadResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.nextIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.nextIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.lostBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lostBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    if (message.nextIndex != null && $Object.hasOwnProperty.call(message, "nextIndex"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.nextIndex = typeof message.nextIndex === "number" ? $BigInt(message.nextIndex) : $util.Long.fromBits(message.nextIndex.low >>> 0, message.nextIndex.high >>> 0, true).toBigInt();
                        else if (typeof message.nextIndex === "number")
                            object.nextIndex = options.longs === $String ? $String(message.nextIndex) : message.nextIndex;
                        else
                            object.nextIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.nextIndex) : options.longs === $Number ? new $util.LongBits(message.nextIndex.low >>> 0, message.nextIndex.high >>> 0).toNumber(true) : message.nextIndex;
                    if (message.lostBytes != null && $Object.hasOwnProperty.call(message, "lostBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lostBytes = typeof message.lostBytes === "number" ? $BigInt(message.lostBytes) : $util.Long.fromBits(message.lostBytes.low >>> 0, message.lostBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.lostBytes === "number")
                            object.lostBytes = options.longs === $String ? $String(message.lostBytes) : message.lostBytes;
                        else
                            object.lostBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.lostBytes) : options.longs === $Number ? new $util.LongBits(message.lostBytes.low >>> 0, message.lostBytes.high >>> 0).toNumber(true) : message.lostBytes;
                    return object;
                };

                DomctlServiceConsoleReadResponse.prototype.toJSON = function() {
                    return DomctlServiceConsoleReadResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceConsoleReadResponse;
            })();

            v1.DomctlServicePhysinfoRequest = (function() {

                var DomctlServicePhysinfoRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServicePhysinfoRequest.create = function(properties) {
                    return new DomctlServicePhysinfoRequest(properties);
                };

                DomctlServicePhysinfoRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServicePhysinfoRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServicePhysinfoRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServicePhysinfoRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServicePhysinfoRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServicePhysinfoRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.DomctlServicePhysinfoRequest();
                };

                DomctlServicePhysinfoRequest.toObject = function () {
                    return {};
                };

                DomctlServicePhysinfoRequest.prototype.toJSON = function() {
                    return DomctlServicePhysinfoRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServicePhysinfoRequest;
            })();

            v1.DomctlServicePhysinfoResponse = (function() {

                var DomctlServicePhysinfoResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServicePhysinfoResponse.prototype.physinfo = null;

                DomctlServicePhysinfoResponse.create = function(properties) {
                    return new DomctlServicePhysinfoResponse(properties);
                };

                DomctlServicePhysinfoResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.physinfo != null && $Object.hasOwnProperty.call(message, "physinfo"))
                        $root.hvsim.control.v1.Physinfo.encode(message.physinfo, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServicePhysinfoResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServicePhysinfoResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.physinfo = $root.hvsim.control.v1.Physinfo.decode(reader, reader.size(), $undefined, _depth + 1, message.physinfo);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServicePhysinfoResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServicePhysinfoResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServicePhysinfoResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServicePhysinfoResponse();
                    if (object.physinfo != null) {
                        if (!$util.isObject(object.physinfo))
                            throw $TypeError(".hvsim.control.v1.DomctlServicePhysinfoResponse.physinfo: object expected");
                        message.physinfo = $root.hvsim.control.v1.Physinfo.fromObject(object.physinfo, _depth + 1);
                    }
                    return message;
                };

                DomctlServicePhysinfoResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.physinfo = null;
                    if (message.physinfo != null && $Object.hasOwnProperty.call(message, "physinfo"))
                        object.physinfo = $root.hvsim.control.v1.Physinfo.toObject(message.physinfo, options, _depth + 1);
                    return object;
                };

                DomctlServicePhysinfoResponse.prototype.toJSON = function() {
                    return DomctlServicePhysinfoResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServicePhysinfoResponse;
            })();

            v1.DomctlServiceGetVersionRequest = (function() {

                var DomctlServiceGetVersionRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceGetVersionRequest.create = function(properties) {
                    return new DomctlServiceGetVersionRequest(properties);
                };

                DomctlServiceGetVersionRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceGetVersionRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceGetVersionRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceGetVersionRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceGetVersionRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceGetVersionRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.DomctlServiceGetVersionRequest();
                };

                DomctlServiceGetVersionRequest.toObject = function () {
                    return {};
                };

                DomctlServiceGetVersionRequest.prototype.toJSON = function() {
                    return DomctlServiceGetVersionRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceGetVersionRequest;
            })();

            v1.DomctlServiceGetVersionResponse = (function() {

                var DomctlServiceGetVersionResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceGetVersionResponse.prototype.version = null;

                DomctlServiceGetVersionResponse.create = function(properties) {
                    return new DomctlServiceGetVersionResponse(properties);
                };

                DomctlServiceGetVersionResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        $root.hvsim.control.v1.VersionInfo.encode(message.version, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceGetVersionResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceGetVersionResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.version = $root.hvsim.control.v1.VersionInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.version);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceGetVersionResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceGetVersionResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceGetVersionResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceGetVersionResponse();
                    if (object.version != null) {
                        if (!$util.isObject(object.version))
                            throw $TypeError(".hvsim.control.v1.DomctlServiceGetVersionResponse.version: object expected");
                        message.version = $root.hvsim.control.v1.VersionInfo.fromObject(object.version, _depth + 1);
                    }
                    return message;
                };

                DomctlServiceGetVersionResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.version = null;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = $root.hvsim.control.v1.VersionInfo.toObject(message.version, options, _depth + 1);
                    return object;
                };

                DomctlServiceGetVersionResponse.prototype.toJSON = function() {
                    return DomctlServiceGetVersionResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceGetVersionResponse;
            })();

            v1.DomctlServiceWatchEventsRequest = (function() {

                var DomctlServiceWatchEventsRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceWatchEventsRequest.prototype.console = false;
                DomctlServiceWatchEventsRequest.prototype.evtchn = false;

                DomctlServiceWatchEventsRequest.create = function(properties) {
                    return new DomctlServiceWatchEventsRequest(properties);
                };

                DomctlServiceWatchEventsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.console != null && $Object.hasOwnProperty.call(message, "console") && message.console !== false)
                        writer.uint32(8).bool(message.console);
                    if (message.evtchn != null && $Object.hasOwnProperty.call(message, "evtchn") && message.evtchn !== false)
                        writer.uint32(16).bool(message.evtchn);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceWatchEventsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceWatchEventsRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.console = value;
                                else
                                    delete message.console;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.evtchn = value;
                                else
                                    delete message.evtchn;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceWatchEventsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceWatchEventsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceWatchEventsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceWatchEventsRequest();
                    if (object.console != null)
                        if (object.console)
                            message.console = $Boolean(object.console);
                    if (object.evtchn != null)
                        if (object.evtchn)
                            message.evtchn = $Boolean(object.evtchn);
                    return message;
                };

                DomctlServiceWatchEventsRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.console = false;
                        object.evtchn = false;
                    }
                    if (message.console != null && $Object.hasOwnProperty.call(message, "console"))
                        object.console = message.console;
                    if (message.evtchn != null && $Object.hasOwnProperty.call(message, "evtchn"))
                        object.evtchn = message.evtchn;
                    return object;
                };

                DomctlServiceWatchEventsRequest.prototype.toJSON = function() {
                    return DomctlServiceWatchEventsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceWatchEventsRequest;
            })();

            v1.DomctlServiceWatchEventsResponse = (function() {

                var DomctlServiceWatchEventsResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomctlServiceWatchEventsResponse.prototype.event = null;

                DomctlServiceWatchEventsResponse.create = function(properties) {
                    return new DomctlServiceWatchEventsResponse(properties);
                };

                DomctlServiceWatchEventsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                        $root.hvsim.control.v1.DomainEvent.encode(message.event, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomctlServiceWatchEventsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomctlServiceWatchEventsResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.event = $root.hvsim.control.v1.DomainEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomctlServiceWatchEventsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomctlServiceWatchEventsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomctlServiceWatchEventsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomctlServiceWatchEventsResponse();
                    if (object.event != null) {
                        if (!$util.isObject(object.event))
                            throw $TypeError(".hvsim.control.v1.DomctlServiceWatchEventsResponse.event: object expected");
                        message.event = $root.hvsim.control.v1.DomainEvent.fromObject(object.event, _depth + 1);
                    }
                    return message;
                };

                DomctlServiceWatchEventsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.event = null;
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                        object.event = $root.hvsim.control.v1.DomainEvent.toObject(message.event, options, _depth + 1);
                    return object;
                };

                DomctlServiceWatchEventsResponse.prototype.toJSON = function() {
                    return DomctlServiceWatchEventsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomctlServiceWatchEventsResponse;
            })();

            v1.DomainType = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "DOMAIN_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "DOMAIN_TYPE_PV"] = 1;
                values[valuesById[2] = "DOMAIN_TYPE_HVM"] = 2;
                return values;
            })();

            v1.ShutdownReason = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SHUTDOWN_REASON_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SHUTDOWN_REASON_POWEROFF"] = 1;
                values[valuesById[2] = "SHUTDOWN_REASON_REBOOT"] = 2;
                values[valuesById[3] = "SHUTDOWN_REASON_SUSPEND"] = 3;
                values[valuesById[4] = "SHUTDOWN_REASON_CRASH"] = 4;
                values[valuesById[5] = "SHUTDOWN_REASON_WATCHDOG"] = 5;
                values[valuesById[6] = "SHUTDOWN_REASON_SOFT_RESET"] = 6;
                return values;
            })();

            v1.DomainInfo = (function() {

                var DomainInfo = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomainInfo.prototype.domid = 0;
                DomainInfo.prototype.dying = false;
                DomainInfo.prototype.crashed = false;
                DomainInfo.prototype.shutdown = false;
                DomainInfo.prototype.paused = false;
                DomainInfo.prototype.blocked = false;
                DomainInfo.prototype.running = false;
                DomainInfo.prototype.hvm = false;
                DomainInfo.prototype.privileged = false;
                DomainInfo.prototype.shutdownReason = 0;
                DomainInfo.prototype.totPages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                DomainInfo.prototype.maxPages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                DomainInfo.prototype.sharedInfoFrame = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                DomainInfo.prototype.cpuTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                DomainInfo.prototype.nrOnlineVcpus = 0;
                DomainInfo.prototype.maxVcpuId = 0;
                DomainInfo.prototype.ssidref = 0;
                DomainInfo.prototype.handle = $util.newBuffer([]);
                DomainInfo.prototype.targetPages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                DomainInfo.create = function(properties) {
                    return new DomainInfo(properties);
                };

                DomainInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.dying != null && $Object.hasOwnProperty.call(message, "dying") && message.dying !== false)
                        writer.uint32(16).bool(message.dying);
                    if (message.crashed != null && $Object.hasOwnProperty.call(message, "crashed") && message.crashed !== false)
                        writer.uint32(24).bool(message.crashed);
                    if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown") && message.shutdown !== false)
                        writer.uint32(32).bool(message.shutdown);
                    if (message.paused != null && $Object.hasOwnProperty.call(message, "paused") && message.paused !== false)
                        writer.uint32(40).bool(message.paused);
                    if (message.blocked != null && $Object.hasOwnProperty.call(message, "blocked") && message.blocked !== false)
                        writer.uint32(48).bool(message.blocked);
                    if (message.running != null && $Object.hasOwnProperty.call(message, "running") && message.running !== false)
                        writer.uint32(56).bool(message.running);
                    if (message.hvm != null && $Object.hasOwnProperty.call(message, "hvm") && message.hvm !== false)
                        writer.uint32(64).bool(message.hvm);
                    if (message.privileged != null && $Object.hasOwnProperty.call(message, "privileged") && message.privileged !== false)
                        writer.uint32(72).bool(message.privileged);
                    if (message.shutdownReason != null && $Object.hasOwnProperty.call(message, "shutdownReason") && message.shutdownReason !== 0)
                        writer.uint32(80).int32(message.shutdownReason);
                    if (message.totPages != null && $Object.hasOwnProperty.call(message, "totPages") && (typeof message.totPages === "object" ? message.totPages.low || message.totPages.high : message.totPages !== 0))
                        writer.uint32(88).uint64(message.totPages);
                    if (message.maxPages != null && $Object.hasOwnProperty.call(message, "maxPages") && (typeof message.maxPages === "object" ? message.maxPages.low || message.maxPages.high : message.maxPages !== 0))
                        writer.uint32(96).uint64(message.maxPages);
                    if (message.sharedInfoFrame != null && $Object.hasOwnProperty.call(message, "sharedInfoFrame") && (typeof message.sharedInfoFrame === "object" ? message.sharedInfoFrame.low || message.sharedInfoFrame.high : message.sharedInfoFrame !== 0))
                        writer.uint32(104).uint64(message.sharedInfoFrame);
                    if (message.cpuTimeNs != null && $Object.hasOwnProperty.call(message, "cpuTimeNs") && (typeof message.cpuTimeNs === "object" ? message.cpuTimeNs.low || message.cpuTimeNs.high : message.cpuTimeNs !== 0))
                        writer.uint32(112).uint64(message.cpuTimeNs);
                    if (message.nrOnlineVcpus != null && $Object.hasOwnProperty.call(message, "nrOnlineVcpus") && message.nrOnlineVcpus !== 0)
                        writer.uint32(120).uint32(message.nrOnlineVcpus);
                    if (message.maxVcpuId != null && $Object.hasOwnProperty.call(message, "maxVcpuId") && message.maxVcpuId !== 0)
                        writer.uint32(128).uint32(message.maxVcpuId);
                    if (message.ssidref != null && $Object.hasOwnProperty.call(message, "ssidref") && message.ssidref !== 0)
                        writer.uint32(136).uint32(message.ssidref);
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle") && message.handle.length)
                        writer.uint32(146).bytes(message.handle);
                    if (message.targetPages != null && $Object.hasOwnProperty.call(message, "targetPages") && (typeof message.targetPages === "object" ? message.targetPages.low || message.targetPages.high : message.targetPages !== 0))
                        writer.uint32(152).uint64(message.targetPages);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomainInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomainInfo();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.dying = value;
                                else
                                    delete message.dying;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.crashed = value;
                                else
                                    delete message.crashed;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.shutdown = value;
                                else
                                    delete message.shutdown;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.paused = value;
                                else
                                    delete message.paused;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.blocked = value;
                                else
                                    delete message.blocked;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.running = value;
                                else
                                    delete message.running;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.hvm = value;
                                else
                                    delete message.hvm;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.privileged = value;
                                else
                                    delete message.privileged;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.shutdownReason = value;
                                else
                                    delete message.shutdownReason;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.totPages = value;
                                else
                                    delete message.totPages;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxPages = value;
                                else
                                    delete message.maxPages;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sharedInfoFrame = value;
                                else
                                    delete message.sharedInfoFrame;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cpuTimeNs = value;
                                else
                                    delete message.cpuTimeNs;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.nrOnlineVcpus = value;
                                else
                                    delete message.nrOnlineVcpus;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxVcpuId = value;
                                else
                                    delete message.maxVcpuId;
                                continue;
                            }
                        case 17: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ssidref = value;
                                else
                                    delete message.ssidref;
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.handle = value;
                                else
                                    delete message.handle;
                                continue;
                            }
                        case 19: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.targetPages = value;
                                else
                                    delete message.targetPages;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomainInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomainInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomainInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomainInfo();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.dying != null)
                        if (object.dying)
                            message.dying = $Boolean(object.dying);
                    if (object.crashed != null)
                        if (object.crashed)
                            message.crashed = $Boolean(object.crashed);
                    if (object.shutdown != null)
                        if (object.shutdown)
                            message.shutdown = $Boolean(object.shutdown);
                    if (object.paused != null)
                        if (object.paused)
                            message.paused = $Boolean(object.paused);
                    if (object.blocked != null)
                        if (object.blocked)
                            message.blocked = $Boolean(object.blocked);
                    if (object.running != null)
                        if (object.running)
                            message.running = $Boolean(object.running);
                    if (object.hvm != null)
                        if (object.hvm)
                            message.hvm = $Boolean(object.hvm);
                    if (object.privileged != null)
                        if (object.privileged)
                            message.privileged = $Boolean(object.privileged);
                    if (object.shutdownReason !== 0 && (typeof object.shutdownReason !== "string" || $root.hvsim.control.v1.ShutdownReason[object.shutdownReason] !== 0))
                        switch (object.shutdownReason) {
                        case "SHUTDOWN_REASON_UNSPECIFIED":
                        case 0:
                            message.shutdownReason = 0;
                            break;
                        case "SHUTDOWN_REASON_POWEROFF":
                        case 1:
                            message.shutdownReason = 1;
                            break;
                        case "SHUTDOWN_REASON_REBOOT":
                        case 2:
                            message.shutdownReason = 2;
                            break;
                        case "SHUTDOWN_REASON_SUSPEND":
                        case 3:
                            message.shutdownReason = 3;
                            break;
                        case "SHUTDOWN_REASON_CRASH":
                        case 4:
                            message.shutdownReason = 4;
                            break;
                        case "SHUTDOWN_REASON_WATCHDOG":
                        case 5:
                            message.shutdownReason = 5;
                            break;
                        case "SHUTDOWN_REASON_SOFT_RESET":
                        case 6:
                            message.shutdownReason = 6;
                            break;
                        default:
                            if (typeof object.shutdownReason === "number" && (object.shutdownReason | 0) === object.shutdownReason)
                                message.shutdownReason = object.shutdownReason;
                        }
                    if (object.totPages != null)
                        if (typeof object.totPages === "object" ? object.totPages.low || object.totPages.high : $Number(object.totPages) !== 0)
                            if ($util.Long)
                                message.totPages = $util.Long.fromValue(object.totPages, true);
                            else if (typeof object.totPages === "string")
                                message.totPages = $parseInt(object.totPages, 10);
                            else if (typeof object.totPages === "number")
                                message.totPages = object.totPages;
                            else if (typeof object.totPages === "object")
                                message.totPages = new $util.LongBits(object.totPages.low >>> 0, object.totPages.high >>> 0).toNumber(true);
                    if (object.maxPages != null)
                        if (typeof object.maxPages === "object" ? object.maxPages.low || object.maxPages.high : $Number(object.maxPages) !== 0)
                            if ($util.Long)
                                message.maxPages = $util.Long.fromValue(object.maxPages, true);
                            else if (typeof object.maxPages === "string")
                                message.maxPages = $parseInt(object.maxPages, 10);
                            else if (typeof object.maxPages === "number")
                                message.maxPages = object.maxPages;
                            else if (typeof object.maxPages === "object")
                                message.maxPages = new $util.LongBits(object.maxPages.low >>> 0, object.maxPages.high >>> 0).toNumber(true);
                    if (object.sharedInfoFrame != null)
                        if (typeof object.sharedInfoFrame === "object" ? object.sharedInfoFrame.low || object.sharedInfoFrame.high : $Number(object.sharedInfoFrame) !== 0)
                            if ($util.Long)
                                message.sharedInfoFrame = $util.Long.fromValue(object.sharedInfoFrame, true);
                            else if (typeof object.sharedInfoFrame === "string")
                                message.sharedInfoFrame = $parseInt(object.sharedInfoFrame, 10);
                            else if (typeof object.sharedInfoFrame === "number")
                                message.sharedInfoFrame = object.sharedInfoFrame;
                            else if (typeof object.sharedInfoFrame === "object")
                                message.sharedInfoFrame = new $util.LongBits(object.sharedInfoFrame.low >>> 0, object.sharedInfoFrame.high >>> 0).toNumber(true);
                    if (object.cpuTimeNs != null)
                        if (typeof object.cpuTimeNs === "object" ? object.cpuTimeNs.low || object.cpuTimeNs.high : $Number(object.cpuTimeNs) !== 0)
                            if ($util.Long)
                                message.cpuTimeNs = $util.Long.fromValue(object.cpuTimeNs, true);
                            else if (typeof object.cpuTimeNs === "string")
                                message.cpuTimeNs = $parseInt(object.cpuTimeNs, 10);
                            else if (typeof object.cpuTimeNs === "number")
                                message.cpuTimeNs = object.cpuTimeNs;
                            else if (typeof object.cpuTimeNs === "object")
                                message.cpuTimeNs = new $util.LongBits(object.cpuTimeNs.low >>> 0, object.cpuTimeNs.high >>> 0).toNumber(true);
                    if (object.nrOnlineVcpus != null)
                        if ($Number(object.nrOnlineVcpus) !== 0)
                            message.nrOnlineVcpus = object.nrOnlineVcpus >>> 0;
                    if (object.maxVcpuId != null)
                        if ($Number(object.maxVcpuId) !== 0)
                            message.maxVcpuId = object.maxVcpuId >>> 0;
                    if (object.ssidref != null)
                        if ($Number(object.ssidref) !== 0)
                            message.ssidref = object.ssidref >>> 0;
                    if (object.handle != null)
                        if (object.handle.length)
                            if (typeof object.handle === "string")
                                $util.base64.decode(object.handle, message.handle = $util.newBuffer($util.base64.length(object.handle)), 0);
                            else if (object.handle.length >= 0)
                                message.handle = object.handle;
                    if (object.targetPages != null)
                        if (typeof object.targetPages === "object" ? object.targetPages.low || object.targetPages.high : $Number(object.targetPages) !== 0)
                            if ($util.Long)
                                message.targetPages = $util.Long.fromValue(object.targetPages, true);
                            else if (typeof object.targetPages === "string")
                                message.targetPages = $parseInt(object.targetPages, 10);
                            else if (typeof object.targetPages === "number")
                                message.targetPages = object.targetPages;
                            else if (typeof object.targetPages === "object")
                                message.targetPages = new $util.LongBits(object.targetPages.low >>> 0, object.targetPages.high >>> 0).toNumber(true);
                    return message;
                };

                DomainInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domid = 0;
                        object.dying = false;
                        object.crashed = false;
                        object.shutdown = false;
                        object.paused = false;
                        object.blocked = false;
                        object.running = false;
                        object.hvm = false;
                        object.privileged = false;
                        object.shutdownReason = options.enums === $String ? "SHUTDOWN_REASON_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.totPages = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.totPages = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.maxPages = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxPages = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.sharedInfoFrame = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sharedInfoFrame = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.cpuTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cpuTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.nrOnlineVcpus = 0;
                        object.maxVcpuId = 0;
                        object.ssidref = 0;
                        if (options.bytes === $String)
                            object.handle = "";
                        else {
                            object.handle = [];
                            if (options.bytes !== $Array)
                                object.handle = $util.newBuffer(object.handle);
                        }
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.targetPages = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.targetPages = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.dying != null && $Object.hasOwnProperty.call(message, "dying"))
                        object.dying = message.dying;
                    if (message.crashed != null && $Object.hasOwnProperty.call(message, "crashed"))
                        object.crashed = message.crashed;
                    if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown"))
                        object.shutdown = message.shutdown;
                    if (message.paused != null && $Object.hasOwnProperty.call(message, "paused"))
                        object.paused = message.paused;
                    if (message.blocked != null && $Object.hasOwnProperty.call(message, "blocked"))
                        object.blocked = message.blocked;
                    if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                        object.running = message.running;
                    if (message.hvm != null && $Object.hasOwnProperty.call(message, "hvm"))
                        object.hvm = message.hvm;
                    if (message.privileged != null && $Object.hasOwnProperty.call(message, "privileged"))
                        object.privileged = message.privileged;
                    if (message.shutdownReason != null && $Object.hasOwnProperty.call(message, "shutdownReason"))
                        object.shutdownReason = options.enums === $String ? $root.hvsim.control.v1.ShutdownReason[message.shutdownReason] === $undefined ? message.shutdownReason : $root.hvsim.control.v1.ShutdownReason[message.shutdownReason] : message.shutdownReason;
                    if (message.totPages != null && $Object.hasOwnProperty.call(message, "totPages"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.totPages = typeof message.totPages === "number" ? $BigInt(message.totPages) : $util.Long.fromBits(message.totPages.low >>> 0, message.totPages.high >>> 0, true).toBigInt();
                        else if (typeof message.totPages === "number")
                            object.totPages = options.longs === $String ? $String(message.totPages) : message.totPages;
                        else
                            object.totPages = options.longs === $String ? $util.Long.prototype.toString.call(message.totPages) : options.longs === $Number ? new $util.LongBits(message.totPages.low >>> 0, message.totPages.high >>> 0).toNumber(true) : message.totPages;
                    if (message.maxPages != null && $Object.hasOwnProperty.call(message, "maxPages"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxPages = typeof message.maxPages === "number" ? $BigInt(message.maxPages) : $util.Long.fromBits(message.maxPages.low >>> 0, message.maxPages.high >>> 0, true).toBigInt();
                        else if (typeof message.maxPages === "number")
                            object.maxPages = options.longs === $String ? $String(message.maxPages) : message.maxPages;
                        else
                            object.maxPages = options.longs === $String ? $util.Long.prototype.toString.call(message.maxPages) : options.longs === $Number ? new $util.LongBits(message.maxPages.low >>> 0, message.maxPages.high >>> 0).toNumber(true) : message.maxPages;
                    if (message.sharedInfoFrame != null && $Object.hasOwnProperty.call(message, "sharedInfoFrame"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sharedInfoFrame = typeof message.sharedInfoFrame === "number" ? $BigInt(message.sharedInfoFrame) : $util.Long.fromBits(message.sharedInfoFrame.low >>> 0, message.sharedInfoFrame.high >>> 0, true).toBigInt();
                        else if (typeof message.sharedInfoFrame === "number")
                            object.sharedInfoFrame = options.longs === $String ? $String(message.sharedInfoFrame) : message.sharedInfoFrame;
                        else
                            object.sharedInfoFrame = options.longs === $String ? $util.Long.prototype.toString.call(message.sharedInfoFrame) : options.longs === $Number ? new $util.LongBits(message.sharedInfoFrame.low >>> 0, message.sharedInfoFrame.high >>> 0).toNumber(true) : message.sharedInfoFrame;
                    if (message.cpuTimeNs != null && $Object.hasOwnProperty.call(message, "cpuTimeNs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cpuTimeNs = typeof message.cpuTimeNs === "number" ? $BigInt(message.cpuTimeNs) : $util.Long.fromBits(message.cpuTimeNs.low >>> 0, message.cpuTimeNs.high >>> 0, true).toBigInt();
                        else if (typeof message.cpuTimeNs === "number")
                            object.cpuTimeNs = options.longs === $String ? $String(message.cpuTimeNs) : message.cpuTimeNs;
                        else
                            object.cpuTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuTimeNs) : options.longs === $Number ? new $util.LongBits(message.cpuTimeNs.low >>> 0, message.cpuTimeNs.high >>> 0).toNumber(true) : message.cpuTimeNs;
                    if (message.nrOnlineVcpus != null && $Object.hasOwnProperty.call(message, "nrOnlineVcpus"))
                        object.nrOnlineVcpus = message.nrOnlineVcpus;
                    if (message.maxVcpuId != null && $Object.hasOwnProperty.call(message, "maxVcpuId"))
                        object.maxVcpuId = message.maxVcpuId;
                    if (message.ssidref != null && $Object.hasOwnProperty.call(message, "ssidref"))
                        object.ssidref = message.ssidref;
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        object.handle = options.bytes === $String ? $util.base64.encode(message.handle, 0, message.handle.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.handle) : message.handle;
                    if (message.targetPages != null && $Object.hasOwnProperty.call(message, "targetPages"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.targetPages = typeof message.targetPages === "number" ? $BigInt(message.targetPages) : $util.Long.fromBits(message.targetPages.low >>> 0, message.targetPages.high >>> 0, true).toBigInt();
                        else if (typeof message.targetPages === "number")
                            object.targetPages = options.longs === $String ? $String(message.targetPages) : message.targetPages;
                        else
                            object.targetPages = options.longs === $String ? $util.Long.prototype.toString.call(message.targetPages) : options.longs === $Number ? new $util.LongBits(message.targetPages.low >>> 0, message.targetPages.high >>> 0).toNumber(true) : message.targetPages;
                    return object;
                };

                DomainInfo.prototype.toJSON = function() {
                    return DomainInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomainInfo;
            })();

            v1.VcpuInfo = (function() {

                var VcpuInfo = function (properties) {
                    this.hardAffinity = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                VcpuInfo.prototype.vcpu = 0;
                VcpuInfo.prototype.online = false;
                VcpuInfo.prototype.blocked = false;
                VcpuInfo.prototype.running = false;
                VcpuInfo.prototype.cpu = 0;
                VcpuInfo.prototype.cpuTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                VcpuInfo.prototype.hardAffinity = $util.emptyArray;

                VcpuInfo.create = function(properties) {
                    return new VcpuInfo(properties);
                };

                VcpuInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu") && message.vcpu !== 0)
                        writer.uint32(8).uint32(message.vcpu);
                    if (message.online != null && $Object.hasOwnProperty.call(message, "online") && message.online !== false)
                        writer.uint32(16).bool(message.online);
                    if (message.blocked != null && $Object.hasOwnProperty.call(message, "blocked") && message.blocked !== false)
                        writer.uint32(24).bool(message.blocked);
                    if (message.running != null && $Object.hasOwnProperty.call(message, "running") && message.running !== false)
                        writer.uint32(32).bool(message.running);
                    if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu") && message.cpu !== 0)
                        writer.uint32(40).uint32(message.cpu);
                    if (message.cpuTimeNs != null && $Object.hasOwnProperty.call(message, "cpuTimeNs") && (typeof message.cpuTimeNs === "object" ? message.cpuTimeNs.low || message.cpuTimeNs.high : message.cpuTimeNs !== 0))
                        writer.uint32(48).uint64(message.cpuTimeNs);
                    if (message.hardAffinity != null && message.hardAffinity.length)
                        writer.uint32(58).uint32s(message.hardAffinity);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                VcpuInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.VcpuInfo();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.vcpu = value;
                                else
                                    delete message.vcpu;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.online = value;
                                else
                                    delete message.online;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.blocked = value;
                                else
                                    delete message.blocked;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.running = value;
                                else
                                    delete message.running;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.cpu = value;
                                else
                                    delete message.cpu;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cpuTimeNs = value;
                                else
                                    delete message.cpuTimeNs;
                                continue;
                            }
                        case 7: {
                                if (wireType === 2) {
                                    if (!(message.hardAffinity && message.hardAffinity.length))
                                        message.hardAffinity = [];
                                    reader.uint32s(message.hardAffinity);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.hardAffinity && message.hardAffinity.length))
                                    message.hardAffinity = [];
                                message.hardAffinity.push(reader.uint32());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                VcpuInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.VcpuInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.VcpuInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.VcpuInfo();
                    if (object.vcpu != null)
                        if ($Number(object.vcpu) !== 0)
                            message.vcpu = object.vcpu >>> 0;
                    if (object.online != null)
                        if (object.online)
                            message.online = $Boolean(object.online);
                    if (object.blocked != null)
                        if (object.blocked)
                            message.blocked = $Boolean(object.blocked);
                    if (object.running != null)
                        if (object.running)
                            message.running = $Boolean(object.running);
                    if (object.cpu != null)
                        if ($Number(object.cpu) !== 0)
                            message.cpu = object.cpu >>> 0;
                    if (object.cpuTimeNs != null)
                        if (typeof object.cpuTimeNs === "object" ? object.cpuTimeNs.low || object.cpuTimeNs.high : $Number(object.cpuTimeNs) !== 0)
                            if ($util.Long)
                                message.cpuTimeNs = $util.Long.fromValue(object.cpuTimeNs, true);
                            else if (typeof object.cpuTimeNs === "string")
                                message.cpuTimeNs = $parseInt(object.cpuTimeNs, 10);
                            else if (typeof object.cpuTimeNs === "number")
                                message.cpuTimeNs = object.cpuTimeNs;
                            else if (typeof object.cpuTimeNs === "object")
                                message.cpuTimeNs = new $util.LongBits(object.cpuTimeNs.low >>> 0, object.cpuTimeNs.high >>> 0).toNumber(true);
                    if (object.hardAffinity) {
                        if (!$Array.isArray(object.hardAffinity))
                            throw $TypeError(".hvsim.control.v1.VcpuInfo.hardAffinity: array expected");
                        message.hardAffinity = $Array(object.hardAffinity.length);
                        for (var i = 0; i < object.hardAffinity.length; ++i)
                            message.hardAffinity[i] = object.hardAffinity[i] >>> 0;
                    }
                    return message;
                };

                VcpuInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.hardAffinity = [];
                    if (options.defaults) {
                        object.vcpu = 0;
                        object.online = false;
                        object.blocked = false;
                        object.running = false;
                        object.cpu = 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.cpuTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cpuTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu"))
                        object.vcpu = message.vcpu;
                    if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                        object.online = message.online;
                    if (message.blocked != null && $Object.hasOwnProperty.call(message, "blocked"))
                        object.blocked = message.blocked;
                    if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                        object.running = message.running;
                    if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                        object.cpu = message.cpu;
                    if (message.cpuTimeNs != null && $Object.hasOwnProperty.call(message, "cpuTimeNs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cpuTimeNs = typeof message.cpuTimeNs === "number" ? $BigInt(message.cpuTimeNs) : $util.Long.fromBits(message.cpuTimeNs.low >>> 0, message.cpuTimeNs.high >>> 0, true).toBigInt();
                        else if (typeof message.cpuTimeNs === "number")
                            object.cpuTimeNs = options.longs === $String ? $String(message.cpuTimeNs) : message.cpuTimeNs;
                        else
                            object.cpuTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuTimeNs) : options.longs === $Number ? new $util.LongBits(message.cpuTimeNs.low >>> 0, message.cpuTimeNs.high >>> 0).toNumber(true) : message.cpuTimeNs;
                    if (message.hardAffinity && message.hardAffinity.length) {
                        object.hardAffinity = $Array(message.hardAffinity.length);
                        for (var j = 0; j < message.hardAffinity.length; ++j)
                            object.hardAffinity[j] = message.hardAffinity[j];
                    }
                    return object;
                };

                VcpuInfo.prototype.toJSON = function() {
                    return VcpuInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                return VcpuInfo;
            })();

            v1.SchedCreditParams = (function() {

                var SchedCreditParams = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SchedCreditParams.prototype.weight = 0;
                SchedCreditParams.prototype.cap = 0;

                SchedCreditParams.create = function(properties) {
                    return new SchedCreditParams(properties);
                };

                SchedCreditParams.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.weight != null && $Object.hasOwnProperty.call(message, "weight") && message.weight !== 0)
                        writer.uint32(8).uint32(message.weight);
                    if (message.cap != null && $Object.hasOwnProperty.call(message, "cap") && message.cap !== 0)
                        writer.uint32(16).uint32(message.cap);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SchedCreditParams.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.SchedCreditParams();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.weight = value;
                                else
                                    delete message.weight;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.cap = value;
                                else
                                    delete message.cap;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                SchedCreditParams.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.SchedCreditParams)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.SchedCreditParams: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.SchedCreditParams();
                    if (object.weight != null)
                        if ($Number(object.weight) !== 0)
                            message.weight = object.weight >>> 0;
                    if (object.cap != null)
                        if ($Number(object.cap) !== 0)
                            message.cap = object.cap >>> 0;
                    return message;
                };

                SchedCreditParams.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.weight = 0;
                        object.cap = 0;
                    }
                    if (message.weight != null && $Object.hasOwnProperty.call(message, "weight"))
                        object.weight = message.weight;
                    if (message.cap != null && $Object.hasOwnProperty.call(message, "cap"))
                        object.cap = message.cap;
                    return object;
                };

                SchedCreditParams.prototype.toJSON = function() {
                    return SchedCreditParams.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SchedCreditParams;
            })();

            v1.Physinfo = (function() {

                var Physinfo = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Physinfo.prototype.nrCpus = 0;
                Physinfo.prototype.maxCpuId = 0;
                Physinfo.prototype.threadsPerCore = 0;
                Physinfo.prototype.coresPerSocket = 0;
                Physinfo.prototype.nrNodes = 0;
                Physinfo.prototype.cpuKhz = 0;
                Physinfo.prototype.totalPages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                Physinfo.prototype.freePages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                Physinfo.prototype.scrubPages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                Physinfo.prototype.scheduler = "";
                Physinfo.prototype.virtualTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Physinfo.create = function(properties) {
                    return new Physinfo(properties);
                };

                Physinfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.nrCpus != null && $Object.hasOwnProperty.call(message, "nrCpus") && message.nrCpus !== 0)
                        writer.uint32(8).uint32(message.nrCpus);
                    if (message.maxCpuId != null && $Object.hasOwnProperty.call(message, "maxCpuId") && message.maxCpuId !== 0)
                        writer.uint32(16).uint32(message.maxCpuId);
                    if (message.threadsPerCore != null && $Object.hasOwnProperty.call(message, "threadsPerCore") && message.threadsPerCore !== 0)
                        writer.uint32(24).uint32(message.threadsPerCore);
                    if (message.coresPerSocket != null && $Object.hasOwnProperty.call(message, "coresPerSocket") && message.coresPerSocket !== 0)
                        writer.uint32(32).uint32(message.coresPerSocket);
                    if (message.nrNodes != null && $Object.hasOwnProperty.call(message, "nrNodes") && message.nrNodes !== 0)
                        writer.uint32(40).uint32(message.nrNodes);
                    if (message.cpuKhz != null && $Object.hasOwnProperty.call(message, "cpuKhz") && message.cpuKhz !== 0)
                        writer.uint32(48).uint32(message.cpuKhz);
                    if (message.totalPages != null && $Object.hasOwnProperty.call(message, "totalPages") && (typeof message.totalPages === "object" ? message.totalPages.low || message.totalPages.high : message.totalPages !== 0))
                        writer.uint32(56).uint64(message.totalPages);
                    if (message.freePages != null && $Object.hasOwnProperty.call(message, "freePages") && (typeof message.freePages === "object" ? message.freePages.low || message.freePages.high : message.freePages !== 0))
                        writer.uint32(64).uint64(message.freePages);
                    if (message.scrubPages != null && $Object.hasOwnProperty.call(message, "scrubPages") && (typeof message.scrubPages === "object" ? message.scrubPages.low || message.scrubPages.high : message.scrubPages !== 0))
                        writer.uint32(72).uint64(message.scrubPages);
                    if (message.scheduler != null && $Object.hasOwnProperty.call(message, "scheduler") && message.scheduler !== "")
                        writer.uint32(82).string(message.scheduler);
                    if (message.virtualTimeNs != null && $Object.hasOwnProperty.call(message, "virtualTimeNs") && (typeof message.virtualTimeNs === "object" ? message.virtualTimeNs.low || message.virtualTimeNs.high : message.virtualTimeNs !== 0))
                        writer.uint32(88).uint64(message.virtualTimeNs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Physinfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.Physinfo();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.nrCpus = value;
                                else
                                    delete message.nrCpus;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxCpuId = value;
                                else
                                    delete message.maxCpuId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.threadsPerCore = value;
                                else
                                    delete message.threadsPerCore;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.coresPerSocket = value;
                                else
                                    delete message.coresPerSocket;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.nrNodes = value;
                                else
                                    delete message.nrNodes;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.cpuKhz = value;
                                else
                                    delete message.cpuKhz;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.totalPages = value;
                                else
                                    delete message.totalPages;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.freePages = value;
                                else
                                    delete message.freePages;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.scrubPages = value;
                                else
                                    delete message.scrubPages;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.scheduler = value;
                                else
                                    delete message.scheduler;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.virtualTimeNs = value;
                                else
                                    delete message.virtualTimeNs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Physinfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.Physinfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.Physinfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.Physinfo();
                    if (object.nrCpus != null)
                        if ($Number(object.nrCpus) !== 0)
                            message.nrCpus = object.nrCpus >>> 0;
                    if (object.maxCpuId != null)
                        if ($Number(object.maxCpuId) !== 0)
                            message.maxCpuId = object.maxCpuId >>> 0;
                    if (object.threadsPerCore != null)
                        if ($Number(object.threadsPerCore) !== 0)
                            message.threadsPerCore = object.threadsPerCore >>> 0;
                    if (object.coresPerSocket != null)
                        if ($Number(object.coresPerSocket) !== 0)
                            message.coresPerSocket = object.coresPerSocket >>> 0;
                    if (object.nrNodes != null)
                        if ($Number(object.nrNodes) !== 0)
                            message.nrNodes = object.nrNodes >>> 0;
                    if (object.cpuKhz != null)
                        if ($Number(object.cpuKhz) !== 0)
                            message.cpuKhz = object.cpuKhz >>> 0;
                    if (object.totalPages != null)
                        if (typeof object.totalPages === "object" ? object.totalPages.low || object.totalPages.high : $Number(object.totalPages) !== 0)
                            if ($util.Long)
                                message.totalPages = $util.Long.fromValue(object.totalPages, true);
                            else if (typeof object.totalPages === "string")
                                message.totalPages = $parseInt(object.totalPages, 10);
                            else if (typeof object.totalPages === "number")
                                message.totalPages = object.totalPages;
                            else if (typeof object.totalPages === "object")
                                message.totalPages = new $util.LongBits(object.totalPages.low >>> 0, object.totalPages.high >>> 0).toNumber(true);
                    if (object.freePages != null)
                        if (typeof object.freePages === "object" ? object.freePages.low || object.freePages.high : $Number(object.freePages) !== 0)
                            if ($util.Long)
                                message.freePages = $util.Long.fromValue(object.freePages, true);
                            else if (typeof object.freePages === "string")
                                message.freePages = $parseInt(object.freePages, 10);
                            else if (typeof object.freePages === "number")
                                message.freePages = object.freePages;
                            else if (typeof object.freePages === "object")
                                message.freePages = new $util.LongBits(object.freePages.low >>> 0, object.freePages.high >>> 0).toNumber(true);
                    if (object.scrubPages != null)
                        if (typeof object.scrubPages === "object" ? object.scrubPages.low || object.scrubPages.high : $Number(object.scrubPages) !== 0)
                            if ($util.Long)
                                message.scrubPages = $util.Long.fromValue(object.scrubPages, true);
                            else if (typeof object.scrubPages === "string")
                                message.scrubPages = $parseInt(object.scrubPages, 10);
                            else if (typeof object.scrubPages === "number")
                                message.scrubPages = object.scrubPages;
                            else if (typeof object.scrubPages === "object")
                                message.scrubPages = new $util.LongBits(object.scrubPages.low >>> 0, object.scrubPages.high >>> 0).toNumber(true);
                    if (object.scheduler != null)
                        if (typeof object.scheduler !== "string" || object.scheduler.length)
                            message.scheduler = $String(object.scheduler);
                    if (object.virtualTimeNs != null)
                        if (typeof object.virtualTimeNs === "object" ? object.virtualTimeNs.low || object.virtualTimeNs.high : $Number(object.virtualTimeNs) !== 0)
                            if ($util.Long)
                                message.virtualTimeNs = $util.Long.fromValue(object.virtualTimeNs, true);
                            else if (typeof object.virtualTimeNs === "string")
                                message.virtualTimeNs = $parseInt(object.virtualTimeNs, 10);
                            else if (typeof object.virtualTimeNs === "number")
                                message.virtualTimeNs = object.virtualTimeNs;
                            else if (typeof object.virtualTimeNs === "object")
                                message.virtualTimeNs = new $util.LongBits(object.virtualTimeNs.low >>> 0, object.virtualTimeNs.high >>> 0).toNumber(true);
                    return message;
                };

                Physinfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.nrCpus = 0;
                        object.maxCpuId = 0;
                        object.threadsPerCore = 0;
                        object.coresPerSocket = 0;
                        object.nrNodes = 0;
                        object.cpuKhz = 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.totalPages = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.totalPages = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.freePages = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.freePages = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.scrubPages = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.scrubPages = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.scheduler = "";
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.virtualTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.virtualTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.nrCpus != null && $Object.hasOwnProperty.call(message, "nrCpus"))
                        object.nrCpus = message.nrCpus;
                    if (message.maxCpuId != null && $Object.hasOwnProperty.call(message, "maxCpuId"))
                        object.maxCpuId = message.maxCpuId;
                    if (message.threadsPerCore != null && $Object.hasOwnProperty.call(message, "threadsPerCore"))
                        object.threadsPerCore = message.threadsPerCore;
                    if (message.coresPerSocket != null && $Object.hasOwnProperty.call(message, "coresPerSocket"))
                        object.coresPerSocket = message.coresPerSocket;
                    if (message.nrNodes != null && $Object.hasOwnProperty.call(message, "nrNodes"))
                        object.nrNodes = message.nrNodes;
                    if (message.cpuKhz != null && $Object.hasOwnProperty.call(message, "cpuKhz"))
                        object.cpuKhz = message.cpuKhz;
                    if (message.totalPages != null && $Object.hasOwnProperty.call(message, "totalPages"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.totalPages = typeof message.totalPages === "number" ? $BigInt(message.totalPages) : $util.Long.fromBits(message.totalPages.low >>> 0, message.totalPages.high >>> 0, true).toBigInt();
                        else if (typeof message.totalPages === "number")
                            object.totalPages = options.longs === $String ? $String(message.totalPages) : message.totalPages;
                        else
                            object.totalPages = options.longs === $String ? $util.Long.prototype.toString.call(message.totalPages) : options.longs === $Number ? new $util.LongBits(message.totalPages.low >>> 0, message.totalPages.high >>> 0).toNumber(true) : message.totalPages;
                    if (message.freePages != null && $Object.hasOwnProperty.call(message, "freePages"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.freePages = typeof message.freePages === "number" ? $BigInt(message.freePages) : $util.Long.fromBits(message.freePages.low >>> 0, message.freePages.high >>> 0, true).toBigInt();
                        else if (typeof message.freePages === "number")
                            object.freePages = options.longs === $String ? $String(message.freePages) : message.freePages;
                        else
                            object.freePages = options.longs === $String ? $util.Long.prototype.toString.call(message.freePages) : options.longs === $Number ? new $util.LongBits(message.freePages.low >>> 0, message.freePages.high >>> 0).toNumber(true) : message.freePages;
                    if (message.scrubPages != null && $Object.hasOwnProperty.call(message, "scrubPages"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.scrubPages = typeof message.scrubPages === "number" ? $BigInt(message.scrubPages) : $util.Long.fromBits(message.scrubPages.low >>> 0, message.scrubPages.high >>> 0, true).toBigInt();
                        else if (typeof message.scrubPages === "number")
                            object.scrubPages = options.longs === $String ? $String(message.scrubPages) : message.scrubPages;
                        else
                            object.scrubPages = options.longs === $String ? $util.Long.prototype.toString.call(message.scrubPages) : options.longs === $Number ? new $util.LongBits(message.scrubPages.low >>> 0, message.scrubPages.high >>> 0).toNumber(true) : message.scrubPages;
                    if (message.scheduler != null && $Object.hasOwnProperty.call(message, "scheduler"))
                        object.scheduler = message.scheduler;
                    if (message.virtualTimeNs != null && $Object.hasOwnProperty.call(message, "virtualTimeNs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.virtualTimeNs = typeof message.virtualTimeNs === "number" ? $BigInt(message.virtualTimeNs) : $util.Long.fromBits(message.virtualTimeNs.low >>> 0, message.virtualTimeNs.high >>> 0, true).toBigInt();
                        else if (typeof message.virtualTimeNs === "number")
                            object.virtualTimeNs = options.longs === $String ? $String(message.virtualTimeNs) : message.virtualTimeNs;
                        else
                            object.virtualTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.virtualTimeNs) : options.longs === $Number ? new $util.LongBits(message.virtualTimeNs.low >>> 0, message.virtualTimeNs.high >>> 0).toNumber(true) : message.virtualTimeNs;
                    return object;
                };

                Physinfo.prototype.toJSON = function() {
                    return Physinfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Physinfo;
            })();

            v1.VersionInfo = (function() {

                var VersionInfo = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                VersionInfo.prototype.abiMajor = 0;
                VersionInfo.prototype.abiMinor = 0;
                VersionInfo.prototype.extraVersion = "";
                VersionInfo.prototype.capabilities = "";
                VersionInfo.prototype.changeset = "";
                VersionInfo.prototype.commandline = "";
                VersionInfo.prototype.hvsimVersion = "";

                VersionInfo.create = function(properties) {
                    return new VersionInfo(properties);
                };

                VersionInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.abiMajor != null && $Object.hasOwnProperty.call(message, "abiMajor") && message.abiMajor !== 0)
                        writer.uint32(8).uint32(message.abiMajor);
                    if (message.abiMinor != null && $Object.hasOwnProperty.call(message, "abiMinor") && message.abiMinor !== 0)
                        writer.uint32(16).uint32(message.abiMinor);
                    if (message.extraVersion != null && $Object.hasOwnProperty.call(message, "extraVersion") && message.extraVersion !== "")
                        writer.uint32(26).string(message.extraVersion);
                    if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities") && message.capabilities !== "")
                        writer.uint32(34).string(message.capabilities);
                    if (message.changeset != null && $Object.hasOwnProperty.call(message, "changeset") && message.changeset !== "")
                        writer.uint32(42).string(message.changeset);
                    if (message.commandline != null && $Object.hasOwnProperty.call(message, "commandline") && message.commandline !== "")
                        writer.uint32(50).string(message.commandline);
                    if (message.hvsimVersion != null && $Object.hasOwnProperty.call(message, "hvsimVersion") && message.hvsimVersion !== "")
                        writer.uint32(58).string(message.hvsimVersion);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                VersionInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.VersionInfo();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.abiMajor = value;
                                else
                                    delete message.abiMajor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.abiMinor = value;
                                else
                                    delete message.abiMinor;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.extraVersion = value;
                                else
                                    delete message.extraVersion;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.capabilities = value;
                                else
                                    delete message.capabilities;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.changeset = value;
                                else
                                    delete message.changeset;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.commandline = value;
                                else
                                    delete message.commandline;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hvsimVersion = value;
                                else
                                    delete message.hvsimVersion;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                VersionInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.VersionInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.VersionInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.VersionInfo();
                    if (object.abiMajor != null)
                        if ($Number(object.abiMajor) !== 0)
                            message.abiMajor = object.abiMajor >>> 0;
                    if (object.abiMinor != null)
                        if ($Number(object.abiMinor) !== 0)
                            message.abiMinor = object.abiMinor >>> 0;
                    if (object.extraVersion != null)
                        if (typeof object.extraVersion !== "string" || object.extraVersion.length)
                            message.extraVersion = $String(object.extraVersion);
                    if (object.capabilities != null)
                        if (typeof object.capabilities !== "string" || object.capabilities.length)
                            message.capabilities = $String(object.capabilities);
                    if (object.changeset != null)
                        if (typeof object.changeset !== "string" || object.changeset.length)
                            message.changeset = $String(object.changeset);
                    if (object.commandline != null)
                        if (typeof object.commandline !== "string" || object.commandline.length)
                            message.commandline = $String(object.commandline);
                    if (object.hvsimVersion != null)
                        if (typeof object.hvsimVersion !== "string" || object.hvsimVersion.length)
                            message.hvsimVersion = $String(object.hvsimVersion);
                    return message;
                };

                VersionInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.abiMajor = 0;
                        object.abiMinor = 0;
                        object.extraVersion = "";
                        object.capabilities = "";
                        object.changeset = "";
                        object.commandline = "";
                        object.hvsimVersion = "";
                    }
                    if (message.abiMajor != null && $Object.hasOwnProperty.call(message, "abiMajor"))
                        object.abiMajor = message.abiMajor;
                    if (message.abiMinor != null && $Object.hasOwnProperty.call(message, "abiMinor"))
                        object.abiMinor = message.abiMinor;
                    if (message.extraVersion != null && $Object.hasOwnProperty.call(message, "extraVersion"))
                        object.extraVersion = message.extraVersion;
                    if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities"))
                        object.capabilities = message.capabilities;
                    if (message.changeset != null && $Object.hasOwnProperty.call(message, "changeset"))
                        object.changeset = message.changeset;
                    if (message.commandline != null && $Object.hasOwnProperty.call(message, "commandline"))
                        object.commandline = message.commandline;
                    if (message.hvsimVersion != null && $Object.hasOwnProperty.call(message, "hvsimVersion"))
                        object.hvsimVersion = message.hvsimVersion;
                    return object;
                };

                VersionInfo.prototype.toJSON = function() {
                    return VersionInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                return VersionInfo;
            })();

            v1.VcpuContext = (function() {

                var VcpuContext = function (properties) {
                    this.regs = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                VcpuContext.prototype.pc = 0;
                VcpuContext.prototype.regs = $util.emptyArray;
                VcpuContext.prototype.hartState = $util.newBuffer([]);

                VcpuContext.create = function(properties) {
                    return new VcpuContext(properties);
                };

                VcpuContext.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pc != null && $Object.hasOwnProperty.call(message, "pc") && message.pc !== 0)
                        writer.uint32(8).uint32(message.pc);
                    if (message.regs != null && message.regs.length)
                        writer.uint32(18).uint32s(message.regs);
                    if (message.hartState != null && $Object.hasOwnProperty.call(message, "hartState") && message.hartState.length)
                        writer.uint32(26).bytes(message.hartState);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                VcpuContext.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.VcpuContext();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pc = value;
                                else
                                    delete message.pc;
                                continue;
                            }
                        case 2: {
                                if (wireType === 2) {
                                    if (!(message.regs && message.regs.length))
                                        message.regs = [];
                                    reader.uint32s(message.regs);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.regs && message.regs.length))
                                    message.regs = [];
                                message.regs.push(reader.uint32());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.hartState = value;
                                else
                                    delete message.hartState;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                VcpuContext.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.VcpuContext)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.VcpuContext: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.VcpuContext();
                    if (object.pc != null)
                        if ($Number(object.pc) !== 0)
                            message.pc = object.pc >>> 0;
                    if (object.regs) {
                        if (!$Array.isArray(object.regs))
                            throw $TypeError(".hvsim.control.v1.VcpuContext.regs: array expected");
                        message.regs = $Array(object.regs.length);
                        for (var i = 0; i < object.regs.length; ++i)
                            message.regs[i] = object.regs[i] >>> 0;
                    }
                    if (object.hartState != null)
                        if (object.hartState.length)
                            if (typeof object.hartState === "string")
                                $util.base64.decode(object.hartState, message.hartState = $util.newBuffer($util.base64.length(object.hartState)), 0);
                            else if (object.hartState.length >= 0)
                                message.hartState = object.hartState;
                    return message;
                };

                VcpuContext.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.regs = [];
                    if (options.defaults) {
                        object.pc = 0;
                        if (options.bytes === $String)
                            object.hartState = "";
                        else {
                            object.hartState = [];
                            if (options.bytes !== $Array)
                                object.hartState = $util.newBuffer(object.hartState);
                        }
                    }
                    if (message.pc != null && $Object.hasOwnProperty.call(message, "pc"))
                        object.pc = message.pc;
                    if (message.regs && message.regs.length) {
                        object.regs = $Array(message.regs.length);
                        for (var j = 0; j < message.regs.length; ++j)
                            object.regs[j] = message.regs[j];
                    }
                    if (message.hartState != null && $Object.hasOwnProperty.call(message, "hartState"))
                        object.hartState = options.bytes === $String ? $util.base64.encode(message.hartState, 0, message.hartState.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hartState) : message.hartState;
                    return object;
                };

                VcpuContext.prototype.toJSON = function() {
                    return VcpuContext.toObject(this, $protobuf.util.toJSONOptions);
                };

                return VcpuContext;
            })();

            v1.DomainEventType = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "DOMAIN_EVENT_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "DOMAIN_EVENT_TYPE_CREATED"] = 1;
                values[valuesById[2] = "DOMAIN_EVENT_TYPE_PAUSED"] = 2;
                values[valuesById[3] = "DOMAIN_EVENT_TYPE_UNPAUSED"] = 3;
                values[valuesById[4] = "DOMAIN_EVENT_TYPE_SHUTDOWN"] = 4;
                values[valuesById[5] = "DOMAIN_EVENT_TYPE_DYING"] = 5;
                values[valuesById[6] = "DOMAIN_EVENT_TYPE_DESTROYED"] = 6;
                values[valuesById[7] = "DOMAIN_EVENT_TYPE_CONSOLE"] = 7;
                values[valuesById[8] = "DOMAIN_EVENT_TYPE_EVTCHN"] = 8;
                values[valuesById[9] = "DOMAIN_EVENT_TYPE_RENAMED"] = 9;
                values[valuesById[10] = "DOMAIN_EVENT_TYPE_REBOOTED"] = 10;
                return values;
            })();

            v1.DomainEvent = (function() {

                var DomainEvent = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomainEvent.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                DomainEvent.prototype.type = 0;
                DomainEvent.prototype.domid = 0;
                DomainEvent.prototype.name = "";
                DomainEvent.prototype.shutdownReason = 0;
                DomainEvent.prototype.port = 0;

                DomainEvent.create = function(properties) {
                    return new DomainEvent(properties);
                };

                DomainEvent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                        writer.uint32(8).uint64(message.timeNs);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(16).int32(message.type);
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(24).uint32(message.domid);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(34).string(message.name);
                    if (message.shutdownReason != null && $Object.hasOwnProperty.call(message, "shutdownReason") && message.shutdownReason !== 0)
                        writer.uint32(40).int32(message.shutdownReason);
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                        writer.uint32(48).uint32(message.port);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomainEvent.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomainEvent();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timeNs = value;
                                else
                                    delete message.timeNs;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.shutdownReason = value;
                                else
                                    delete message.shutdownReason;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.port = value;
                                else
                                    delete message.port;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomainEvent.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomainEvent)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomainEvent: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomainEvent();
                    if (object.timeNs != null)
                        if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                            if ($util.Long)
                                message.timeNs = $util.Long.fromValue(object.timeNs, true);
                            else if (typeof object.timeNs === "string")
                                message.timeNs = $parseInt(object.timeNs, 10);
                            else if (typeof object.timeNs === "number")
                                message.timeNs = object.timeNs;
                            else if (typeof object.timeNs === "object")
                                message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber(true);
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.hvsim.control.v1.DomainEventType[object.type] !== 0))
                        switch (object.type) {
                        case "DOMAIN_EVENT_TYPE_UNSPECIFIED":
                        case 0:
                            message.type = 0;
                            break;
                        case "DOMAIN_EVENT_TYPE_CREATED":
                        case 1:
                            message.type = 1;
                            break;
                        case "DOMAIN_EVENT_TYPE_PAUSED":
                        case 2:
                            message.type = 2;
                            break;
                        case "DOMAIN_EVENT_TYPE_UNPAUSED":
                        case 3:
                            message.type = 3;
                            break;
                        case "DOMAIN_EVENT_TYPE_SHUTDOWN":
                        case 4:
                            message.type = 4;
                            break;
                        case "DOMAIN_EVENT_TYPE_DYING":
                        case 5:
                            message.type = 5;
                            break;
                        case "DOMAIN_EVENT_TYPE_DESTROYED":
                        case 6:
                            message.type = 6;
                            break;
                        case "DOMAIN_EVENT_TYPE_CONSOLE":
                        case 7:
                            message.type = 7;
                            break;
                        case "DOMAIN_EVENT_TYPE_EVTCHN":
                        case 8:
                            message.type = 8;
                            break;
                        case "DOMAIN_EVENT_TYPE_RENAMED":
                        case 9:
                            message.type = 9;
                            break;
                        case "DOMAIN_EVENT_TYPE_REBOOTED":
                        case 10:
                            message.type = 10;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.shutdownReason !== 0 && (typeof object.shutdownReason !== "string" || $root.hvsim.control.v1.ShutdownReason[object.shutdownReason] !== 0))
                        switch (object.shutdownReason) {
                        case "SHUTDOWN_REASON_UNSPECIFIED":
                        case 0:
                            message.shutdownReason = 0;
                            break;
                        case "SHUTDOWN_REASON_POWEROFF":
                        case 1:
                            message.shutdownReason = 1;
                            break;
                        case "SHUTDOWN_REASON_REBOOT":
                        case 2:
                            message.shutdownReason = 2;
                            break;
                        case "SHUTDOWN_REASON_SUSPEND":
                        case 3:
                            message.shutdownReason = 3;
                            break;
                        case "SHUTDOWN_REASON_CRASH":
                        case 4:
                            message.shutdownReason = 4;
                            break;
                        case "SHUTDOWN_REASON_WATCHDOG":
                        case 5:
                            message.shutdownReason = 5;
                            break;
                        case "SHUTDOWN_REASON_SOFT_RESET":
                        case 6:
                            message.shutdownReason = 6;
                            break;
                        default:
                            if (typeof object.shutdownReason === "number" && (object.shutdownReason | 0) === object.shutdownReason)
                                message.shutdownReason = object.shutdownReason;
                        }
                    if (object.port != null)
                        if ($Number(object.port) !== 0)
                            message.port = object.port >>> 0;
                    return message;
                };

                DomainEvent.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.type = options.enums === $String ? "DOMAIN_EVENT_TYPE_UNSPECIFIED" : 0;
                        object.domid = 0;
                        object.name = "";
                        object.shutdownReason = options.enums === $String ? "SHUTDOWN_REASON_UNSPECIFIED" : 0;
                        object.port = 0;
                    }
                    if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, true).toBigInt();
                        else if (typeof message.timeNs === "number")
                            object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                        else
                            object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber(true) : message.timeNs;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.hvsim.control.v1.DomainEventType[message.type] === $undefined ? message.type : $root.hvsim.control.v1.DomainEventType[message.type] : message.type;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.shutdownReason != null && $Object.hasOwnProperty.call(message, "shutdownReason"))
                        object.shutdownReason = options.enums === $String ? $root.hvsim.control.v1.ShutdownReason[message.shutdownReason] === $undefined ? message.shutdownReason : $root.hvsim.control.v1.ShutdownReason[message.shutdownReason] : message.shutdownReason;
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                        object.port = message.port;
                    return object;
                };

                DomainEvent.prototype.toJSON = function() {
                    return DomainEvent.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomainEvent;
            })();

            v1.Frame = (function() {

                var Frame = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Frame.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                Frame.prototype.kind = 0;
                Frame.prototype.method = "";
                Frame.prototype.payload = $util.newBuffer([]);
                Frame.prototype.status = null;
                Frame.prototype.hello = null;
                Frame.prototype.helloReply = null;

                Frame.create = function(properties) {
                    return new Frame(properties);
                };

                Frame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                        writer.uint32(8).uint64(message.requestId);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(16).int32(message.kind);
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                        writer.uint32(26).string(message.method);
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(34).bytes(message.payload);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        $root.hvsim.control.v1.Status.encode(message.status, writer.uint32(42).fork(), _depth + 1).ldelim();
                    if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                        $root.hvsim.control.v1.Hello.encode(message.hello, writer.uint32(50).fork(), _depth + 1).ldelim();
                    if (message.helloReply != null && $Object.hasOwnProperty.call(message, "helloReply"))
                        $root.hvsim.control.v1.HelloReply.encode(message.helloReply, writer.uint32(58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Frame.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.Frame();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.method = value;
                                else
                                    delete message.method;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.status = $root.hvsim.control.v1.Status.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.hello = $root.hvsim.control.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.helloReply = $root.hvsim.control.v1.HelloReply.decode(reader, reader.size(), $undefined, _depth + 1, message.helloReply);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Frame.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.Frame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.Frame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.Frame();
                    if (object.requestId != null)
                        if (typeof object.requestId === "object" ? object.requestId.low || object.requestId.high : $Number(object.requestId) !== 0)
                            if ($util.Long)
                                message.requestId = $util.Long.fromValue(object.requestId, true);
                            else if (typeof object.requestId === "string")
                                message.requestId = $parseInt(object.requestId, 10);
                            else if (typeof object.requestId === "number")
                                message.requestId = object.requestId;
                            else if (typeof object.requestId === "object")
                                message.requestId = new $util.LongBits(object.requestId.low >>> 0, object.requestId.high >>> 0).toNumber(true);
                    if (object.kind !== 0 && (typeof object.kind !== "string" || $root.hvsim.control.v1.FrameKind[object.kind] !== 0))
                        switch (object.kind) {
                        case "FRAME_KIND_UNSPECIFIED":
                        case 0:
                            message.kind = 0;
                            break;
                        case "FRAME_KIND_HELLO":
                        case 1:
                            message.kind = 1;
                            break;
                        case "FRAME_KIND_HELLO_REPLY":
                        case 2:
                            message.kind = 2;
                            break;
                        case "FRAME_KIND_REQUEST":
                        case 3:
                            message.kind = 3;
                            break;
                        case "FRAME_KIND_CANCEL":
                        case 4:
                            message.kind = 4;
                            break;
                        case "FRAME_KIND_MESSAGE":
                        case 5:
                            message.kind = 5;
                            break;
                        case "FRAME_KIND_END":
                        case 6:
                            message.kind = 6;
                            break;
                        case "FRAME_KIND_GOAWAY":
                        case 7:
                            message.kind = 7;
                            break;
                        default:
                            if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                                message.kind = object.kind;
                        }
                    if (object.method != null)
                        if (typeof object.method !== "string" || object.method.length)
                            message.method = $String(object.method);
                    if (object.payload != null)
                        if (object.payload.length)
                            if (typeof object.payload === "string")
                                $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                            else if (object.payload.length >= 0)
                                message.payload = object.payload;
                    if (object.status != null) {
                        if (!$util.isObject(object.status))
                            throw $TypeError(".hvsim.control.v1.Frame.status: object expected");
                        message.status = $root.hvsim.control.v1.Status.fromObject(object.status, _depth + 1);
                    }
                    if (object.hello != null) {
                        if (!$util.isObject(object.hello))
                            throw $TypeError(".hvsim.control.v1.Frame.hello: object expected");
                        message.hello = $root.hvsim.control.v1.Hello.fromObject(object.hello, _depth + 1);
                    }
                    if (object.helloReply != null) {
                        if (!$util.isObject(object.helloReply))
                            throw $TypeError(".hvsim.control.v1.Frame.helloReply: object expected");
                        message.helloReply = $root.hvsim.control.v1.HelloReply.fromObject(object.helloReply, _depth + 1);
                    }
                    return message;
                };

                Frame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.requestId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.requestId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.kind = options.enums === $String ? "FRAME_KIND_UNSPECIFIED" : 0;
                        object.method = "";
                        if (options.bytes === $String)
                            object.payload = "";
                        else {
                            object.payload = [];
                            if (options.bytes !== $Array)
                                object.payload = $util.newBuffer(object.payload);
                        }
                        object.status = null;
                        object.hello = null;
                        object.helloReply = null;
                    }
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.requestId = typeof message.requestId === "number" ? $BigInt(message.requestId) : $util.Long.fromBits(message.requestId.low >>> 0, message.requestId.high >>> 0, true).toBigInt();
                        else if (typeof message.requestId === "number")
                            object.requestId = options.longs === $String ? $String(message.requestId) : message.requestId;
                        else
                            object.requestId = options.longs === $String ? $util.Long.prototype.toString.call(message.requestId) : options.longs === $Number ? new $util.LongBits(message.requestId.low >>> 0, message.requestId.high >>> 0).toNumber(true) : message.requestId;
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === $String ? $root.hvsim.control.v1.FrameKind[message.kind] === $undefined ? message.kind : $root.hvsim.control.v1.FrameKind[message.kind] : message.kind;
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                        object.method = message.method;
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = $root.hvsim.control.v1.Status.toObject(message.status, options, _depth + 1);
                    if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                        object.hello = $root.hvsim.control.v1.Hello.toObject(message.hello, options, _depth + 1);
                    if (message.helloReply != null && $Object.hasOwnProperty.call(message, "helloReply"))
                        object.helloReply = $root.hvsim.control.v1.HelloReply.toObject(message.helloReply, options, _depth + 1);
                    return object;
                };

                Frame.prototype.toJSON = function() {
                    return Frame.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Frame;
            })();

            v1.FrameKind = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "FRAME_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "FRAME_KIND_HELLO"] = 1;
                values[valuesById[2] = "FRAME_KIND_HELLO_REPLY"] = 2;
                values[valuesById[3] = "FRAME_KIND_REQUEST"] = 3;
                values[valuesById[4] = "FRAME_KIND_CANCEL"] = 4;
                values[valuesById[5] = "FRAME_KIND_MESSAGE"] = 5;
                values[valuesById[6] = "FRAME_KIND_END"] = 6;
                values[valuesById[7] = "FRAME_KIND_GOAWAY"] = 7;
                return values;
            })();

            v1.Hello = (function() {

                var Hello = function (properties) {
                    this.supportedVersions = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Hello.prototype.supportedVersions = $util.emptyArray;
                Hello.prototype.clientName = "";

                Hello.create = function(properties) {
                    return new Hello(properties);
                };

                Hello.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.supportedVersions != null && message.supportedVersions.length)
                        writer.uint32(10).uint32s(message.supportedVersions);
                    if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName") && message.clientName !== "")
                        writer.uint32(18).string(message.clientName);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Hello.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.Hello();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType === 2) {
                                    if (!(message.supportedVersions && message.supportedVersions.length))
                                        message.supportedVersions = [];
                                    reader.uint32s(message.supportedVersions);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.supportedVersions && message.supportedVersions.length))
                                    message.supportedVersions = [];
                                message.supportedVersions.push(reader.uint32());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientName = value;
                                else
                                    delete message.clientName;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Hello.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.Hello)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.Hello: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.Hello();
                    if (object.supportedVersions) {
                        if (!$Array.isArray(object.supportedVersions))
                            throw $TypeError(".hvsim.control.v1.Hello.supportedVersions: array expected");
                        message.supportedVersions = $Array(object.supportedVersions.length);
                        for (var i = 0; i < object.supportedVersions.length; ++i)
                            message.supportedVersions[i] = object.supportedVersions[i] >>> 0;
                    }
                    if (object.clientName != null)
                        if (typeof object.clientName !== "string" || object.clientName.length)
                            message.clientName = $String(object.clientName);
                    return message;
                };

                Hello.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.supportedVersions = [];
                    if (options.defaults)
                        object.clientName = "";
                    if (message.supportedVersions && message.supportedVersions.length) {
                        object.supportedVersions = $Array(message.supportedVersions.length);
                        for (var j = 0; j < message.supportedVersions.length; ++j)
                            object.supportedVersions[j] = message.supportedVersions[j];
                    }
                    if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName"))
                        object.clientName = message.clientName;
                    return object;
                };

                Hello.prototype.toJSON = function() {
                    return Hello.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Hello;
            })();

            v1.HelloReply = (function() {

                var HelloReply = function (properties) {
                    this.supportedVersions = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                HelloReply.prototype.protocolVersion = 0;
                HelloReply.prototype.serverName = "";
                HelloReply.prototype.supportedVersions = $util.emptyArray;

                HelloReply.create = function(properties) {
                    return new HelloReply(properties);
                };

                HelloReply.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                        writer.uint32(8).uint32(message.protocolVersion);
                    if (message.serverName != null && $Object.hasOwnProperty.call(message, "serverName") && message.serverName !== "")
                        writer.uint32(18).string(message.serverName);
                    if (message.supportedVersions != null && message.supportedVersions.length)
                        writer.uint32(26).uint32s(message.supportedVersions);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                HelloReply.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.HelloReply();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.protocolVersion = value;
                                else
                                    delete message.protocolVersion;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.serverName = value;
                                else
                                    delete message.serverName;
                                continue;
                            }
                        case 3: {
                                if (wireType === 2) {
                                    if (!(message.supportedVersions && message.supportedVersions.length))
                                        message.supportedVersions = [];
                                    reader.uint32s(message.supportedVersions);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.supportedVersions && message.supportedVersions.length))
                                    message.supportedVersions = [];
                                message.supportedVersions.push(reader.uint32());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                HelloReply.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.HelloReply)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.HelloReply: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.HelloReply();
                    if (object.protocolVersion != null)
                        if ($Number(object.protocolVersion) !== 0)
                            message.protocolVersion = object.protocolVersion >>> 0;
                    if (object.serverName != null)
                        if (typeof object.serverName !== "string" || object.serverName.length)
                            message.serverName = $String(object.serverName);
                    if (object.supportedVersions) {
                        if (!$Array.isArray(object.supportedVersions))
                            throw $TypeError(".hvsim.control.v1.HelloReply.supportedVersions: array expected");
                        message.supportedVersions = $Array(object.supportedVersions.length);
                        for (var i = 0; i < object.supportedVersions.length; ++i)
                            message.supportedVersions[i] = object.supportedVersions[i] >>> 0;
                    }
                    return message;
                };

                HelloReply.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.supportedVersions = [];
                    if (options.defaults) {
                        object.protocolVersion = 0;
                        object.serverName = "";
                    }
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                        object.protocolVersion = message.protocolVersion;
                    if (message.serverName != null && $Object.hasOwnProperty.call(message, "serverName"))
                        object.serverName = message.serverName;
                    if (message.supportedVersions && message.supportedVersions.length) {
                        object.supportedVersions = $Array(message.supportedVersions.length);
                        for (var j = 0; j < message.supportedVersions.length; ++j)
                            object.supportedVersions[j] = message.supportedVersions[j];
                    }
                    return object;
                };

                HelloReply.prototype.toJSON = function() {
                    return HelloReply.toObject(this, $protobuf.util.toJSONOptions);
                };

                return HelloReply;
            })();

            v1.Status = (function() {

                var Status = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Status.prototype.code = 0;
                Status.prototype.message = "";

                Status.create = function(properties) {
                    return new Status(properties);
                };

                Status.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                        writer.uint32(8).int32(message.code);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(18).string(message.message);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Status.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.Status();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Status.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.Status)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.Status: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.Status();
                    if (object.code !== 0 && (typeof object.code !== "string" || $root.hvsim.control.v1.StatusCode[object.code] !== 0))
                        switch (object.code) {
                        case "STATUS_CODE_UNSPECIFIED":
                        case 0:
                            message.code = 0;
                            break;
                        case "STATUS_CODE_EPERM":
                        case 1:
                            message.code = 1;
                            break;
                        case "STATUS_CODE_ENOENT":
                        case 2:
                            message.code = 2;
                            break;
                        case "STATUS_CODE_ESRCH":
                        case 3:
                            message.code = 3;
                            break;
                        case "STATUS_CODE_EIO":
                        case 5:
                            message.code = 5;
                            break;
                        case "STATUS_CODE_ENXIO":
                        case 6:
                            message.code = 6;
                            break;
                        case "STATUS_CODE_E2BIG":
                        case 7:
                            message.code = 7;
                            break;
                        case "STATUS_CODE_ENOEXEC":
                        case 8:
                            message.code = 8;
                            break;
                        case "STATUS_CODE_EBADF":
                        case 9:
                            message.code = 9;
                            break;
                        case "STATUS_CODE_ECHILD":
                        case 10:
                            message.code = 10;
                            break;
                        case "STATUS_CODE_EAGAIN":
                        case 11:
                            message.code = 11;
                            break;
                        case "STATUS_CODE_ENOMEM":
                        case 12:
                            message.code = 12;
                            break;
                        case "STATUS_CODE_EACCES":
                        case 13:
                            message.code = 13;
                            break;
                        case "STATUS_CODE_EFAULT":
                        case 14:
                            message.code = 14;
                            break;
                        case "STATUS_CODE_EBUSY":
                        case 16:
                            message.code = 16;
                            break;
                        case "STATUS_CODE_EEXIST":
                        case 17:
                            message.code = 17;
                            break;
                        case "STATUS_CODE_EXDEV":
                        case 18:
                            message.code = 18;
                            break;
                        case "STATUS_CODE_ENODEV":
                        case 19:
                            message.code = 19;
                            break;
                        case "STATUS_CODE_ENOTDIR":
                        case 20:
                            message.code = 20;
                            break;
                        case "STATUS_CODE_EISDIR":
                        case 21:
                            message.code = 21;
                            break;
                        case "STATUS_CODE_EINVAL":
                        case 22:
                            message.code = 22;
                            break;
                        case "STATUS_CODE_ENFILE":
                        case 23:
                            message.code = 23;
                            break;
                        case "STATUS_CODE_EMFILE":
                        case 24:
                            message.code = 24;
                            break;
                        case "STATUS_CODE_ENOSPC":
                        case 28:
                            message.code = 28;
                            break;
                        case "STATUS_CODE_EROFS":
                        case 30:
                            message.code = 30;
                            break;
                        case "STATUS_CODE_EMLINK":
                        case 31:
                            message.code = 31;
                            break;
                        case "STATUS_CODE_EDOM":
                        case 33:
                            message.code = 33;
                            break;
                        case "STATUS_CODE_ERANGE":
                        case 34:
                            message.code = 34;
                            break;
                        case "STATUS_CODE_EDEADLK":
                        case 35:
                            message.code = 35;
                            break;
                        case "STATUS_CODE_ENAMETOOLONG":
                        case 36:
                            message.code = 36;
                            break;
                        case "STATUS_CODE_ENOLCK":
                        case 37:
                            message.code = 37;
                            break;
                        case "STATUS_CODE_ENOSYS":
                        case 38:
                            message.code = 38;
                            break;
                        case "STATUS_CODE_ENOTEMPTY":
                        case 39:
                            message.code = 39;
                            break;
                        case "STATUS_CODE_ENODATA":
                        case 61:
                            message.code = 61;
                            break;
                        case "STATUS_CODE_ETIME":
                        case 62:
                            message.code = 62;
                            break;
                        case "STATUS_CODE_EBADMSG":
                        case 74:
                            message.code = 74;
                            break;
                        case "STATUS_CODE_EOVERFLOW":
                        case 75:
                            message.code = 75;
                            break;
                        case "STATUS_CODE_EILSEQ":
                        case 84:
                            message.code = 84;
                            break;
                        case "STATUS_CODE_ENOTSOCK":
                        case 88:
                            message.code = 88;
                            break;
                        case "STATUS_CODE_EMSGSIZE":
                        case 90:
                            message.code = 90;
                            break;
                        case "STATUS_CODE_EOPNOTSUPP":
                        case 95:
                            message.code = 95;
                            break;
                        case "STATUS_CODE_EADDRINUSE":
                        case 98:
                            message.code = 98;
                            break;
                        case "STATUS_CODE_EADDRNOTAVAIL":
                        case 99:
                            message.code = 99;
                            break;
                        case "STATUS_CODE_ENOBUFS":
                        case 105:
                            message.code = 105;
                            break;
                        case "STATUS_CODE_EISCONN":
                        case 106:
                            message.code = 106;
                            break;
                        case "STATUS_CODE_ENOTCONN":
                        case 107:
                            message.code = 107;
                            break;
                        case "STATUS_CODE_ETIMEDOUT":
                        case 110:
                            message.code = 110;
                            break;
                        case "STATUS_CODE_ECONNREFUSED":
                        case 111:
                            message.code = 111;
                            break;
                        case "STATUS_CODE_OK":
                        case 1000:
                            message.code = 1000;
                            break;
                        case "STATUS_CODE_CANCELLED":
                        case 1001:
                            message.code = 1001;
                            break;
                        case "STATUS_CODE_INTERNAL":
                        case 1002:
                            message.code = 1002;
                            break;
                        case "STATUS_CODE_UNAVAILABLE":
                        case 1003:
                            message.code = 1003;
                            break;
                        case "STATUS_CODE_FAILED_PRECONDITION":
                        case 1004:
                            message.code = 1004;
                            break;
                        default:
                            if (typeof object.code === "number" && (object.code | 0) === object.code)
                                message.code = object.code;
                        }
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    return message;
                };

                Status.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.code = options.enums === $String ? "STATUS_CODE_UNSPECIFIED" : 0;
                        object.message = "";
                    }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = options.enums === $String ? $root.hvsim.control.v1.StatusCode[message.code] === $undefined ? message.code : $root.hvsim.control.v1.StatusCode[message.code] : message.code;
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    return object;
                };

                Status.prototype.toJSON = function() {
                    return Status.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Status;
            })();

            v1.StatusCode = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_CODE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "STATUS_CODE_EPERM"] = 1;
                values[valuesById[2] = "STATUS_CODE_ENOENT"] = 2;
                values[valuesById[3] = "STATUS_CODE_ESRCH"] = 3;
                values[valuesById[5] = "STATUS_CODE_EIO"] = 5;
                values[valuesById[6] = "STATUS_CODE_ENXIO"] = 6;
                values[valuesById[7] = "STATUS_CODE_E2BIG"] = 7;
                values[valuesById[8] = "STATUS_CODE_ENOEXEC"] = 8;
                values[valuesById[9] = "STATUS_CODE_EBADF"] = 9;
                values[valuesById[10] = "STATUS_CODE_ECHILD"] = 10;
                values[valuesById[11] = "STATUS_CODE_EAGAIN"] = 11;
                values[valuesById[12] = "STATUS_CODE_ENOMEM"] = 12;
                values[valuesById[13] = "STATUS_CODE_EACCES"] = 13;
                values[valuesById[14] = "STATUS_CODE_EFAULT"] = 14;
                values[valuesById[16] = "STATUS_CODE_EBUSY"] = 16;
                values[valuesById[17] = "STATUS_CODE_EEXIST"] = 17;
                values[valuesById[18] = "STATUS_CODE_EXDEV"] = 18;
                values[valuesById[19] = "STATUS_CODE_ENODEV"] = 19;
                values[valuesById[20] = "STATUS_CODE_ENOTDIR"] = 20;
                values[valuesById[21] = "STATUS_CODE_EISDIR"] = 21;
                values[valuesById[22] = "STATUS_CODE_EINVAL"] = 22;
                values[valuesById[23] = "STATUS_CODE_ENFILE"] = 23;
                values[valuesById[24] = "STATUS_CODE_EMFILE"] = 24;
                values[valuesById[28] = "STATUS_CODE_ENOSPC"] = 28;
                values[valuesById[30] = "STATUS_CODE_EROFS"] = 30;
                values[valuesById[31] = "STATUS_CODE_EMLINK"] = 31;
                values[valuesById[33] = "STATUS_CODE_EDOM"] = 33;
                values[valuesById[34] = "STATUS_CODE_ERANGE"] = 34;
                values[valuesById[35] = "STATUS_CODE_EDEADLK"] = 35;
                values[valuesById[36] = "STATUS_CODE_ENAMETOOLONG"] = 36;
                values[valuesById[37] = "STATUS_CODE_ENOLCK"] = 37;
                values[valuesById[38] = "STATUS_CODE_ENOSYS"] = 38;
                values[valuesById[39] = "STATUS_CODE_ENOTEMPTY"] = 39;
                values[valuesById[61] = "STATUS_CODE_ENODATA"] = 61;
                values[valuesById[62] = "STATUS_CODE_ETIME"] = 62;
                values[valuesById[74] = "STATUS_CODE_EBADMSG"] = 74;
                values[valuesById[75] = "STATUS_CODE_EOVERFLOW"] = 75;
                values[valuesById[84] = "STATUS_CODE_EILSEQ"] = 84;
                values[valuesById[88] = "STATUS_CODE_ENOTSOCK"] = 88;
                values[valuesById[90] = "STATUS_CODE_EMSGSIZE"] = 90;
                values[valuesById[95] = "STATUS_CODE_EOPNOTSUPP"] = 95;
                values[valuesById[98] = "STATUS_CODE_EADDRINUSE"] = 98;
                values[valuesById[99] = "STATUS_CODE_EADDRNOTAVAIL"] = 99;
                values[valuesById[105] = "STATUS_CODE_ENOBUFS"] = 105;
                values[valuesById[106] = "STATUS_CODE_EISCONN"] = 106;
                values[valuesById[107] = "STATUS_CODE_ENOTCONN"] = 107;
                values[valuesById[110] = "STATUS_CODE_ETIMEDOUT"] = 110;
                values[valuesById[111] = "STATUS_CODE_ECONNREFUSED"] = 111;
                values[valuesById[1000] = "STATUS_CODE_OK"] = 1000;
                values[valuesById[1001] = "STATUS_CODE_CANCELLED"] = 1001;
                values[valuesById[1002] = "STATUS_CODE_INTERNAL"] = 1002;
                values[valuesById[1003] = "STATUS_CODE_UNAVAILABLE"] = 1003;
                values[valuesById[1004] = "STATUS_CODE_FAILED_PRECONDITION"] = 1004;
                return values;
            })();

            v1.Domain = (function() {

                var Domain = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Domain.prototype.name = "";
                Domain.prototype.info = null;
                Domain.prototype.uuid = "";
                Domain.prototype.type = 0;
                Domain.prototype.memoryKb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                Domain.prototype.maxMemoryKb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                Domain.prototype.targetKb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                Domain.prototype.maxVcpus = 0;
                Domain.prototype.configFile = "";

                Domain.create = function(properties) {
                    return new Domain(properties);
                };

                Domain.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(10).string(message.name);
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                        $root.hvsim.control.v1.DomainInfo.encode(message.info, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                        writer.uint32(26).string(message.uuid);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(32).int32(message.type);
                    if (message.memoryKb != null && $Object.hasOwnProperty.call(message, "memoryKb") && (typeof message.memoryKb === "object" ? message.memoryKb.low || message.memoryKb.high : message.memoryKb !== 0))
                        writer.uint32(40).uint64(message.memoryKb);
                    if (message.maxMemoryKb != null && $Object.hasOwnProperty.call(message, "maxMemoryKb") && (typeof message.maxMemoryKb === "object" ? message.maxMemoryKb.low || message.maxMemoryKb.high : message.maxMemoryKb !== 0))
                        writer.uint32(48).uint64(message.maxMemoryKb);
                    if (message.targetKb != null && $Object.hasOwnProperty.call(message, "targetKb") && (typeof message.targetKb === "object" ? message.targetKb.low || message.targetKb.high : message.targetKb !== 0))
                        writer.uint32(56).uint64(message.targetKb);
                    if (message.maxVcpus != null && $Object.hasOwnProperty.call(message, "maxVcpus") && message.maxVcpus !== 0)
                        writer.uint32(64).uint32(message.maxVcpus);
                    if (message.configFile != null && $Object.hasOwnProperty.call(message, "configFile") && message.configFile !== "")
                        writer.uint32(74).string(message.configFile);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Domain.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.Domain();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.info = $root.hvsim.control.v1.DomainInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.uuid = value;
                                else
                                    delete message.uuid;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.memoryKb = value;
                                else
                                    delete message.memoryKb;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxMemoryKb = value;
                                else
                                    delete message.maxMemoryKb;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.targetKb = value;
                                else
                                    delete message.targetKb;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxVcpus = value;
                                else
                                    delete message.maxVcpus;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.configFile = value;
                                else
                                    delete message.configFile;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Domain.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.Domain)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.Domain: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.Domain();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.info != null) {
                        if (!$util.isObject(object.info))
                            throw $TypeError(".hvsim.control.v1.Domain.info: object expected");
                        message.info = $root.hvsim.control.v1.DomainInfo.fromObject(object.info, _depth + 1);
                    }
                    if (object.uuid != null)
                        if (typeof object.uuid !== "string" || object.uuid.length)
                            message.uuid = $String(object.uuid);
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.hvsim.control.v1.DomainType[object.type] !== 0))
                        switch (object.type) {
                        case "DOMAIN_TYPE_UNSPECIFIED":
                        case 0:
                            message.type = 0;
                            break;
                        case "DOMAIN_TYPE_PV":
                        case 1:
                            message.type = 1;
                            break;
                        case "DOMAIN_TYPE_HVM":
                        case 2:
                            message.type = 2;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.memoryKb != null)
                        if (typeof object.memoryKb === "object" ? object.memoryKb.low || object.memoryKb.high : $Number(object.memoryKb) !== 0)
                            if ($util.Long)
                                message.memoryKb = $util.Long.fromValue(object.memoryKb, true);
                            else if (typeof object.memoryKb === "string")
                                message.memoryKb = $parseInt(object.memoryKb, 10);
                            else if (typeof object.memoryKb === "number")
                                message.memoryKb = object.memoryKb;
                            else if (typeof object.memoryKb === "object")
                                message.memoryKb = new $util.LongBits(object.memoryKb.low >>> 0, object.memoryKb.high >>> 0).toNumber(true);
                    if (object.maxMemoryKb != null)
                        if (typeof object.maxMemoryKb === "object" ? object.maxMemoryKb.low || object.maxMemoryKb.high : $Number(object.maxMemoryKb) !== 0)
                            if ($util.Long)
                                message.maxMemoryKb = $util.Long.fromValue(object.maxMemoryKb, true);
                            else if (typeof object.maxMemoryKb === "string")
                                message.maxMemoryKb = $parseInt(object.maxMemoryKb, 10);
                            else if (typeof object.maxMemoryKb === "number")
                                message.maxMemoryKb = object.maxMemoryKb;
                            else if (typeof object.maxMemoryKb === "object")
                                message.maxMemoryKb = new $util.LongBits(object.maxMemoryKb.low >>> 0, object.maxMemoryKb.high >>> 0).toNumber(true);
                    if (object.targetKb != null)
                        if (typeof object.targetKb === "object" ? object.targetKb.low || object.targetKb.high : $Number(object.targetKb) !== 0)
                            if ($util.Long)
                                message.targetKb = $util.Long.fromValue(object.targetKb, true);
                            else if (typeof object.targetKb === "string")
                                message.targetKb = $parseInt(object.targetKb, 10);
                            else if (typeof object.targetKb === "number")
                                message.targetKb = object.targetKb;
                            else if (typeof object.targetKb === "object")
                                message.targetKb = new $util.LongBits(object.targetKb.low >>> 0, object.targetKb.high >>> 0).toNumber(true);
                    if (object.maxVcpus != null)
                        if ($Number(object.maxVcpus) !== 0)
                            message.maxVcpus = object.maxVcpus >>> 0;
                    if (object.configFile != null)
                        if (typeof object.configFile !== "string" || object.configFile.length)
                            message.configFile = $String(object.configFile);
                    return message;
                };

                Domain.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.name = "";
                        object.info = null;
                        object.uuid = "";
                        object.type = options.enums === $String ? "DOMAIN_TYPE_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.memoryKb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.memoryKb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.maxMemoryKb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxMemoryKb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.targetKb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.targetKb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.maxVcpus = 0;
                        object.configFile = "";
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                        object.info = $root.hvsim.control.v1.DomainInfo.toObject(message.info, options, _depth + 1);
                    if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                        object.uuid = message.uuid;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.hvsim.control.v1.DomainType[message.type] === $undefined ? message.type : $root.hvsim.control.v1.DomainType[message.type] : message.type;
                    if (message.memoryKb != null && $Object.hasOwnProperty.call(message, "memoryKb"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryKb = typeof message.memoryKb === "number" ? $BigInt(message.memoryKb) : $util.Long.fromBits(message.memoryKb.low >>> 0, message.memoryKb.high >>> 0, true).toBigInt();
                        else if (typeof message.memoryKb === "number")
                            object.memoryKb = options.longs === $String ? $String(message.memoryKb) : message.memoryKb;
                        else
                            object.memoryKb = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryKb) : options.longs === $Number ? new $util.LongBits(message.memoryKb.low >>> 0, message.memoryKb.high >>> 0).toNumber(true) : message.memoryKb;
                    if (message.maxMemoryKb != null && $Object.hasOwnProperty.call(message, "maxMemoryKb"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxMemoryKb = typeof message.maxMemoryKb === "number" ? $BigInt(message.maxMemoryKb) : $util.Long.fromBits(message.maxMemoryKb.low >>> 0, message.maxMemoryKb.high >>> 0, true).toBigInt();
                        else if (typeof message.maxMemoryKb === "number")
                            object.maxMemoryKb = options.longs === $String ? $String(message.maxMemoryKb) : message.maxMemoryKb;
                        else
                            object.maxMemoryKb = options.longs === $String ? $util.Long.prototype.toString.call(message.maxMemoryKb) : options.longs === $Number ? new $util.LongBits(message.maxMemoryKb.low >>> 0, message.maxMemoryKb.high >>> 0).toNumber(true) : message.maxMemoryKb;
                    if (message.targetKb != null && $Object.hasOwnProperty.call(message, "targetKb"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.targetKb = typeof message.targetKb === "number" ? $BigInt(message.targetKb) : $util.Long.fromBits(message.targetKb.low >>> 0, message.targetKb.high >>> 0, true).toBigInt();
                        else if (typeof message.targetKb === "number")
                            object.targetKb = options.longs === $String ? $String(message.targetKb) : message.targetKb;
                        else
                            object.targetKb = options.longs === $String ? $util.Long.prototype.toString.call(message.targetKb) : options.longs === $Number ? new $util.LongBits(message.targetKb.low >>> 0, message.targetKb.high >>> 0).toNumber(true) : message.targetKb;
                    if (message.maxVcpus != null && $Object.hasOwnProperty.call(message, "maxVcpus"))
                        object.maxVcpus = message.maxVcpus;
                    if (message.configFile != null && $Object.hasOwnProperty.call(message, "configFile"))
                        object.configFile = message.configFile;
                    return object;
                };

                Domain.prototype.toJSON = function() {
                    return Domain.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Domain;
            })();

            v1.CreateDomainRequest = (function() {

                var CreateDomainRequest = function (properties) {
                    this.overrides = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                CreateDomainRequest.prototype.config = "";
                CreateDomainRequest.prototype.configFile = "";
                CreateDomainRequest.prototype.overrides = $util.emptyArray;
                CreateDomainRequest.prototype.paused = false;

                CreateDomainRequest.create = function(properties) {
                    return new CreateDomainRequest(properties);
                };

                CreateDomainRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.config != null && $Object.hasOwnProperty.call(message, "config") && message.config !== "")
                        writer.uint32(10).string(message.config);
                    if (message.configFile != null && $Object.hasOwnProperty.call(message, "configFile") && message.configFile !== "")
                        writer.uint32(18).string(message.configFile);
                    if (message.overrides != null && message.overrides.length)
                        for (var i = 0; i < message.overrides.length; ++i)
                            writer.uint32(26).string(message.overrides[i]);
                    if (message.paused != null && $Object.hasOwnProperty.call(message, "paused") && message.paused !== false)
                        writer.uint32(32).bool(message.paused);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                CreateDomainRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.CreateDomainRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.config = value;
                                else
                                    delete message.config;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.configFile = value;
                                else
                                    delete message.configFile;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.overrides && message.overrides.length))
                                    message.overrides = [];
                                message.overrides.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.paused = value;
                                else
                                    delete message.paused;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                CreateDomainRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.CreateDomainRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.CreateDomainRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.CreateDomainRequest();
                    if (object.config != null)
                        if (typeof object.config !== "string" || object.config.length)
                            message.config = $String(object.config);
                    if (object.configFile != null)
                        if (typeof object.configFile !== "string" || object.configFile.length)
                            message.configFile = $String(object.configFile);
                    if (object.overrides) {
                        if (!$Array.isArray(object.overrides))
                            throw $TypeError(".hvsim.control.v1.CreateDomainRequest.overrides: array expected");
                        message.overrides = $Array(object.overrides.length);
                        for (var i = 0; i < object.overrides.length; ++i)
                            message.overrides[i] = $String(object.overrides[i]);
                    }
                    if (object.paused != null)
                        if (object.paused)
                            message.paused = $Boolean(object.paused);
                    return message;
                };

                CreateDomainRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.overrides = [];
                    if (options.defaults) {
                        object.config = "";
                        object.configFile = "";
                        object.paused = false;
                    }
                    if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                        object.config = message.config;
                    if (message.configFile != null && $Object.hasOwnProperty.call(message, "configFile"))
                        object.configFile = message.configFile;
                    if (message.overrides && message.overrides.length) {
                        object.overrides = $Array(message.overrides.length);
                        for (var j = 0; j < message.overrides.length; ++j)
                            object.overrides[j] = message.overrides[j];
                    }
                    if (message.paused != null && $Object.hasOwnProperty.call(message, "paused"))
                        object.paused = message.paused;
                    return object;
                };

                CreateDomainRequest.prototype.toJSON = function() {
                    return CreateDomainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return CreateDomainRequest;
            })();

            v1.CreateDomainResponse = (function() {

                var CreateDomainResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                CreateDomainResponse.prototype.domid = 0;
                CreateDomainResponse.prototype.name = "";

                CreateDomainResponse.create = function(properties) {
                    return new CreateDomainResponse(properties);
                };

                CreateDomainResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(18).string(message.name);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                CreateDomainResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.CreateDomainResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                CreateDomainResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.CreateDomainResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.CreateDomainResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.CreateDomainResponse();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    return message;
                };

                CreateDomainResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domid = 0;
                        object.name = "";
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    return object;
                };

                CreateDomainResponse.prototype.toJSON = function() {
                    return CreateDomainResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return CreateDomainResponse;
            })();

            v1.ListDomainsRequest = (function() {

                var ListDomainsRequest = function (properties) {
                    this.domains = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ListDomainsRequest.prototype.domains = $util.emptyArray;

                ListDomainsRequest.create = function(properties) {
                    return new ListDomainsRequest(properties);
                };

                ListDomainsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domains != null && message.domains.length)
                        for (var i = 0; i < message.domains.length; ++i)
                            writer.uint32(10).string(message.domains[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ListDomainsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.ListDomainsRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.domains && message.domains.length))
                                    message.domains = [];
                                message.domains.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ListDomainsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.ListDomainsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.ListDomainsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.ListDomainsRequest();
                    if (object.domains) {
                        if (!$Array.isArray(object.domains))
                            throw $TypeError(".hvsim.control.v1.ListDomainsRequest.domains: array expected");
                        message.domains = $Array(object.domains.length);
                        for (var i = 0; i < object.domains.length; ++i)
                            message.domains[i] = $String(object.domains[i]);
                    }
                    return message;
                };

                ListDomainsRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.domains = [];
                    if (message.domains && message.domains.length) {
                        object.domains = $Array(message.domains.length);
                        for (var j = 0; j < message.domains.length; ++j)
                            object.domains[j] = message.domains[j];
                    }
                    return object;
                };

                ListDomainsRequest.prototype.toJSON = function() {
                    return ListDomainsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ListDomainsRequest;
            })();

            v1.ListDomainsResponse = (function() {

                var ListDomainsResponse = function (properties) {
                    this.domains = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ListDomainsResponse.prototype.domains = $util.emptyArray;

                ListDomainsResponse.create = function(properties) {
                    return new ListDomainsResponse(properties);
                };

                ListDomainsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domains != null && message.domains.length)
                        for (var i = 0; i < message.domains.length; ++i)
                            $root.hvsim.control.v1.Domain.encode(message.domains[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ListDomainsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.ListDomainsResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.domains && message.domains.length))
                                    message.domains = [];
                                message.domains.push($root.hvsim.control.v1.Domain.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ListDomainsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.ListDomainsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.ListDomainsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.ListDomainsResponse();
                    if (object.domains) {
                        if (!$Array.isArray(object.domains))
                            throw $TypeError(".hvsim.control.v1.ListDomainsResponse.domains: array expected");
                        message.domains = $Array(object.domains.length);
                        for (var i = 0; i < object.domains.length; ++i) {
                            if (!$util.isObject(object.domains[i]))
                                throw $TypeError(".hvsim.control.v1.ListDomainsResponse.domains: object expected");
                            message.domains[i] = $root.hvsim.control.v1.Domain.fromObject(object.domains[i], _depth + 1);
                        }
                    }
                    return message;
                };

                ListDomainsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.domains = [];
                    if (message.domains && message.domains.length) {
                        object.domains = $Array(message.domains.length);
                        for (var j = 0; j < message.domains.length; ++j)
                            object.domains[j] = $root.hvsim.control.v1.Domain.toObject(message.domains[j], options, _depth + 1);
                    }
                    return object;
                };

                ListDomainsResponse.prototype.toJSON = function() {
                    return ListDomainsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ListDomainsResponse;
            })();

            v1.GetDomainInfoRequest = (function() {

                var GetDomainInfoRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GetDomainInfoRequest.prototype.domain = "";

                GetDomainInfoRequest.create = function(properties) {
                    return new GetDomainInfoRequest(properties);
                };

                GetDomainInfoRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GetDomainInfoRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.GetDomainInfoRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                GetDomainInfoRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.GetDomainInfoRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.GetDomainInfoRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.GetDomainInfoRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    return message;
                };

                GetDomainInfoRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domain = "";
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    return object;
                };

                GetDomainInfoRequest.prototype.toJSON = function() {
                    return GetDomainInfoRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return GetDomainInfoRequest;
            })();

            v1.GetDomainInfoResponse = (function() {

                var GetDomainInfoResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GetDomainInfoResponse.prototype.domain = null;

                GetDomainInfoResponse.create = function(properties) {
                    return new GetDomainInfoResponse(properties);
                };

                GetDomainInfoResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        $root.hvsim.control.v1.Domain.encode(message.domain, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GetDomainInfoResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.GetDomainInfoResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.domain = $root.hvsim.control.v1.Domain.decode(reader, reader.size(), $undefined, _depth + 1, message.domain);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                GetDomainInfoResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.GetDomainInfoResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.GetDomainInfoResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.GetDomainInfoResponse();
                    if (object.domain != null) {
                        if (!$util.isObject(object.domain))
                            throw $TypeError(".hvsim.control.v1.GetDomainInfoResponse.domain: object expected");
                        message.domain = $root.hvsim.control.v1.Domain.fromObject(object.domain, _depth + 1);
                    }
                    return message;
                };

                GetDomainInfoResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domain = null;
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = $root.hvsim.control.v1.Domain.toObject(message.domain, options, _depth + 1);
                    return object;
                };

                GetDomainInfoResponse.prototype.toJSON = function() {
                    return GetDomainInfoResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return GetDomainInfoResponse;
            })();

            v1.PauseDomainRequest = (function() {

                var PauseDomainRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PauseDomainRequest.prototype.domain = "";

                PauseDomainRequest.create = function(properties) {
                    return new PauseDomainRequest(properties);
                };

                PauseDomainRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PauseDomainRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.PauseDomainRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                PauseDomainRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.PauseDomainRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.PauseDomainRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.PauseDomainRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    return message;
                };

                PauseDomainRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domain = "";
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    return object;
                };

                PauseDomainRequest.prototype.toJSON = function() {
                    return PauseDomainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return PauseDomainRequest;
            })();

            v1.PauseDomainResponse = (function() {

                var PauseDomainResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PauseDomainResponse.create = function(properties) {
                    return new PauseDomainResponse(properties);
                };

                PauseDomainResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PauseDomainResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.PauseDomainResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                PauseDomainResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.PauseDomainResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.PauseDomainResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.PauseDomainResponse();
                };

                PauseDomainResponse.toObject = function () {
                    return {};
                };

                PauseDomainResponse.prototype.toJSON = function() {
                    return PauseDomainResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return PauseDomainResponse;
            })();

            v1.UnpauseDomainRequest = (function() {

                var UnpauseDomainRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                UnpauseDomainRequest.prototype.domain = "";

                UnpauseDomainRequest.create = function(properties) {
                    return new UnpauseDomainRequest(properties);
                };

                UnpauseDomainRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                UnpauseDomainRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.UnpauseDomainRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                UnpauseDomainRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.UnpauseDomainRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.UnpauseDomainRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.UnpauseDomainRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    return message;
                };

                UnpauseDomainRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domain = "";
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    return object;
                };

                UnpauseDomainRequest.prototype.toJSON = function() {
                    return UnpauseDomainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return UnpauseDomainRequest;
            })();

            v1.UnpauseDomainResponse = (function() {

                var UnpauseDomainResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                UnpauseDomainResponse.create = function(properties) {
                    return new UnpauseDomainResponse(properties);
                };

                UnpauseDomainResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                UnpauseDomainResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.UnpauseDomainResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                UnpauseDomainResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.UnpauseDomainResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.UnpauseDomainResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.UnpauseDomainResponse();
                };

                UnpauseDomainResponse.toObject = function () {
                    return {};
                };

                UnpauseDomainResponse.prototype.toJSON = function() {
                    return UnpauseDomainResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return UnpauseDomainResponse;
            })();

            v1.ShutdownDomainRequest = (function() {

                var ShutdownDomainRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ShutdownDomainRequest.prototype.domain = "";
                ShutdownDomainRequest.prototype.wait = false;
                ShutdownDomainRequest.prototype.force = false;

                ShutdownDomainRequest.create = function(properties) {
                    return new ShutdownDomainRequest(properties);
                };

                ShutdownDomainRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.wait != null && $Object.hasOwnProperty.call(message, "wait") && message.wait !== false)
                        writer.uint32(16).bool(message.wait);
                    if (message.force != null && $Object.hasOwnProperty.call(message, "force") && message.force !== false)
                        writer.uint32(24).bool(message.force);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ShutdownDomainRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.ShutdownDomainRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.wait = value;
                                else
                                    delete message.wait;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.force = value;
                                else
                                    delete message.force;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ShutdownDomainRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.ShutdownDomainRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.ShutdownDomainRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.ShutdownDomainRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    if (object.wait != null)
                        if (object.wait)
                            message.wait = $Boolean(object.wait);
                    if (object.force != null)
                        if (object.force)
                            message.force = $Boolean(object.force);
                    return message;
                };

                ShutdownDomainRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domain = "";
                        object.wait = false;
                        object.force = false;
                    }
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    if (message.wait != null && $Object.hasOwnProperty.call(message, "wait"))
                        object.wait = message.wait;
                    if (message.force != null && $Object.hasOwnProperty.call(message, "force"))
                        object.force = message.force;
                    return object;
                };

                ShutdownDomainRequest.prototype.toJSON = function() {
                    return ShutdownDomainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ShutdownDomainRequest;
            })();

            v1.ShutdownDomainResponse = (function() {

                var ShutdownDomainResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ShutdownDomainResponse.prototype.domid = 0;

                ShutdownDomainResponse.create = function(properties) {
                    return new ShutdownDomainResponse(properties);
                };

                ShutdownDomainResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ShutdownDomainResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.ShutdownDomainResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ShutdownDomainResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.ShutdownDomainResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.ShutdownDomainResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.ShutdownDomainResponse();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    return message;
                };

                ShutdownDomainResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    return object;
                };

                ShutdownDomainResponse.prototype.toJSON = function() {
                    return ShutdownDomainResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ShutdownDomainResponse;
            })();

            v1.RebootDomainRequest = (function() {

                var RebootDomainRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RebootDomainRequest.prototype.domain = "";
                RebootDomainRequest.prototype.wait = false;
                RebootDomainRequest.prototype.force = false;

                RebootDomainRequest.create = function(properties) {
                    return new RebootDomainRequest(properties);
                };

                RebootDomainRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.wait != null && $Object.hasOwnProperty.call(message, "wait") && message.wait !== false)
                        writer.uint32(16).bool(message.wait);
                    if (message.force != null && $Object.hasOwnProperty.call(message, "force") && message.force !== false)
                        writer.uint32(24).bool(message.force);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RebootDomainRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.RebootDomainRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.wait = value;
                                else
                                    delete message.wait;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.force = value;
                                else
                                    delete message.force;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                RebootDomainRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.RebootDomainRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.RebootDomainRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.RebootDomainRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    if (object.wait != null)
                        if (object.wait)
                            message.wait = $Boolean(object.wait);
                    if (object.force != null)
                        if (object.force)
                            message.force = $Boolean(object.force);
                    return message;
                };

                RebootDomainRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domain = "";
                        object.wait = false;
                        object.force = false;
                    }
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    if (message.wait != null && $Object.hasOwnProperty.call(message, "wait"))
                        object.wait = message.wait;
                    if (message.force != null && $Object.hasOwnProperty.call(message, "force"))
                        object.force = message.force;
                    return object;
                };

                RebootDomainRequest.prototype.toJSON = function() {
                    return RebootDomainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return RebootDomainRequest;
            })();

            v1.RebootDomainResponse = (function() {

                var RebootDomainResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RebootDomainResponse.prototype.domid = 0;

                RebootDomainResponse.create = function(properties) {
                    return new RebootDomainResponse(properties);
                };

                RebootDomainResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RebootDomainResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.RebootDomainResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                RebootDomainResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.RebootDomainResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.RebootDomainResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.RebootDomainResponse();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    return message;
                };

                RebootDomainResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    return object;
                };

                RebootDomainResponse.prototype.toJSON = function() {
                    return RebootDomainResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return RebootDomainResponse;
            })();

            v1.DestroyDomainRequest = (function() {

                var DestroyDomainRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DestroyDomainRequest.prototype.domain = "";

                DestroyDomainRequest.create = function(properties) {
                    return new DestroyDomainRequest(properties);
                };

                DestroyDomainRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DestroyDomainRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DestroyDomainRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DestroyDomainRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DestroyDomainRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DestroyDomainRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DestroyDomainRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    return message;
                };

                DestroyDomainRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domain = "";
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    return object;
                };

                DestroyDomainRequest.prototype.toJSON = function() {
                    return DestroyDomainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DestroyDomainRequest;
            })();

            v1.DestroyDomainResponse = (function() {

                var DestroyDomainResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DestroyDomainResponse.prototype.domid = 0;

                DestroyDomainResponse.create = function(properties) {
                    return new DestroyDomainResponse(properties);
                };

                DestroyDomainResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DestroyDomainResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DestroyDomainResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DestroyDomainResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DestroyDomainResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DestroyDomainResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DestroyDomainResponse();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    return message;
                };

                DestroyDomainResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    return object;
                };

                DestroyDomainResponse.prototype.toJSON = function() {
                    return DestroyDomainResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DestroyDomainResponse;
            })();

            v1.RenameDomainRequest = (function() {

                var RenameDomainRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RenameDomainRequest.prototype.domain = "";
                RenameDomainRequest.prototype.newName = "";

                RenameDomainRequest.create = function(properties) {
                    return new RenameDomainRequest(properties);
                };

                RenameDomainRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.newName != null && $Object.hasOwnProperty.call(message, "newName") && message.newName !== "")
                        writer.uint32(18).string(message.newName);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RenameDomainRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.RenameDomainRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.newName = value;
                                else
                                    delete message.newName;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                RenameDomainRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.RenameDomainRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.RenameDomainRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.RenameDomainRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    if (object.newName != null)
                        if (typeof object.newName !== "string" || object.newName.length)
                            message.newName = $String(object.newName);
                    return message;
                };

                RenameDomainRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domain = "";
                        object.newName = "";
                    }
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    if (message.newName != null && $Object.hasOwnProperty.call(message, "newName"))
                        object.newName = message.newName;
                    return object;
                };

                RenameDomainRequest.prototype.toJSON = function() {
                    return RenameDomainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return RenameDomainRequest;
            })();

            v1.RenameDomainResponse = (function() {

                var RenameDomainResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RenameDomainResponse.create = function(properties) {
                    return new RenameDomainResponse(properties);
                };

                RenameDomainResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RenameDomainResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.RenameDomainResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                RenameDomainResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.RenameDomainResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.RenameDomainResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.RenameDomainResponse();
                };

                RenameDomainResponse.toObject = function () {
                    return {};
                };

                RenameDomainResponse.prototype.toJSON = function() {
                    return RenameDomainResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return RenameDomainResponse;
            })();

            v1.ConsoleStreamRequest = (function() {

                var ConsoleStreamRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ConsoleStreamRequest.prototype.domain = "";
                ConsoleStreamRequest.prototype.follow = false;
                ConsoleStreamRequest.prototype.history = false;

                ConsoleStreamRequest.create = function(properties) {
                    return new ConsoleStreamRequest(properties);
                };

                ConsoleStreamRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.follow != null && $Object.hasOwnProperty.call(message, "follow") && message.follow !== false)
                        writer.uint32(16).bool(message.follow);
                    if (message.history != null && $Object.hasOwnProperty.call(message, "history") && message.history !== false)
                        writer.uint32(24).bool(message.history);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ConsoleStreamRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.ConsoleStreamRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.follow = value;
                                else
                                    delete message.follow;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.history = value;
                                else
                                    delete message.history;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ConsoleStreamRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.ConsoleStreamRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.ConsoleStreamRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.ConsoleStreamRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    if (object.follow != null)
                        if (object.follow)
                            message.follow = $Boolean(object.follow);
                    if (object.history != null)
                        if (object.history)
                            message.history = $Boolean(object.history);
                    return message;
                };

                ConsoleStreamRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domain = "";
                        object.follow = false;
                        object.history = false;
                    }
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                        object.follow = message.follow;
                    if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
                        object.history = message.history;
                    return object;
                };

                ConsoleStreamRequest.prototype.toJSON = function() {
                    return ConsoleStreamRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ConsoleStreamRequest;
            })();

            v1.ConsoleStreamResponse = (function() {

                var ConsoleStreamResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ConsoleStreamResponse.prototype.data = $util.newBuffer([]);

                ConsoleStreamResponse.create = function(properties) {
                    return new ConsoleStreamResponse(properties);
                };

                ConsoleStreamResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(10).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ConsoleStreamResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.ConsoleStreamResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ConsoleStreamResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.ConsoleStreamResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.ConsoleStreamResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.ConsoleStreamResponse();
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                ConsoleStreamResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                ConsoleStreamResponse.prototype.toJSON = function() {
                    return ConsoleStreamResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ConsoleStreamResponse;
            })();

            v1.ConsoleWriteRequest = (function() {

                var ConsoleWriteRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ConsoleWriteRequest.prototype.domain = "";
                ConsoleWriteRequest.prototype.data = $util.newBuffer([]);

                ConsoleWriteRequest.create = function(properties) {
                    return new ConsoleWriteRequest(properties);
                };

                ConsoleWriteRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(18).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ConsoleWriteRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.ConsoleWriteRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ConsoleWriteRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.ConsoleWriteRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.ConsoleWriteRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.ConsoleWriteRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                ConsoleWriteRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domain = "";
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                ConsoleWriteRequest.prototype.toJSON = function() {
                    return ConsoleWriteRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ConsoleWriteRequest;
            })();

            v1.ConsoleWriteResponse = (function() {

                var ConsoleWriteResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ConsoleWriteResponse.create = function(properties) {
                    return new ConsoleWriteResponse(properties);
                };

                ConsoleWriteResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ConsoleWriteResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.ConsoleWriteResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ConsoleWriteResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.ConsoleWriteResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.ConsoleWriteResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.ConsoleWriteResponse();
                };

                ConsoleWriteResponse.toObject = function () {
                    return {};
                };

                ConsoleWriteResponse.prototype.toJSON = function() {
                    return ConsoleWriteResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ConsoleWriteResponse;
            })();

            v1.DmesgRequest = (function() {

                var DmesgRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DmesgRequest.prototype.clear = false;

                DmesgRequest.create = function(properties) {
                    return new DmesgRequest(properties);
                };

                DmesgRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.clear != null && $Object.hasOwnProperty.call(message, "clear") && message.clear !== false)
                        writer.uint32(8).bool(message.clear);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DmesgRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DmesgRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.clear = value;
                                else
                                    delete message.clear;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DmesgRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DmesgRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DmesgRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DmesgRequest();
                    if (object.clear != null)
                        if (object.clear)
                            message.clear = $Boolean(object.clear);
                    return message;
                };

                DmesgRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.clear = false;
                    if (message.clear != null && $Object.hasOwnProperty.call(message, "clear"))
                        object.clear = message.clear;
                    return object;
                };

                DmesgRequest.prototype.toJSON = function() {
                    return DmesgRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DmesgRequest;
            })();

            v1.DmesgResponse = (function() {

                var DmesgResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DmesgResponse.prototype.text = "";

                DmesgResponse.create = function(properties) {
                    return new DmesgResponse(properties);
                };

                DmesgResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(10).string(message.text);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DmesgResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DmesgResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DmesgResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DmesgResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DmesgResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DmesgResponse();
                    if (object.text != null)
                        if (typeof object.text !== "string" || object.text.length)
                            message.text = $String(object.text);
                    return message;
                };

                DmesgResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.text = "";
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    return object;
                };

                DmesgResponse.prototype.toJSON = function() {
                    return DmesgResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DmesgResponse;
            })();

            v1.VcpuListRequest = (function() {

                var VcpuListRequest = function (properties) {
                    this.domains = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                VcpuListRequest.prototype.domains = $util.emptyArray;

                VcpuListRequest.create = function(properties) {
                    return new VcpuListRequest(properties);
                };

                VcpuListRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domains != null && message.domains.length)
                        for (var i = 0; i < message.domains.length; ++i)
                            writer.uint32(10).string(message.domains[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                VcpuListRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.VcpuListRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.domains && message.domains.length))
                                    message.domains = [];
                                message.domains.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                VcpuListRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.VcpuListRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.VcpuListRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.VcpuListRequest();
                    if (object.domains) {
                        if (!$Array.isArray(object.domains))
                            throw $TypeError(".hvsim.control.v1.VcpuListRequest.domains: array expected");
                        message.domains = $Array(object.domains.length);
                        for (var i = 0; i < object.domains.length; ++i)
                            message.domains[i] = $String(object.domains[i]);
                    }
                    return message;
                };

                VcpuListRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.domains = [];
                    if (message.domains && message.domains.length) {
                        object.domains = $Array(message.domains.length);
                        for (var j = 0; j < message.domains.length; ++j)
                            object.domains[j] = message.domains[j];
                    }
                    return object;
                };

                VcpuListRequest.prototype.toJSON = function() {
                    return VcpuListRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return VcpuListRequest;
            })();

            v1.VcpuListResponse = (function() {

                var VcpuListResponse = function (properties) {
                    this.vcpus = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                VcpuListResponse.prototype.vcpus = $util.emptyArray;

                VcpuListResponse.create = function(properties) {
                    return new VcpuListResponse(properties);
                };

                VcpuListResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vcpus != null && message.vcpus.length)
                        for (var i = 0; i < message.vcpus.length; ++i)
                            $root.hvsim.control.v1.VcpuListEntry.encode(message.vcpus[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                VcpuListResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.VcpuListResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.vcpus && message.vcpus.length))
                                    message.vcpus = [];
                                message.vcpus.push($root.hvsim.control.v1.VcpuListEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                VcpuListResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.VcpuListResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.VcpuListResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.VcpuListResponse();
                    if (object.vcpus) {
                        if (!$Array.isArray(object.vcpus))
                            throw $TypeError(".hvsim.control.v1.VcpuListResponse.vcpus: array expected");
                        message.vcpus = $Array(object.vcpus.length);
                        for (var i = 0; i < object.vcpus.length; ++i) {
                            if (!$util.isObject(object.vcpus[i]))
                                throw $TypeError(".hvsim.control.v1.VcpuListResponse.vcpus: object expected");
                            message.vcpus[i] = $root.hvsim.control.v1.VcpuListEntry.fromObject(object.vcpus[i], _depth + 1);
                        }
                    }
                    return message;
                };

                VcpuListResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.vcpus = [];
                    if (message.vcpus && message.vcpus.length) {
                        object.vcpus = $Array(message.vcpus.length);
                        for (var j = 0; j < message.vcpus.length; ++j)
                            object.vcpus[j] = $root.hvsim.control.v1.VcpuListEntry.toObject(message.vcpus[j], options, _depth + 1);
                    }
                    return object;
                };

                VcpuListResponse.prototype.toJSON = function() {
                    return VcpuListResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return VcpuListResponse;
            })();

            v1.VcpuListEntry = (function() {

                var VcpuListEntry = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                VcpuListEntry.prototype.name = "";
                VcpuListEntry.prototype.domid = 0;
                VcpuListEntry.prototype.vcpu = null;

                VcpuListEntry.create = function(properties) {
                    return new VcpuListEntry(properties);
                };

                VcpuListEntry.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(10).string(message.name);
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(16).uint32(message.domid);
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu"))
                        $root.hvsim.control.v1.VcpuInfo.encode(message.vcpu, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                VcpuListEntry.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.VcpuListEntry();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.vcpu = $root.hvsim.control.v1.VcpuInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.vcpu);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                VcpuListEntry.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.VcpuListEntry)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.VcpuListEntry: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.VcpuListEntry();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.vcpu != null) {
                        if (!$util.isObject(object.vcpu))
                            throw $TypeError(".hvsim.control.v1.VcpuListEntry.vcpu: object expected");
                        message.vcpu = $root.hvsim.control.v1.VcpuInfo.fromObject(object.vcpu, _depth + 1);
                    }
                    return message;
                };

                VcpuListEntry.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.name = "";
                        object.domid = 0;
                        object.vcpu = null;
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu"))
                        object.vcpu = $root.hvsim.control.v1.VcpuInfo.toObject(message.vcpu, options, _depth + 1);
                    return object;
                };

                VcpuListEntry.prototype.toJSON = function() {
                    return VcpuListEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                return VcpuListEntry;
            })();

            v1.VcpuPinRequest = (function() {

                var VcpuPinRequest = function (properties) {
                    this.hardAffinity = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                VcpuPinRequest.prototype.domain = "";
                VcpuPinRequest.prototype.vcpu = null;
                VcpuPinRequest.prototype.hardAffinity = $util.emptyArray;

                var $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(VcpuPinRequest.prototype, "_vcpu", {
                    get: $util.oneOfGetter($oneOfFields = ["vcpu"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                VcpuPinRequest.create = function(properties) {
                    return new VcpuPinRequest(properties);
                };

                VcpuPinRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu"))
                        writer.uint32(16).uint32(message.vcpu);
                    if (message.hardAffinity != null && message.hardAffinity.length)
                        writer.uint32(26).uint32s(message.hardAffinity);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                VcpuPinRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.VcpuPinRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.vcpu = reader.uint32();
                                message._vcpu = "vcpu";
                                continue;
                            }
                        case 3: {
                                if (wireType === 2) {
                                    if (!(message.hardAffinity && message.hardAffinity.length))
                                        message.hardAffinity = [];
                                    reader.uint32s(message.hardAffinity);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.hardAffinity && message.hardAffinity.length))
                                    message.hardAffinity = [];
                                message.hardAffinity.push(reader.uint32());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                VcpuPinRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.VcpuPinRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.VcpuPinRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.VcpuPinRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    if (object.vcpu != null)
                        message.vcpu = object.vcpu >>> 0;
                    if (object.hardAffinity) {
                        if (!$Array.isArray(object.hardAffinity))
                            throw $TypeError(".hvsim.control.v1.VcpuPinRequest.hardAffinity: array expected");
                        message.hardAffinity = $Array(object.hardAffinity.length);
                        for (var i = 0; i < object.hardAffinity.length; ++i)
                            message.hardAffinity[i] = object.hardAffinity[i] >>> 0;
                    }
                    return message;
                };

                VcpuPinRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.hardAffinity = [];
                    if (options.defaults)
                        object.domain = "";
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    if (message.vcpu != null && $Object.hasOwnProperty.call(message, "vcpu"))
                        object.vcpu = message.vcpu;
                    if (message.hardAffinity && message.hardAffinity.length) {
                        object.hardAffinity = $Array(message.hardAffinity.length);
                        for (var j = 0; j < message.hardAffinity.length; ++j)
                            object.hardAffinity[j] = message.hardAffinity[j];
                    }
                    return object;
                };

                VcpuPinRequest.prototype.toJSON = function() {
                    return VcpuPinRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return VcpuPinRequest;
            })();

            v1.VcpuPinResponse = (function() {

                var VcpuPinResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                VcpuPinResponse.create = function(properties) {
                    return new VcpuPinResponse(properties);
                };

                VcpuPinResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                VcpuPinResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.VcpuPinResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                VcpuPinResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.VcpuPinResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.VcpuPinResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.VcpuPinResponse();
                };

                VcpuPinResponse.toObject = function () {
                    return {};
                };

                VcpuPinResponse.prototype.toJSON = function() {
                    return VcpuPinResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return VcpuPinResponse;
            })();

            v1.SchedCreditGetRequest = (function() {

                var SchedCreditGetRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SchedCreditGetRequest.prototype.domain = "";

                SchedCreditGetRequest.create = function(properties) {
                    return new SchedCreditGetRequest(properties);
                };

                SchedCreditGetRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SchedCreditGetRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.SchedCreditGetRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                SchedCreditGetRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.SchedCreditGetRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.SchedCreditGetRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.SchedCreditGetRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    return message;
                };

                SchedCreditGetRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domain = "";
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    return object;
                };

                SchedCreditGetRequest.prototype.toJSON = function() {
                    return SchedCreditGetRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SchedCreditGetRequest;
            })();

            v1.SchedCreditGetResponse = (function() {

                var SchedCreditGetResponse = function (properties) {
                    this.domains = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SchedCreditGetResponse.prototype.domains = $util.emptyArray;

                SchedCreditGetResponse.create = function(properties) {
                    return new SchedCreditGetResponse(properties);
                };

                SchedCreditGetResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domains != null && message.domains.length)
                        for (var i = 0; i < message.domains.length; ++i)
                            $root.hvsim.control.v1.SchedCreditEntry.encode(message.domains[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SchedCreditGetResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.SchedCreditGetResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.domains && message.domains.length))
                                    message.domains = [];
                                message.domains.push($root.hvsim.control.v1.SchedCreditEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                SchedCreditGetResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.SchedCreditGetResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.SchedCreditGetResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.SchedCreditGetResponse();
                    if (object.domains) {
                        if (!$Array.isArray(object.domains))
                            throw $TypeError(".hvsim.control.v1.SchedCreditGetResponse.domains: array expected");
                        message.domains = $Array(object.domains.length);
                        for (var i = 0; i < object.domains.length; ++i) {
                            if (!$util.isObject(object.domains[i]))
                                throw $TypeError(".hvsim.control.v1.SchedCreditGetResponse.domains: object expected");
                            message.domains[i] = $root.hvsim.control.v1.SchedCreditEntry.fromObject(object.domains[i], _depth + 1);
                        }
                    }
                    return message;
                };

                SchedCreditGetResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.domains = [];
                    if (message.domains && message.domains.length) {
                        object.domains = $Array(message.domains.length);
                        for (var j = 0; j < message.domains.length; ++j)
                            object.domains[j] = $root.hvsim.control.v1.SchedCreditEntry.toObject(message.domains[j], options, _depth + 1);
                    }
                    return object;
                };

                SchedCreditGetResponse.prototype.toJSON = function() {
                    return SchedCreditGetResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SchedCreditGetResponse;
            })();

            v1.SchedCreditEntry = (function() {

                var SchedCreditEntry = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SchedCreditEntry.prototype.name = "";
                SchedCreditEntry.prototype.domid = 0;
                SchedCreditEntry.prototype.params = null;

                SchedCreditEntry.create = function(properties) {
                    return new SchedCreditEntry(properties);
                };

                SchedCreditEntry.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(10).string(message.name);
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(16).uint32(message.domid);
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        $root.hvsim.control.v1.SchedCreditParams.encode(message.params, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SchedCreditEntry.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.SchedCreditEntry();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.params = $root.hvsim.control.v1.SchedCreditParams.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                SchedCreditEntry.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.SchedCreditEntry)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.SchedCreditEntry: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.SchedCreditEntry();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".hvsim.control.v1.SchedCreditEntry.params: object expected");
                        message.params = $root.hvsim.control.v1.SchedCreditParams.fromObject(object.params, _depth + 1);
                    }
                    return message;
                };

                SchedCreditEntry.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.name = "";
                        object.domid = 0;
                        object.params = null;
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.hvsim.control.v1.SchedCreditParams.toObject(message.params, options, _depth + 1);
                    return object;
                };

                SchedCreditEntry.prototype.toJSON = function() {
                    return SchedCreditEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SchedCreditEntry;
            })();

            v1.SchedCreditSetRequest = (function() {

                var SchedCreditSetRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SchedCreditSetRequest.prototype.domain = "";
                SchedCreditSetRequest.prototype.weight = null;
                SchedCreditSetRequest.prototype.cap = null;

                var $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SchedCreditSetRequest.prototype, "_weight", {
                    get: $util.oneOfGetter($oneOfFields = ["weight"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SchedCreditSetRequest.prototype, "_cap", {
                    get: $util.oneOfGetter($oneOfFields = ["cap"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                SchedCreditSetRequest.create = function(properties) {
                    return new SchedCreditSetRequest(properties);
                };

                SchedCreditSetRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.weight != null && $Object.hasOwnProperty.call(message, "weight"))
                        writer.uint32(16).uint32(message.weight);
                    if (message.cap != null && $Object.hasOwnProperty.call(message, "cap"))
                        writer.uint32(24).uint32(message.cap);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SchedCreditSetRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.SchedCreditSetRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.weight = reader.uint32();
                                message._weight = "weight";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.cap = reader.uint32();
                                message._cap = "cap";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                SchedCreditSetRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.SchedCreditSetRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.SchedCreditSetRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.SchedCreditSetRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    if (object.weight != null)
                        message.weight = object.weight >>> 0;
                    if (object.cap != null)
                        message.cap = object.cap >>> 0;
                    return message;
                };

                SchedCreditSetRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domain = "";
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    if (message.weight != null && $Object.hasOwnProperty.call(message, "weight"))
                        object.weight = message.weight;
                    if (message.cap != null && $Object.hasOwnProperty.call(message, "cap"))
                        object.cap = message.cap;
                    return object;
                };

                SchedCreditSetRequest.prototype.toJSON = function() {
                    return SchedCreditSetRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SchedCreditSetRequest;
            })();

            v1.SchedCreditSetResponse = (function() {

                var SchedCreditSetResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SchedCreditSetResponse.prototype.params = null;

                SchedCreditSetResponse.create = function(properties) {
                    return new SchedCreditSetResponse(properties);
                };

                SchedCreditSetResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        $root.hvsim.control.v1.SchedCreditParams.encode(message.params, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SchedCreditSetResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.SchedCreditSetResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.params = $root.hvsim.control.v1.SchedCreditParams.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                SchedCreditSetResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.SchedCreditSetResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.SchedCreditSetResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.SchedCreditSetResponse();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".hvsim.control.v1.SchedCreditSetResponse.params: object expected");
                        message.params = $root.hvsim.control.v1.SchedCreditParams.fromObject(object.params, _depth + 1);
                    }
                    return message;
                };

                SchedCreditSetResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.params = null;
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.hvsim.control.v1.SchedCreditParams.toObject(message.params, options, _depth + 1);
                    return object;
                };

                SchedCreditSetResponse.prototype.toJSON = function() {
                    return SchedCreditSetResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SchedCreditSetResponse;
            })();

            v1.MemSetRequest = (function() {

                var MemSetRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MemSetRequest.prototype.domain = "";
                MemSetRequest.prototype.targetKb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MemSetRequest.create = function(properties) {
                    return new MemSetRequest(properties);
                };

                MemSetRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.targetKb != null && $Object.hasOwnProperty.call(message, "targetKb") && (typeof message.targetKb === "object" ? message.targetKb.low || message.targetKb.high : message.targetKb !== 0))
                        writer.uint32(16).uint64(message.targetKb);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MemSetRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.MemSetRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.targetKb = value;
                                else
                                    delete message.targetKb;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MemSetRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.MemSetRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.MemSetRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.MemSetRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    if (object.targetKb != null)
                        if (typeof object.targetKb === "object" ? object.targetKb.low || object.targetKb.high : $Number(object.targetKb) !== 0)
                            if ($util.Long)
                                message.targetKb = $util.Long.fromValue(object.targetKb, true);
                            else if (typeof object.targetKb === "string")
                                message.targetKb = $parseInt(object.targetKb, 10);
                            else if (typeof object.targetKb === "number")
                                message.targetKb = object.targetKb;
                            else if (typeof object.targetKb === "object")
                                message.targetKb = new $util.LongBits(object.targetKb.low >>> 0, object.targetKb.high >>> 0).toNumber(true);
                    return message;
                };

                MemSetRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domain = "";
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.targetKb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.targetKb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    if (message.targetKb != null && $Object.hasOwnProperty.call(message, "targetKb"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.targetKb = typeof message.targetKb === "number" ? $BigInt(message.targetKb) : $util.Long.fromBits(message.targetKb.low >>> 0, message.targetKb.high >>> 0, true).toBigInt();
                        else if (typeof message.targetKb === "number")
                            object.targetKb = options.longs === $String ? $String(message.targetKb) : message.targetKb;
                        else
                            object.targetKb = options.longs === $String ? $util.Long.prototype.toString.call(message.targetKb) : options.longs === $Number ? new $util.LongBits(message.targetKb.low >>> 0, message.targetKb.high >>> 0).toNumber(true) : message.targetKb;
                    return object;
                };

                MemSetRequest.prototype.toJSON = function() {
                    return MemSetRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return MemSetRequest;
            })();

            v1.MemSetResponse = (function() {

                var MemSetResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MemSetResponse.create = function(properties) {
                    return new MemSetResponse(properties);
                };

                MemSetResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MemSetResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.MemSetResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MemSetResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.MemSetResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.MemSetResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.MemSetResponse();
                };

                MemSetResponse.toObject = function () {
                    return {};
                };

                MemSetResponse.prototype.toJSON = function() {
                    return MemSetResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return MemSetResponse;
            })();

            v1.MemMaxRequest = (function() {

                var MemMaxRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MemMaxRequest.prototype.domain = "";
                MemMaxRequest.prototype.maxMemoryKb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MemMaxRequest.create = function(properties) {
                    return new MemMaxRequest(properties);
                };

                MemMaxRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.maxMemoryKb != null && $Object.hasOwnProperty.call(message, "maxMemoryKb") && (typeof message.maxMemoryKb === "object" ? message.maxMemoryKb.low || message.maxMemoryKb.high : message.maxMemoryKb !== 0))
                        writer.uint32(16).uint64(message.maxMemoryKb);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MemMaxRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.MemMaxRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxMemoryKb = value;
                                else
                                    delete message.maxMemoryKb;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MemMaxRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.MemMaxRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.MemMaxRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.MemMaxRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    if (object.maxMemoryKb != null)
                        if (typeof object.maxMemoryKb === "object" ? object.maxMemoryKb.low || object.maxMemoryKb.high : $Number(object.maxMemoryKb) !== 0)
                            if ($util.Long)
                                message.maxMemoryKb = $util.Long.fromValue(object.maxMemoryKb, true);
                            else if (typeof object.maxMemoryKb === "string")
                                message.maxMemoryKb = $parseInt(object.maxMemoryKb, 10);
                            else if (typeof object.maxMemoryKb === "number")
                                message.maxMemoryKb = object.maxMemoryKb;
                            else if (typeof object.maxMemoryKb === "object")
                                message.maxMemoryKb = new $util.LongBits(object.maxMemoryKb.low >>> 0, object.maxMemoryKb.high >>> 0).toNumber(true);
                    return message;
                };

                MemMaxRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domain = "";
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.maxMemoryKb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxMemoryKb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    if (message.maxMemoryKb != null && $Object.hasOwnProperty.call(message, "maxMemoryKb"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxMemoryKb = typeof message.maxMemoryKb === "number" ? $BigInt(message.maxMemoryKb) : $util.Long.fromBits(message.maxMemoryKb.low >>> 0, message.maxMemoryKb.high >>> 0, true).toBigInt();
                        else if (typeof message.maxMemoryKb === "number")
                            object.maxMemoryKb = options.longs === $String ? $String(message.maxMemoryKb) : message.maxMemoryKb;
                        else
                            object.maxMemoryKb = options.longs === $String ? $util.Long.prototype.toString.call(message.maxMemoryKb) : options.longs === $Number ? new $util.LongBits(message.maxMemoryKb.low >>> 0, message.maxMemoryKb.high >>> 0).toNumber(true) : message.maxMemoryKb;
                    return object;
                };

                MemMaxRequest.prototype.toJSON = function() {
                    return MemMaxRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return MemMaxRequest;
            })();

            v1.MemMaxResponse = (function() {

                var MemMaxResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MemMaxResponse.create = function(properties) {
                    return new MemMaxResponse(properties);
                };

                MemMaxResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MemMaxResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.MemMaxResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MemMaxResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.MemMaxResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.MemMaxResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.MemMaxResponse();
                };

                MemMaxResponse.toObject = function () {
                    return {};
                };

                MemMaxResponse.prototype.toJSON = function() {
                    return MemMaxResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return MemMaxResponse;
            })();

            v1.SaveRequest = (function() {

                var SaveRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SaveRequest.prototype.domain = "";
                SaveRequest.prototype.file = "";
                SaveRequest.prototype.checkpoint = false;
                SaveRequest.prototype.paused = false;

                SaveRequest.create = function(properties) {
                    return new SaveRequest(properties);
                };

                SaveRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.file != null && $Object.hasOwnProperty.call(message, "file") && message.file !== "")
                        writer.uint32(18).string(message.file);
                    if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint") && message.checkpoint !== false)
                        writer.uint32(24).bool(message.checkpoint);
                    if (message.paused != null && $Object.hasOwnProperty.call(message, "paused") && message.paused !== false)
                        writer.uint32(32).bool(message.paused);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SaveRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.SaveRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.file = value;
                                else
                                    delete message.file;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.checkpoint = value;
                                else
                                    delete message.checkpoint;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.paused = value;
                                else
                                    delete message.paused;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                SaveRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.SaveRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.SaveRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.SaveRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    if (object.file != null)
                        if (typeof object.file !== "string" || object.file.length)
                            message.file = $String(object.file);
                    if (object.checkpoint != null)
                        if (object.checkpoint)
                            message.checkpoint = $Boolean(object.checkpoint);
                    if (object.paused != null)
                        if (object.paused)
                            message.paused = $Boolean(object.paused);
                    return message;
                };

                SaveRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domain = "";
                        object.file = "";
                        object.checkpoint = false;
                        object.paused = false;
                    }
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                        object.file = message.file;
                    if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                        object.checkpoint = message.checkpoint;
                    if (message.paused != null && $Object.hasOwnProperty.call(message, "paused"))
                        object.paused = message.paused;
                    return object;
                };

                SaveRequest.prototype.toJSON = function() {
                    return SaveRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SaveRequest;
            })();

            v1.SaveResponse = (function() {

                var SaveResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SaveResponse.prototype.image = $util.newBuffer([]);

                SaveResponse.create = function(properties) {
                    return new SaveResponse(properties);
                };

                SaveResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image.length)
                        writer.uint32(10).bytes(message.image);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SaveResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.SaveResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.image = value;
                                else
                                    delete message.image;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                SaveResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.SaveResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.SaveResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.SaveResponse();
                    if (object.image != null)
                        if (object.image.length)
                            if (typeof object.image === "string")
                                $util.base64.decode(object.image, message.image = $util.newBuffer($util.base64.length(object.image)), 0);
                            else if (object.image.length >= 0)
                                message.image = object.image;
                    return message;
                };

                SaveResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.image = "";
                        else {
                            object.image = [];
                            if (options.bytes !== $Array)
                                object.image = $util.newBuffer(object.image);
                        }
                    if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                        object.image = options.bytes === $String ? $util.base64.encode(message.image, 0, message.image.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.image) : message.image;
                    return object;
                };

                SaveResponse.prototype.toJSON = function() {
                    return SaveResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SaveResponse;
            })();

            v1.RestoreRequest = (function() {

                var RestoreRequest = function (properties) {
                    this.overrides = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RestoreRequest.prototype.file = "";
                RestoreRequest.prototype.paused = false;
                RestoreRequest.prototype.overrides = $util.emptyArray;
                RestoreRequest.prototype.image = $util.newBuffer([]);

                RestoreRequest.create = function(properties) {
                    return new RestoreRequest(properties);
                };

                RestoreRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.file != null && $Object.hasOwnProperty.call(message, "file") && message.file !== "")
                        writer.uint32(10).string(message.file);
                    if (message.paused != null && $Object.hasOwnProperty.call(message, "paused") && message.paused !== false)
                        writer.uint32(16).bool(message.paused);
                    if (message.overrides != null && message.overrides.length)
                        for (var i = 0; i < message.overrides.length; ++i)
                            writer.uint32(26).string(message.overrides[i]);
                    if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image.length)
                        writer.uint32(34).bytes(message.image);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RestoreRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.RestoreRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.file = value;
                                else
                                    delete message.file;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.paused = value;
                                else
                                    delete message.paused;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.overrides && message.overrides.length))
                                    message.overrides = [];
                                message.overrides.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.image = value;
                                else
                                    delete message.image;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                RestoreRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.RestoreRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.RestoreRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.RestoreRequest();
                    if (object.file != null)
                        if (typeof object.file !== "string" || object.file.length)
                            message.file = $String(object.file);
                    if (object.paused != null)
                        if (object.paused)
                            message.paused = $Boolean(object.paused);
                    if (object.overrides) {
                        if (!$Array.isArray(object.overrides))
                            throw $TypeError(".hvsim.control.v1.RestoreRequest.overrides: array expected");
                        message.overrides = $Array(object.overrides.length);
                        for (var i = 0; i < object.overrides.length; ++i)
                            message.overrides[i] = $String(object.overrides[i]);
                    }
                    if (object.image != null)
                        if (object.image.length)
                            if (typeof object.image === "string")
                                $util.base64.decode(object.image, message.image = $util.newBuffer($util.base64.length(object.image)), 0);
                            else if (object.image.length >= 0)
                                message.image = object.image;
                    return message;
                };

                RestoreRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.overrides = [];
                    if (options.defaults) {
                        object.file = "";
                        object.paused = false;
                        if (options.bytes === $String)
                            object.image = "";
                        else {
                            object.image = [];
                            if (options.bytes !== $Array)
                                object.image = $util.newBuffer(object.image);
                        }
                    }
                    if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                        object.file = message.file;
                    if (message.paused != null && $Object.hasOwnProperty.call(message, "paused"))
                        object.paused = message.paused;
                    if (message.overrides && message.overrides.length) {
                        object.overrides = $Array(message.overrides.length);
                        for (var j = 0; j < message.overrides.length; ++j)
                            object.overrides[j] = message.overrides[j];
                    }
                    if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                        object.image = options.bytes === $String ? $util.base64.encode(message.image, 0, message.image.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.image) : message.image;
                    return object;
                };

                RestoreRequest.prototype.toJSON = function() {
                    return RestoreRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return RestoreRequest;
            })();

            v1.RestoreResponse = (function() {

                var RestoreResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RestoreResponse.prototype.domid = 0;
                RestoreResponse.prototype.name = "";

                RestoreResponse.create = function(properties) {
                    return new RestoreResponse(properties);
                };

                RestoreResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(18).string(message.name);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RestoreResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.RestoreResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                RestoreResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.RestoreResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.RestoreResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.RestoreResponse();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    return message;
                };

                RestoreResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domid = 0;
                        object.name = "";
                    }
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    return object;
                };

                RestoreResponse.prototype.toJSON = function() {
                    return RestoreResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return RestoreResponse;
            })();

            v1.MigrateRequest = (function() {

                var MigrateRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MigrateRequest.prototype.domain = "";
                MigrateRequest.prototype.destination = "";
                MigrateRequest.prototype.live = false;

                MigrateRequest.create = function(properties) {
                    return new MigrateRequest(properties);
                };

                MigrateRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                        writer.uint32(10).string(message.domain);
                    if (message.destination != null && $Object.hasOwnProperty.call(message, "destination") && message.destination !== "")
                        writer.uint32(18).string(message.destination);
                    if (message.live != null && $Object.hasOwnProperty.call(message, "live") && message.live !== false)
                        writer.uint32(24).bool(message.live);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MigrateRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.MigrateRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.domain = value;
                                else
                                    delete message.domain;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.destination = value;
                                else
                                    delete message.destination;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.live = value;
                                else
                                    delete message.live;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MigrateRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.MigrateRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.MigrateRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.MigrateRequest();
                    if (object.domain != null)
                        if (typeof object.domain !== "string" || object.domain.length)
                            message.domain = $String(object.domain);
                    if (object.destination != null)
                        if (typeof object.destination !== "string" || object.destination.length)
                            message.destination = $String(object.destination);
                    if (object.live != null)
                        if (object.live)
                            message.live = $Boolean(object.live);
                    return message;
                };

                MigrateRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.domain = "";
                        object.destination = "";
                        object.live = false;
                    }
                    if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                        object.domain = message.domain;
                    if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                        object.destination = message.destination;
                    if (message.live != null && $Object.hasOwnProperty.call(message, "live"))
                        object.live = message.live;
                    return object;
                };

                MigrateRequest.prototype.toJSON = function() {
                    return MigrateRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return MigrateRequest;
            })();

            v1.MigrateResponse = (function() {

                var MigrateResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MigrateResponse.prototype.domid = 0;

                MigrateResponse.create = function(properties) {
                    return new MigrateResponse(properties);
                };

                MigrateResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MigrateResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.MigrateResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MigrateResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.MigrateResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.MigrateResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.MigrateResponse();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    return message;
                };

                MigrateResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    return object;
                };

                MigrateResponse.prototype.toJSON = function() {
                    return MigrateResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return MigrateResponse;
            })();

            v1.EventsRequest = (function() {

                var EventsRequest = function (properties) {
                    this.domains = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventsRequest.prototype.domains = $util.emptyArray;

                EventsRequest.create = function(properties) {
                    return new EventsRequest(properties);
                };

                EventsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domains != null && message.domains.length)
                        for (var i = 0; i < message.domains.length; ++i)
                            writer.uint32(10).string(message.domains[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.EventsRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.domains && message.domains.length))
                                    message.domains = [];
                                message.domains.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.EventsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.EventsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.EventsRequest();
                    if (object.domains) {
                        if (!$Array.isArray(object.domains))
                            throw $TypeError(".hvsim.control.v1.EventsRequest.domains: array expected");
                        message.domains = $Array(object.domains.length);
                        for (var i = 0; i < object.domains.length; ++i)
                            message.domains[i] = $String(object.domains[i]);
                    }
                    return message;
                };

                EventsRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.domains = [];
                    if (message.domains && message.domains.length) {
                        object.domains = $Array(message.domains.length);
                        for (var j = 0; j < message.domains.length; ++j)
                            object.domains[j] = message.domains[j];
                    }
                    return object;
                };

                EventsRequest.prototype.toJSON = function() {
                    return EventsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return EventsRequest;
            })();

            v1.EventsResponse = (function() {

                var EventsResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventsResponse.prototype.event = null;

                EventsResponse.create = function(properties) {
                    return new EventsResponse(properties);
                };

                EventsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                        $root.hvsim.control.v1.DomainEvent.encode(message.event, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.EventsResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.event = $root.hvsim.control.v1.DomainEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.EventsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.EventsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.EventsResponse();
                    if (object.event != null) {
                        if (!$util.isObject(object.event))
                            throw $TypeError(".hvsim.control.v1.EventsResponse.event: object expected");
                        message.event = $root.hvsim.control.v1.DomainEvent.fromObject(object.event, _depth + 1);
                    }
                    return message;
                };

                EventsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.event = null;
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                        object.event = $root.hvsim.control.v1.DomainEvent.toObject(message.event, options, _depth + 1);
                    return object;
                };

                EventsResponse.prototype.toJSON = function() {
                    return EventsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return EventsResponse;
            })();

            v1.PhysinfoRequest = (function() {

                var PhysinfoRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PhysinfoRequest.create = function(properties) {
                    return new PhysinfoRequest(properties);
                };

                PhysinfoRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PhysinfoRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.PhysinfoRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                PhysinfoRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.PhysinfoRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.PhysinfoRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.PhysinfoRequest();
                };

                PhysinfoRequest.toObject = function () {
                    return {};
                };

                PhysinfoRequest.prototype.toJSON = function() {
                    return PhysinfoRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return PhysinfoRequest;
            })();

            v1.PhysinfoResponse = (function() {

                var PhysinfoResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PhysinfoResponse.prototype.physinfo = null;

                PhysinfoResponse.create = function(properties) {
                    return new PhysinfoResponse(properties);
                };

                PhysinfoResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.physinfo != null && $Object.hasOwnProperty.call(message, "physinfo"))
                        $root.hvsim.control.v1.Physinfo.encode(message.physinfo, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PhysinfoResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.PhysinfoResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.physinfo = $root.hvsim.control.v1.Physinfo.decode(reader, reader.size(), $undefined, _depth + 1, message.physinfo);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                PhysinfoResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.PhysinfoResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.PhysinfoResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.PhysinfoResponse();
                    if (object.physinfo != null) {
                        if (!$util.isObject(object.physinfo))
                            throw $TypeError(".hvsim.control.v1.PhysinfoResponse.physinfo: object expected");
                        message.physinfo = $root.hvsim.control.v1.Physinfo.fromObject(object.physinfo, _depth + 1);
                    }
                    return message;
                };

                PhysinfoResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.physinfo = null;
                    if (message.physinfo != null && $Object.hasOwnProperty.call(message, "physinfo"))
                        object.physinfo = $root.hvsim.control.v1.Physinfo.toObject(message.physinfo, options, _depth + 1);
                    return object;
                };

                PhysinfoResponse.prototype.toJSON = function() {
                    return PhysinfoResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return PhysinfoResponse;
            })();

            v1.DomainIdRequest = (function() {

                var DomainIdRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomainIdRequest.prototype.name = "";

                DomainIdRequest.create = function(properties) {
                    return new DomainIdRequest(properties);
                };

                DomainIdRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(10).string(message.name);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomainIdRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomainIdRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomainIdRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomainIdRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomainIdRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomainIdRequest();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    return message;
                };

                DomainIdRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.name = "";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    return object;
                };

                DomainIdRequest.prototype.toJSON = function() {
                    return DomainIdRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomainIdRequest;
            })();

            v1.DomainIdResponse = (function() {

                var DomainIdResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomainIdResponse.prototype.domid = 0;

                DomainIdResponse.create = function(properties) {
                    return new DomainIdResponse(properties);
                };

                DomainIdResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomainIdResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomainIdResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomainIdResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomainIdResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomainIdResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomainIdResponse();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    return message;
                };

                DomainIdResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    return object;
                };

                DomainIdResponse.prototype.toJSON = function() {
                    return DomainIdResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomainIdResponse;
            })();

            v1.DomainNameRequest = (function() {

                var DomainNameRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomainNameRequest.prototype.domid = 0;

                DomainNameRequest.create = function(properties) {
                    return new DomainNameRequest(properties);
                };

                DomainNameRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid") && message.domid !== 0)
                        writer.uint32(8).uint32(message.domid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomainNameRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomainNameRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.domid = value;
                                else
                                    delete message.domid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomainNameRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomainNameRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomainNameRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomainNameRequest();
                    if (object.domid != null)
                        if ($Number(object.domid) !== 0)
                            message.domid = object.domid >>> 0;
                    return message;
                };

                DomainNameRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.domid = 0;
                    if (message.domid != null && $Object.hasOwnProperty.call(message, "domid"))
                        object.domid = message.domid;
                    return object;
                };

                DomainNameRequest.prototype.toJSON = function() {
                    return DomainNameRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomainNameRequest;
            })();

            v1.DomainNameResponse = (function() {

                var DomainNameResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DomainNameResponse.prototype.name = "";

                DomainNameResponse.create = function(properties) {
                    return new DomainNameResponse(properties);
                };

                DomainNameResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(10).string(message.name);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DomainNameResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.DomainNameResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DomainNameResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.DomainNameResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.DomainNameResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.DomainNameResponse();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    return message;
                };

                DomainNameResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.name = "";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    return object;
                };

                DomainNameResponse.prototype.toJSON = function() {
                    return DomainNameResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DomainNameResponse;
            })();

            v1.HaltRequest = (function() {

                var HaltRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                HaltRequest.create = function(properties) {
                    return new HaltRequest(properties);
                };

                HaltRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                HaltRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.HaltRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                HaltRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.HaltRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.HaltRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.HaltRequest();
                };

                HaltRequest.toObject = function () {
                    return {};
                };

                HaltRequest.prototype.toJSON = function() {
                    return HaltRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return HaltRequest;
            })();

            v1.HaltResponse = (function() {

                var HaltResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                HaltResponse.create = function(properties) {
                    return new HaltResponse(properties);
                };

                HaltResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                HaltResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.HaltResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                HaltResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.HaltResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.HaltResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.HaltResponse();
                };

                HaltResponse.toObject = function () {
                    return {};
                };

                HaltResponse.prototype.toJSON = function() {
                    return HaltResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return HaltResponse;
            })();

            v1.InfoRequest = (function() {

                var InfoRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                InfoRequest.create = function(properties) {
                    return new InfoRequest(properties);
                };

                InfoRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                InfoRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.InfoRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                InfoRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.InfoRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.InfoRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hvsim.control.v1.InfoRequest();
                };

                InfoRequest.toObject = function () {
                    return {};
                };

                InfoRequest.prototype.toJSON = function() {
                    return InfoRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return InfoRequest;
            })();

            v1.InfoResponse = (function() {

                var InfoResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                InfoResponse.prototype.host = "";
                InfoResponse.prototype.version = null;
                InfoResponse.prototype.physinfo = null;
                InfoResponse.prototype.protocolVersion = 0;
                InfoResponse.prototype.xenstoreSocket = "";
                InfoResponse.prototype.controlSocket = "";
                InfoResponse.prototype.freeMemoryKb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                InfoResponse.prototype.totalMemoryKb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                InfoResponse.prototype.pacing = "";
                InfoResponse.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                InfoResponse.prototype.nrDomains = 0;

                InfoResponse.create = function(properties) {
                    return new InfoResponse(properties);
                };

                InfoResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                        writer.uint32(10).string(message.host);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        $root.hvsim.control.v1.VersionInfo.encode(message.version, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.physinfo != null && $Object.hasOwnProperty.call(message, "physinfo"))
                        $root.hvsim.control.v1.Physinfo.encode(message.physinfo, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                        writer.uint32(32).uint32(message.protocolVersion);
                    if (message.xenstoreSocket != null && $Object.hasOwnProperty.call(message, "xenstoreSocket") && message.xenstoreSocket !== "")
                        writer.uint32(42).string(message.xenstoreSocket);
                    if (message.controlSocket != null && $Object.hasOwnProperty.call(message, "controlSocket") && message.controlSocket !== "")
                        writer.uint32(50).string(message.controlSocket);
                    if (message.freeMemoryKb != null && $Object.hasOwnProperty.call(message, "freeMemoryKb") && (typeof message.freeMemoryKb === "object" ? message.freeMemoryKb.low || message.freeMemoryKb.high : message.freeMemoryKb !== 0))
                        writer.uint32(56).uint64(message.freeMemoryKb);
                    if (message.totalMemoryKb != null && $Object.hasOwnProperty.call(message, "totalMemoryKb") && (typeof message.totalMemoryKb === "object" ? message.totalMemoryKb.low || message.totalMemoryKb.high : message.totalMemoryKb !== 0))
                        writer.uint32(64).uint64(message.totalMemoryKb);
                    if (message.pacing != null && $Object.hasOwnProperty.call(message, "pacing") && message.pacing !== "")
                        writer.uint32(74).string(message.pacing);
                    if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                        writer.uint32(80).uint64(message.seed);
                    if (message.nrDomains != null && $Object.hasOwnProperty.call(message, "nrDomains") && message.nrDomains !== 0)
                        writer.uint32(88).uint32(message.nrDomains);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                InfoResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hvsim.control.v1.InfoResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.host = value;
                                else
                                    delete message.host;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.version = $root.hvsim.control.v1.VersionInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.version);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.physinfo = $root.hvsim.control.v1.Physinfo.decode(reader, reader.size(), $undefined, _depth + 1, message.physinfo);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.protocolVersion = value;
                                else
                                    delete message.protocolVersion;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.xenstoreSocket = value;
                                else
                                    delete message.xenstoreSocket;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.controlSocket = value;
                                else
                                    delete message.controlSocket;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.freeMemoryKb = value;
                                else
                                    delete message.freeMemoryKb;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.totalMemoryKb = value;
                                else
                                    delete message.totalMemoryKb;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.pacing = value;
                                else
                                    delete message.pacing;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.seed = value;
                                else
                                    delete message.seed;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.nrDomains = value;
                                else
                                    delete message.nrDomains;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                InfoResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.hvsim.control.v1.InfoResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hvsim.control.v1.InfoResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.hvsim.control.v1.InfoResponse();
                    if (object.host != null)
                        if (typeof object.host !== "string" || object.host.length)
                            message.host = $String(object.host);
                    if (object.version != null) {
                        if (!$util.isObject(object.version))
                            throw $TypeError(".hvsim.control.v1.InfoResponse.version: object expected");
                        message.version = $root.hvsim.control.v1.VersionInfo.fromObject(object.version, _depth + 1);
                    }
                    if (object.physinfo != null) {
                        if (!$util.isObject(object.physinfo))
                            throw $TypeError(".hvsim.control.v1.InfoResponse.physinfo: object expected");
                        message.physinfo = $root.hvsim.control.v1.Physinfo.fromObject(object.physinfo, _depth + 1);
                    }
                    if (object.protocolVersion != null)
                        if ($Number(object.protocolVersion) !== 0)
                            message.protocolVersion = object.protocolVersion >>> 0;
                    if (object.xenstoreSocket != null)
                        if (typeof object.xenstoreSocket !== "string" || object.xenstoreSocket.length)
                            message.xenstoreSocket = $String(object.xenstoreSocket);
                    if (object.controlSocket != null)
                        if (typeof object.controlSocket !== "string" || object.controlSocket.length)
                            message.controlSocket = $String(object.controlSocket);
                    if (object.freeMemoryKb != null)
                        if (typeof object.freeMemoryKb === "object" ? object.freeMemoryKb.low || object.freeMemoryKb.high : $Number(object.freeMemoryKb) !== 0)
                            if ($util.Long)
                                message.freeMemoryKb = $util.Long.fromValue(object.freeMemoryKb, true);
                            else if (typeof object.freeMemoryKb === "string")
                                message.freeMemoryKb = $parseInt(object.freeMemoryKb, 10);
                            else if (typeof object.freeMemoryKb === "number")
                                message.freeMemoryKb = object.freeMemoryKb;
                            else if (typeof object.freeMemoryKb === "object")
                                message.freeMemoryKb = new $util.LongBits(object.freeMemoryKb.low >>> 0, object.freeMemoryKb.high >>> 0).toNumber(true);
                    if (object.totalMemoryKb != null)
                        if (typeof object.totalMemoryKb === "object" ? object.totalMemoryKb.low || object.totalMemoryKb.high : $Number(object.totalMemoryKb) !== 0)
                            if ($util.Long)
                                message.totalMemoryKb = $util.Long.fromValue(object.totalMemoryKb, true);
                            else if (typeof object.totalMemoryKb === "string")
                                message.totalMemoryKb = $parseInt(object.totalMemoryKb, 10);
                            else if (typeof object.totalMemoryKb === "number")
                                message.totalMemoryKb = object.totalMemoryKb;
                            else if (typeof object.totalMemoryKb === "object")
                                message.totalMemoryKb = new $util.LongBits(object.totalMemoryKb.low >>> 0, object.totalMemoryKb.high >>> 0).toNumber(true);
                    if (object.pacing != null)
                        if (typeof object.pacing !== "string" || object.pacing.length)
                            message.pacing = $String(object.pacing);
                    if (object.seed != null)
                        if (typeof object.seed === "object" ? object.seed.low || object.seed.high : $Number(object.seed) !== 0)
                            if ($util.Long)
                                message.seed = $util.Long.fromValue(object.seed, true);
                            else if (typeof object.seed === "string")
                                message.seed = $parseInt(object.seed, 10);
                            else if (typeof object.seed === "number")
                                message.seed = object.seed;
                            else if (typeof object.seed === "object")
                                message.seed = new $util.LongBits(object.seed.low >>> 0, object.seed.high >>> 0).toNumber(true);
                    if (object.nrDomains != null)
                        if ($Number(object.nrDomains) !== 0)
                            message.nrDomains = object.nrDomains >>> 0;
                    return message;
                };

                InfoResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.host = "";
                        object.version = null;
                        object.physinfo = null;
                        object.protocolVersion = 0;
                        object.xenstoreSocket = "";
                        object.controlSocket = "";
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.freeMemoryKb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.freeMemoryKb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.totalMemoryKb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.totalMemoryKb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.pacing = "";
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.seed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.seed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.nrDomains = 0;
                    }
                    if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                        object.host = message.host;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = $root.hvsim.control.v1.VersionInfo.toObject(message.version, options, _depth + 1);
                    if (message.physinfo != null && $Object.hasOwnProperty.call(message, "physinfo"))
                        object.physinfo = $root.hvsim.control.v1.Physinfo.toObject(message.physinfo, options, _depth + 1);
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                        object.protocolVersion = message.protocolVersion;
                    if (message.xenstoreSocket != null && $Object.hasOwnProperty.call(message, "xenstoreSocket"))
                        object.xenstoreSocket = message.xenstoreSocket;
                    if (message.controlSocket != null && $Object.hasOwnProperty.call(message, "controlSocket"))
                        object.controlSocket = message.controlSocket;
                    if (message.freeMemoryKb != null && $Object.hasOwnProperty.call(message, "freeMemoryKb"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.freeMemoryKb = typeof message.freeMemoryKb === "number" ? $BigInt(message.freeMemoryKb) : $util.Long.fromBits(message.freeMemoryKb.low >>> 0, message.freeMemoryKb.high >>> 0, true).toBigInt();
                        else if (typeof message.freeMemoryKb === "number")
                            object.freeMemoryKb = options.longs === $String ? $String(message.freeMemoryKb) : message.freeMemoryKb;
                        else
                            object.freeMemoryKb = options.longs === $String ? $util.Long.prototype.toString.call(message.freeMemoryKb) : options.longs === $Number ? new $util.LongBits(message.freeMemoryKb.low >>> 0, message.freeMemoryKb.high >>> 0).toNumber(true) : message.freeMemoryKb;
                    if (message.totalMemoryKb != null && $Object.hasOwnProperty.call(message, "totalMemoryKb"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.totalMemoryKb = typeof message.totalMemoryKb === "number" ? $BigInt(message.totalMemoryKb) : $util.Long.fromBits(message.totalMemoryKb.low >>> 0, message.totalMemoryKb.high >>> 0, true).toBigInt();
                        else if (typeof message.totalMemoryKb === "number")
                            object.totalMemoryKb = options.longs === $String ? $String(message.totalMemoryKb) : message.totalMemoryKb;
                        else
                            object.totalMemoryKb = options.longs === $String ? $util.Long.prototype.toString.call(message.totalMemoryKb) : options.longs === $Number ? new $util.LongBits(message.totalMemoryKb.low >>> 0, message.totalMemoryKb.high >>> 0).toNumber(true) : message.totalMemoryKb;
                    if (message.pacing != null && $Object.hasOwnProperty.call(message, "pacing"))
                        object.pacing = message.pacing;
                    if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.seed = typeof message.seed === "number" ? $BigInt(message.seed) : $util.Long.fromBits(message.seed.low >>> 0, message.seed.high >>> 0, true).toBigInt();
                        else if (typeof message.seed === "number")
                            object.seed = options.longs === $String ? $String(message.seed) : message.seed;
                        else
                            object.seed = options.longs === $String ? $util.Long.prototype.toString.call(message.seed) : options.longs === $Number ? new $util.LongBits(message.seed.low >>> 0, message.seed.high >>> 0).toNumber(true) : message.seed;
                    if (message.nrDomains != null && $Object.hasOwnProperty.call(message, "nrDomains"))
                        object.nrDomains = message.nrDomains;
                    return object;
                };

                InfoResponse.prototype.toJSON = function() {
                    return InfoResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return InfoResponse;
            })();

            return v1;
        })();

        return control;
    })();

    return hvsim;
})();

module.exports = $root;
