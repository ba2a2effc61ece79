/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const meow = $root.meow = (() => {

    /**
     * Namespace meow.
     * @exports meow
     * @namespace
     */
    const meow = {};

    meow.PackedServerMessage = (function() {

        /**
         * Properties of a PackedServerMessage.
         * @typedef {Object} meow.PackedServerMessage.$Properties
         * @property {Uint8Array|null} [from] PackedServerMessage from
         * @property {Uint8Array|null} [payload] PackedServerMessage payload
         * @property {Uint8Array|null} [signature] PackedServerMessage signature
         * @property {number|null} [version] PackedServerMessage version
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PackedServerMessage.
         * @memberof meow
         * @interface IPackedServerMessage
         * @augments meow.PackedServerMessage.$Properties
         * @deprecated Use meow.PackedServerMessage.$Properties instead.
         */

        /**
         * Shape of a PackedServerMessage.
         * @typedef {meow.PackedServerMessage.$Properties} meow.PackedServerMessage.$Shape
         */

        /**
         * Constructs a new PackedServerMessage.
         * @memberof meow
         * @classdesc Represents a PackedServerMessage.
         * @constructor
         * @param {meow.PackedServerMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PackedServerMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PackedServerMessage from.
         * @member {Uint8Array} from
         * @memberof meow.PackedServerMessage
         * @instance
         */
        PackedServerMessage.prototype.from = $util.newBuffer([]);

        /**
         * PackedServerMessage payload.
         * @member {Uint8Array} payload
         * @memberof meow.PackedServerMessage
         * @instance
         */
        PackedServerMessage.prototype.payload = $util.newBuffer([]);

        /**
         * PackedServerMessage signature.
         * @member {Uint8Array} signature
         * @memberof meow.PackedServerMessage
         * @instance
         */
        PackedServerMessage.prototype.signature = $util.newBuffer([]);

        /**
         * PackedServerMessage version.
         * @member {number} version
         * @memberof meow.PackedServerMessage
         * @instance
         */
        PackedServerMessage.prototype.version = 0;

        /**
         * Creates a new PackedServerMessage instance using the specified properties.
         * @function create
         * @memberof meow.PackedServerMessage
         * @static
         * @param {meow.PackedServerMessage.$Properties=} [properties] Properties to set
         * @returns {meow.PackedServerMessage} PackedServerMessage instance
         * @type {{
         *   (properties: meow.PackedServerMessage.$Shape): meow.PackedServerMessage & meow.PackedServerMessage.$Shape;
         *   (properties?: meow.PackedServerMessage.$Properties): meow.PackedServerMessage;
         * }}
         */
        PackedServerMessage.create = function(properties) {
            return new PackedServerMessage(properties);
        };

        /**
         * Encodes the specified PackedServerMessage message. Does not implicitly {@link meow.PackedServerMessage.verify|verify} messages.
         * @function encode
         * @memberof meow.PackedServerMessage
         * @static
         * @param {meow.PackedServerMessage.$Properties} message PackedServerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PackedServerMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.from);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PackedServerMessage message, length delimited. Does not implicitly {@link meow.PackedServerMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.PackedServerMessage
         * @static
         * @param {meow.PackedServerMessage.$Properties} message PackedServerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PackedServerMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PackedServerMessage message from the specified reader or buffer.
         * @function decode
         * @memberof meow.PackedServerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.PackedServerMessage & meow.PackedServerMessage.$Shape} PackedServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PackedServerMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.PackedServerMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.from = value;
                        else
                            delete message.from;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.version = value;
                        else
                            delete message.version;
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

        /**
         * Decodes a PackedServerMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.PackedServerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.PackedServerMessage & meow.PackedServerMessage.$Shape} PackedServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PackedServerMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PackedServerMessage message.
         * @function verify
         * @memberof meow.PackedServerMessage
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PackedServerMessage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                if (!(message.from && typeof message.from.length === "number" || $util.isString(message.from)))
                    return "from: buffer expected";
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                    return "payload: buffer expected";
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                    return "signature: buffer expected";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            return null;
        };

        /**
         * Creates a PackedServerMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.PackedServerMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.PackedServerMessage} PackedServerMessage
         */
        PackedServerMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.PackedServerMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.PackedServerMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.PackedServerMessage();
            if (object.from != null)
                if (object.from.length)
                    if (typeof object.from === "string")
                        $util.base64.decode(object.from, message.from = $util.newBuffer($util.base64.length(object.from)), 0);
                    else if (object.from.length >= 0)
                        message.from = object.from;
            if (object.payload != null)
                if (object.payload.length)
                    if (typeof object.payload === "string")
                        $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                    else if (object.payload.length >= 0)
                        message.payload = object.payload;
            if (object.signature != null)
                if (object.signature.length)
                    if (typeof object.signature === "string")
                        $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                    else if (object.signature.length >= 0)
                        message.signature = object.signature;
            if (object.version != null)
                if ($Number(object.version) !== 0)
                    message.version = object.version >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a PackedServerMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.PackedServerMessage
         * @static
         * @param {meow.PackedServerMessage} message PackedServerMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PackedServerMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.from = "";
                else {
                    object.from = [];
                    if (options.bytes !== $Array)
                        object.from = $util.newBuffer(object.from);
                }
                if (options.bytes === $String)
                    object.payload = "";
                else {
                    object.payload = [];
                    if (options.bytes !== $Array)
                        object.payload = $util.newBuffer(object.payload);
                }
                if (options.bytes === $String)
                    object.signature = "";
                else {
                    object.signature = [];
                    if (options.bytes !== $Array)
                        object.signature = $util.newBuffer(object.signature);
                }
                object.version = 0;
            }
            if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                object.from = options.bytes === $String ? $util.base64.encode(message.from, 0, message.from.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.from) : message.from;
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            return object;
        };

        /**
         * Converts this PackedServerMessage to JSON.
         * @function toJSON
         * @memberof meow.PackedServerMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PackedServerMessage.prototype.toJSON = function() {
            return PackedServerMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PackedServerMessage
         * @function getTypeUrl
         * @memberof meow.PackedServerMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PackedServerMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.PackedServerMessage";
        };

        return PackedServerMessage;
    })();

    meow.PackedServerReply = (function() {

        /**
         * Properties of a PackedServerReply.
         * @typedef {Object} meow.PackedServerReply.$Properties
         * @property {Uint8Array|null} [payload] PackedServerReply payload
         * @property {meow.ServerError.$Properties|null} [error] PackedServerReply error
         * @property {number|null} [version] PackedServerReply version
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PackedServerReply.
         * @memberof meow
         * @interface IPackedServerReply
         * @augments meow.PackedServerReply.$Properties
         * @deprecated Use meow.PackedServerReply.$Properties instead.
         */

        /**
         * Shape of a PackedServerReply.
         * @typedef {meow.PackedServerReply.$Properties} meow.PackedServerReply.$Shape
         */

        /**
         * Constructs a new PackedServerReply.
         * @memberof meow
         * @classdesc Represents a PackedServerReply.
         * @constructor
         * @param {meow.PackedServerReply.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PackedServerReply = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PackedServerReply payload.
         * @member {Uint8Array} payload
         * @memberof meow.PackedServerReply
         * @instance
         */
        PackedServerReply.prototype.payload = $util.newBuffer([]);

        /**
         * PackedServerReply error.
         * @member {meow.ServerError.$Properties|null|undefined} error
         * @memberof meow.PackedServerReply
         * @instance
         */
        PackedServerReply.prototype.error = null;

        /**
         * PackedServerReply version.
         * @member {number} version
         * @memberof meow.PackedServerReply
         * @instance
         */
        PackedServerReply.prototype.version = 0;

        /**
         * Creates a new PackedServerReply instance using the specified properties.
         * @function create
         * @memberof meow.PackedServerReply
         * @static
         * @param {meow.PackedServerReply.$Properties=} [properties] Properties to set
         * @returns {meow.PackedServerReply} PackedServerReply instance
         * @type {{
         *   (properties: meow.PackedServerReply.$Shape): meow.PackedServerReply & meow.PackedServerReply.$Shape;
         *   (properties?: meow.PackedServerReply.$Properties): meow.PackedServerReply;
         * }}
         */
        PackedServerReply.create = function(properties) {
            return new PackedServerReply(properties);
        };

        /**
         * Encodes the specified PackedServerReply message. Does not implicitly {@link meow.PackedServerReply.verify|verify} messages.
         * @function encode
         * @memberof meow.PackedServerReply
         * @static
         * @param {meow.PackedServerReply.$Properties} message PackedServerReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PackedServerReply.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                $root.meow.ServerError.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PackedServerReply message, length delimited. Does not implicitly {@link meow.PackedServerReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.PackedServerReply
         * @static
         * @param {meow.PackedServerReply.$Properties} message PackedServerReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PackedServerReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PackedServerReply message from the specified reader or buffer.
         * @function decode
         * @memberof meow.PackedServerReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.PackedServerReply & meow.PackedServerReply.$Shape} PackedServerReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PackedServerReply.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.PackedServerReply();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.error = $root.meow.ServerError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.version = value;
                        else
                            delete message.version;
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

        /**
         * Decodes a PackedServerReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.PackedServerReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.PackedServerReply & meow.PackedServerReply.$Shape} PackedServerReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PackedServerReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PackedServerReply message.
         * @function verify
         * @memberof meow.PackedServerReply
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PackedServerReply.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                    return "payload: buffer expected";
            if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                let error = $root.meow.ServerError.verify(message.error, _depth + 1);
                if (error)
                    return "error." + error;
            }
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            return null;
        };

        /**
         * Creates a PackedServerReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.PackedServerReply
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.PackedServerReply} PackedServerReply
         */
        PackedServerReply.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.PackedServerReply)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.PackedServerReply: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.PackedServerReply();
            if (object.payload != null)
                if (object.payload.length)
                    if (typeof object.payload === "string")
                        $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                    else if (object.payload.length >= 0)
                        message.payload = object.payload;
            if (object.error != null) {
                if (!$util.isObject(object.error))
                    throw $TypeError(".meow.PackedServerReply.error: object expected");
                message.error = $root.meow.ServerError.fromObject(object.error, _depth + 1);
            }
            if (object.version != null)
                if ($Number(object.version) !== 0)
                    message.version = object.version >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a PackedServerReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.PackedServerReply
         * @static
         * @param {meow.PackedServerReply} message PackedServerReply
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PackedServerReply.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.payload = "";
                else {
                    object.payload = [];
                    if (options.bytes !== $Array)
                        object.payload = $util.newBuffer(object.payload);
                }
                object.error = null;
                object.version = 0;
            }
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                object.error = $root.meow.ServerError.toObject(message.error, options, _depth + 1);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            return object;
        };

        /**
         * Converts this PackedServerReply to JSON.
         * @function toJSON
         * @memberof meow.PackedServerReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PackedServerReply.prototype.toJSON = function() {
            return PackedServerReply.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PackedServerReply
         * @function getTypeUrl
         * @memberof meow.PackedServerReply
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PackedServerReply.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.PackedServerReply";
        };

        return PackedServerReply;
    })();

    meow.ToServerMessage = (function() {

        /**
         * Properties of a ToServerMessage.
         * @typedef {Object} meow.ToServerMessage.$Properties
         * @property {number|null} [version] ToServerMessage version
         * @property {string|null} [uuid] ToServerMessage uuid
         * @property {number|null} [timestamp] ToServerMessage timestamp
         * @property {Array.<meow.PackedUserMessage.$Properties>|null} [messages] ToServerMessage messages
         * @property {Array.<meow.PullRequest.$Properties>|null} [pullRequests] ToServerMessage pullRequests
         * @property {number|null} [longPollMs] ToServerMessage longPollMs
         * @property {Array.<meow.QueueAck.$Properties>|null} [acks] ToServerMessage acks
         * @property {meow.InvitationRequest.$Properties|null} [invitation] ToServerMessage invitation
         * @property {meow.BlobRequest.$Properties|null} [blob] ToServerMessage blob
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ToServerMessage.
         * @memberof meow
         * @interface IToServerMessage
         * @augments meow.ToServerMessage.$Properties
         * @deprecated Use meow.ToServerMessage.$Properties instead.
         */

        /**
         * Shape of a ToServerMessage.
         * @typedef {meow.ToServerMessage.$Properties} meow.ToServerMessage.$Shape
         */

        /**
         * Constructs a new ToServerMessage.
         * @memberof meow
         * @classdesc Represents a ToServerMessage.
         * @constructor
         * @param {meow.ToServerMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ToServerMessage = function (properties) {
            this.messages = [];
            this.pullRequests = [];
            this.acks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ToServerMessage version.
         * @member {number} version
         * @memberof meow.ToServerMessage
         * @instance
         */
        ToServerMessage.prototype.version = 0;

        /**
         * ToServerMessage uuid.
         * @member {string} uuid
         * @memberof meow.ToServerMessage
         * @instance
         */
        ToServerMessage.prototype.uuid = "";

        /**
         * ToServerMessage timestamp.
         * @member {number} timestamp
         * @memberof meow.ToServerMessage
         * @instance
         */
        ToServerMessage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ToServerMessage messages.
         * @member {Array.<meow.PackedUserMessage.$Properties>} messages
         * @memberof meow.ToServerMessage
         * @instance
         */
        ToServerMessage.prototype.messages = $util.emptyArray;

        /**
         * ToServerMessage pullRequests.
         * @member {Array.<meow.PullRequest.$Properties>} pullRequests
         * @memberof meow.ToServerMessage
         * @instance
         */
        ToServerMessage.prototype.pullRequests = $util.emptyArray;

        /**
         * ToServerMessage longPollMs.
         * @member {number} longPollMs
         * @memberof meow.ToServerMessage
         * @instance
         */
        ToServerMessage.prototype.longPollMs = 0;

        /**
         * ToServerMessage acks.
         * @member {Array.<meow.QueueAck.$Properties>} acks
         * @memberof meow.ToServerMessage
         * @instance
         */
        ToServerMessage.prototype.acks = $util.emptyArray;

        /**
         * ToServerMessage invitation.
         * @member {meow.InvitationRequest.$Properties|null|undefined} invitation
         * @memberof meow.ToServerMessage
         * @instance
         */
        ToServerMessage.prototype.invitation = null;

        /**
         * ToServerMessage blob.
         * @member {meow.BlobRequest.$Properties|null|undefined} blob
         * @memberof meow.ToServerMessage
         * @instance
         */
        ToServerMessage.prototype.blob = null;

        /**
         * Creates a new ToServerMessage instance using the specified properties.
         * @function create
         * @memberof meow.ToServerMessage
         * @static
         * @param {meow.ToServerMessage.$Properties=} [properties] Properties to set
         * @returns {meow.ToServerMessage} ToServerMessage instance
         * @type {{
         *   (properties: meow.ToServerMessage.$Shape): meow.ToServerMessage & meow.ToServerMessage.$Shape;
         *   (properties?: meow.ToServerMessage.$Properties): meow.ToServerMessage;
         * }}
         */
        ToServerMessage.create = function(properties) {
            return new ToServerMessage(properties);
        };

        /**
         * Encodes the specified ToServerMessage message. Does not implicitly {@link meow.ToServerMessage.verify|verify} messages.
         * @function encode
         * @memberof meow.ToServerMessage
         * @static
         * @param {meow.ToServerMessage.$Properties} message ToServerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ToServerMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.uuid);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.timestamp);
            if (message.messages != null && message.messages.length)
                for (let i = 0; i < message.messages.length; ++i)
                    $root.meow.PackedUserMessage.encode(message.messages[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.pullRequests != null && message.pullRequests.length)
                for (let i = 0; i < message.pullRequests.length; ++i)
                    $root.meow.PullRequest.encode(message.pullRequests[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.longPollMs != null && $Object.hasOwnProperty.call(message, "longPollMs") && message.longPollMs !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.longPollMs);
            if (message.acks != null && message.acks.length)
                for (let i = 0; i < message.acks.length; ++i)
                    $root.meow.QueueAck.encode(message.acks[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation"))
                $root.meow.InvitationRequest.encode(message.invitation, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.blob != null && $Object.hasOwnProperty.call(message, "blob"))
                $root.meow.BlobRequest.encode(message.blob, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ToServerMessage message, length delimited. Does not implicitly {@link meow.ToServerMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.ToServerMessage
         * @static
         * @param {meow.ToServerMessage.$Properties} message ToServerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ToServerMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ToServerMessage message from the specified reader or buffer.
         * @function decode
         * @memberof meow.ToServerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.ToServerMessage & meow.ToServerMessage.$Shape} ToServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ToServerMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.ToServerMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uuid = value;
                        else
                            delete message.uuid;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.messages && message.messages.length))
                            message.messages = [];
                        message.messages.push($root.meow.PackedUserMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.pullRequests && message.pullRequests.length))
                            message.pullRequests = [];
                        message.pullRequests.push($root.meow.PullRequest.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.longPollMs = value;
                        else
                            delete message.longPollMs;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.acks && message.acks.length))
                            message.acks = [];
                        message.acks.push($root.meow.QueueAck.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.invitation = $root.meow.InvitationRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.invitation);
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.blob = $root.meow.BlobRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.blob);
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

        /**
         * Decodes a ToServerMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.ToServerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.ToServerMessage & meow.ToServerMessage.$Shape} ToServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ToServerMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ToServerMessage message.
         * @function verify
         * @memberof meow.ToServerMessage
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ToServerMessage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                if (!$util.isString(message.uuid))
                    return "uuid: string expected";
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                    return "timestamp: integer|Long expected";
            if (message.messages != null && $Object.hasOwnProperty.call(message, "messages")) {
                if (!$Array.isArray(message.messages))
                    return "messages: array expected";
                for (let i = 0; i < message.messages.length; ++i) {
                    let error = $root.meow.PackedUserMessage.verify(message.messages[i], _depth + 1);
                    if (error)
                        return "messages." + error;
                }
            }
            if (message.pullRequests != null && $Object.hasOwnProperty.call(message, "pullRequests")) {
                if (!$Array.isArray(message.pullRequests))
                    return "pullRequests: array expected";
                for (let i = 0; i < message.pullRequests.length; ++i) {
                    let error = $root.meow.PullRequest.verify(message.pullRequests[i], _depth + 1);
                    if (error)
                        return "pullRequests." + error;
                }
            }
            if (message.longPollMs != null && $Object.hasOwnProperty.call(message, "longPollMs"))
                if (!$util.isInteger(message.longPollMs))
                    return "longPollMs: integer expected";
            if (message.acks != null && $Object.hasOwnProperty.call(message, "acks")) {
                if (!$Array.isArray(message.acks))
                    return "acks: array expected";
                for (let i = 0; i < message.acks.length; ++i) {
                    let error = $root.meow.QueueAck.verify(message.acks[i], _depth + 1);
                    if (error)
                        return "acks." + error;
                }
            }
            if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation")) {
                let error = $root.meow.InvitationRequest.verify(message.invitation, _depth + 1);
                if (error)
                    return "invitation." + error;
            }
            if (message.blob != null && $Object.hasOwnProperty.call(message, "blob")) {
                let error = $root.meow.BlobRequest.verify(message.blob, _depth + 1);
                if (error)
                    return "blob." + error;
            }
            return null;
        };

        /**
         * Creates a ToServerMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.ToServerMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.ToServerMessage} ToServerMessage
         */
        ToServerMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.ToServerMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.ToServerMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.ToServerMessage();
            if (object.version != null)
                if ($Number(object.version) !== 0)
                    message.version = object.version >>> 0;
            if (object.uuid != null)
                if (typeof object.uuid !== "string" || object.uuid.length)
                    message.uuid = $String(object.uuid);
            if (object.timestamp != null)
                if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                    if ($util.Long)
                        message.timestamp = $util.Long.fromValue(object.timestamp, false);
                    else if (typeof object.timestamp === "string")
                        message.timestamp = $parseInt(object.timestamp, 10);
                    else if (typeof object.timestamp === "number")
                        message.timestamp = object.timestamp;
                    else if (typeof object.timestamp === "object")
                        message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
            if (object.messages) {
                if (!$Array.isArray(object.messages))
                    throw $TypeError(".meow.ToServerMessage.messages: array expected");
                message.messages = $Array(object.messages.length);
                for (let i = 0; i < object.messages.length; ++i) {
                    if (!$util.isObject(object.messages[i]))
                        throw $TypeError(".meow.ToServerMessage.messages: object expected");
                    message.messages[i] = $root.meow.PackedUserMessage.fromObject(object.messages[i], _depth + 1);
                }
            }
            if (object.pullRequests) {
                if (!$Array.isArray(object.pullRequests))
                    throw $TypeError(".meow.ToServerMessage.pullRequests: array expected");
                message.pullRequests = $Array(object.pullRequests.length);
                for (let i = 0; i < object.pullRequests.length; ++i) {
                    if (!$util.isObject(object.pullRequests[i]))
                        throw $TypeError(".meow.ToServerMessage.pullRequests: object expected");
                    message.pullRequests[i] = $root.meow.PullRequest.fromObject(object.pullRequests[i], _depth + 1);
                }
            }
            if (object.longPollMs != null)
                if ($Number(object.longPollMs) !== 0)
                    message.longPollMs = object.longPollMs >>> 0;
            if (object.acks) {
                if (!$Array.isArray(object.acks))
                    throw $TypeError(".meow.ToServerMessage.acks: array expected");
                message.acks = $Array(object.acks.length);
                for (let i = 0; i < object.acks.length; ++i) {
                    if (!$util.isObject(object.acks[i]))
                        throw $TypeError(".meow.ToServerMessage.acks: object expected");
                    message.acks[i] = $root.meow.QueueAck.fromObject(object.acks[i], _depth + 1);
                }
            }
            if (object.invitation != null) {
                if (!$util.isObject(object.invitation))
                    throw $TypeError(".meow.ToServerMessage.invitation: object expected");
                message.invitation = $root.meow.InvitationRequest.fromObject(object.invitation, _depth + 1);
            }
            if (object.blob != null) {
                if (!$util.isObject(object.blob))
                    throw $TypeError(".meow.ToServerMessage.blob: object expected");
                message.blob = $root.meow.BlobRequest.fromObject(object.blob, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a ToServerMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.ToServerMessage
         * @static
         * @param {meow.ToServerMessage} message ToServerMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ToServerMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.messages = [];
                object.pullRequests = [];
                object.acks = [];
            }
            if (options.defaults) {
                object.version = 0;
                object.uuid = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.longPollMs = 0;
                object.invitation = null;
                object.blob = null;
            }
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                object.uuid = message.uuid;
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                else if (typeof message.timestamp === "number")
                    object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                else
                    object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
            if (message.messages && message.messages.length) {
                object.messages = $Array(message.messages.length);
                for (let j = 0; j < message.messages.length; ++j)
                    object.messages[j] = $root.meow.PackedUserMessage.toObject(message.messages[j], options, _depth + 1);
            }
            if (message.pullRequests && message.pullRequests.length) {
                object.pullRequests = $Array(message.pullRequests.length);
                for (let j = 0; j < message.pullRequests.length; ++j)
                    object.pullRequests[j] = $root.meow.PullRequest.toObject(message.pullRequests[j], options, _depth + 1);
            }
            if (message.longPollMs != null && $Object.hasOwnProperty.call(message, "longPollMs"))
                object.longPollMs = message.longPollMs;
            if (message.acks && message.acks.length) {
                object.acks = $Array(message.acks.length);
                for (let j = 0; j < message.acks.length; ++j)
                    object.acks[j] = $root.meow.QueueAck.toObject(message.acks[j], options, _depth + 1);
            }
            if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation"))
                object.invitation = $root.meow.InvitationRequest.toObject(message.invitation, options, _depth + 1);
            if (message.blob != null && $Object.hasOwnProperty.call(message, "blob"))
                object.blob = $root.meow.BlobRequest.toObject(message.blob, options, _depth + 1);
            return object;
        };

        /**
         * Converts this ToServerMessage to JSON.
         * @function toJSON
         * @memberof meow.ToServerMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ToServerMessage.prototype.toJSON = function() {
            return ToServerMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ToServerMessage
         * @function getTypeUrl
         * @memberof meow.ToServerMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ToServerMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.ToServerMessage";
        };

        return ToServerMessage;
    })();

    meow.PullRequest = (function() {

        /**
         * Properties of a PullRequest.
         * @typedef {Object} meow.PullRequest.$Properties
         * @property {Uint8Array|null} [lookupKey] PullRequest lookupKey
         * @property {Uint8Array|null} [pullToken] PullRequest pullToken
         * @property {number|null} [after] PullRequest after
         * @property {number|null} [maxEntries] PullRequest maxEntries
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PullRequest.
         * @memberof meow
         * @interface IPullRequest
         * @augments meow.PullRequest.$Properties
         * @deprecated Use meow.PullRequest.$Properties instead.
         */

        /**
         * Shape of a PullRequest.
         * @typedef {meow.PullRequest.$Properties} meow.PullRequest.$Shape
         */

        /**
         * Constructs a new PullRequest.
         * @memberof meow
         * @classdesc Represents a PullRequest.
         * @constructor
         * @param {meow.PullRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PullRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PullRequest lookupKey.
         * @member {Uint8Array} lookupKey
         * @memberof meow.PullRequest
         * @instance
         */
        PullRequest.prototype.lookupKey = $util.newBuffer([]);

        /**
         * PullRequest pullToken.
         * @member {Uint8Array} pullToken
         * @memberof meow.PullRequest
         * @instance
         */
        PullRequest.prototype.pullToken = $util.newBuffer([]);

        /**
         * PullRequest after.
         * @member {number} after
         * @memberof meow.PullRequest
         * @instance
         */
        PullRequest.prototype.after = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PullRequest maxEntries.
         * @member {number} maxEntries
         * @memberof meow.PullRequest
         * @instance
         */
        PullRequest.prototype.maxEntries = 0;

        /**
         * Creates a new PullRequest instance using the specified properties.
         * @function create
         * @memberof meow.PullRequest
         * @static
         * @param {meow.PullRequest.$Properties=} [properties] Properties to set
         * @returns {meow.PullRequest} PullRequest instance
         * @type {{
         *   (properties: meow.PullRequest.$Shape): meow.PullRequest & meow.PullRequest.$Shape;
         *   (properties?: meow.PullRequest.$Properties): meow.PullRequest;
         * }}
         */
        PullRequest.create = function(properties) {
            return new PullRequest(properties);
        };

        /**
         * Encodes the specified PullRequest message. Does not implicitly {@link meow.PullRequest.verify|verify} messages.
         * @function encode
         * @memberof meow.PullRequest
         * @static
         * @param {meow.PullRequest.$Properties} message PullRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PullRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey") && message.lookupKey.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.lookupKey);
            if (message.pullToken != null && $Object.hasOwnProperty.call(message, "pullToken") && message.pullToken.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.pullToken);
            if (message.after != null && $Object.hasOwnProperty.call(message, "after") && (typeof message.after === "object" ? message.after.low || message.after.high : message.after !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.after);
            if (message.maxEntries != null && $Object.hasOwnProperty.call(message, "maxEntries") && message.maxEntries !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxEntries);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PullRequest message, length delimited. Does not implicitly {@link meow.PullRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.PullRequest
         * @static
         * @param {meow.PullRequest.$Properties} message PullRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PullRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PullRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meow.PullRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.PullRequest & meow.PullRequest.$Shape} PullRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PullRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.PullRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.lookupKey = value;
                        else
                            delete message.lookupKey;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.pullToken = value;
                        else
                            delete message.pullToken;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.after = value;
                        else
                            delete message.after;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.maxEntries = value;
                        else
                            delete message.maxEntries;
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

        /**
         * Decodes a PullRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.PullRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.PullRequest & meow.PullRequest.$Shape} PullRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PullRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PullRequest message.
         * @function verify
         * @memberof meow.PullRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PullRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey"))
                if (!(message.lookupKey && typeof message.lookupKey.length === "number" || $util.isString(message.lookupKey)))
                    return "lookupKey: buffer expected";
            if (message.pullToken != null && $Object.hasOwnProperty.call(message, "pullToken"))
                if (!(message.pullToken && typeof message.pullToken.length === "number" || $util.isString(message.pullToken)))
                    return "pullToken: buffer expected";
            if (message.after != null && $Object.hasOwnProperty.call(message, "after"))
                if (!$util.isInteger(message.after) && !(message.after && $util.isInteger(message.after.low) && $util.isInteger(message.after.high)))
                    return "after: integer|Long expected";
            if (message.maxEntries != null && $Object.hasOwnProperty.call(message, "maxEntries"))
                if (!$util.isInteger(message.maxEntries))
                    return "maxEntries: integer expected";
            return null;
        };

        /**
         * Creates a PullRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.PullRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.PullRequest} PullRequest
         */
        PullRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.PullRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.PullRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.PullRequest();
            if (object.lookupKey != null)
                if (object.lookupKey.length)
                    if (typeof object.lookupKey === "string")
                        $util.base64.decode(object.lookupKey, message.lookupKey = $util.newBuffer($util.base64.length(object.lookupKey)), 0);
                    else if (object.lookupKey.length >= 0)
                        message.lookupKey = object.lookupKey;
            if (object.pullToken != null)
                if (object.pullToken.length)
                    if (typeof object.pullToken === "string")
                        $util.base64.decode(object.pullToken, message.pullToken = $util.newBuffer($util.base64.length(object.pullToken)), 0);
                    else if (object.pullToken.length >= 0)
                        message.pullToken = object.pullToken;
            if (object.after != null)
                if (typeof object.after === "object" ? object.after.low || object.after.high : $Number(object.after) !== 0)
                    if ($util.Long)
                        message.after = $util.Long.fromValue(object.after, true);
                    else if (typeof object.after === "string")
                        message.after = $parseInt(object.after, 10);
                    else if (typeof object.after === "number")
                        message.after = object.after;
                    else if (typeof object.after === "object")
                        message.after = new $util.LongBits(object.after.low >>> 0, object.after.high >>> 0).toNumber(true);
            if (object.maxEntries != null)
                if ($Number(object.maxEntries) !== 0)
                    message.maxEntries = object.maxEntries >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a PullRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.PullRequest
         * @static
         * @param {meow.PullRequest} message PullRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PullRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.lookupKey = "";
                else {
                    object.lookupKey = [];
                    if (options.bytes !== $Array)
                        object.lookupKey = $util.newBuffer(object.lookupKey);
                }
                if (options.bytes === $String)
                    object.pullToken = "";
                else {
                    object.pullToken = [];
                    if (options.bytes !== $Array)
                        object.pullToken = $util.newBuffer(object.pullToken);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.after = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.after = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.maxEntries = 0;
            }
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey"))
                object.lookupKey = options.bytes === $String ? $util.base64.encode(message.lookupKey, 0, message.lookupKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.lookupKey) : message.lookupKey;
            if (message.pullToken != null && $Object.hasOwnProperty.call(message, "pullToken"))
                object.pullToken = options.bytes === $String ? $util.base64.encode(message.pullToken, 0, message.pullToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.pullToken) : message.pullToken;
            if (message.after != null && $Object.hasOwnProperty.call(message, "after"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.after = typeof message.after === "number" ? $BigInt(message.after) : $util.Long.fromBits(message.after.low >>> 0, message.after.high >>> 0, true).toBigInt();
                else if (typeof message.after === "number")
                    object.after = options.longs === $String ? $String(message.after) : message.after;
                else
                    object.after = options.longs === $String ? $util.Long.prototype.toString.call(message.after) : options.longs === $Number ? new $util.LongBits(message.after.low >>> 0, message.after.high >>> 0).toNumber(true) : message.after;
            if (message.maxEntries != null && $Object.hasOwnProperty.call(message, "maxEntries"))
                object.maxEntries = message.maxEntries;
            return object;
        };

        /**
         * Converts this PullRequest to JSON.
         * @function toJSON
         * @memberof meow.PullRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PullRequest.prototype.toJSON = function() {
            return PullRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PullRequest
         * @function getTypeUrl
         * @memberof meow.PullRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PullRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.PullRequest";
        };

        return PullRequest;
    })();

    meow.QueueAck = (function() {

        /**
         * Properties of a QueueAck.
         * @typedef {Object} meow.QueueAck.$Properties
         * @property {Uint8Array|null} [lookupKey] QueueAck lookupKey
         * @property {Uint8Array|null} [pullToken] QueueAck pullToken
         * @property {number|null} [cursor] QueueAck cursor
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a QueueAck.
         * @memberof meow
         * @interface IQueueAck
         * @augments meow.QueueAck.$Properties
         * @deprecated Use meow.QueueAck.$Properties instead.
         */

        /**
         * Shape of a QueueAck.
         * @typedef {meow.QueueAck.$Properties} meow.QueueAck.$Shape
         */

        /**
         * Constructs a new QueueAck.
         * @memberof meow
         * @classdesc Represents a QueueAck.
         * @constructor
         * @param {meow.QueueAck.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const QueueAck = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * QueueAck lookupKey.
         * @member {Uint8Array} lookupKey
         * @memberof meow.QueueAck
         * @instance
         */
        QueueAck.prototype.lookupKey = $util.newBuffer([]);

        /**
         * QueueAck pullToken.
         * @member {Uint8Array} pullToken
         * @memberof meow.QueueAck
         * @instance
         */
        QueueAck.prototype.pullToken = $util.newBuffer([]);

        /**
         * QueueAck cursor.
         * @member {number} cursor
         * @memberof meow.QueueAck
         * @instance
         */
        QueueAck.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new QueueAck instance using the specified properties.
         * @function create
         * @memberof meow.QueueAck
         * @static
         * @param {meow.QueueAck.$Properties=} [properties] Properties to set
         * @returns {meow.QueueAck} QueueAck instance
         * @type {{
         *   (properties: meow.QueueAck.$Shape): meow.QueueAck & meow.QueueAck.$Shape;
         *   (properties?: meow.QueueAck.$Properties): meow.QueueAck;
         * }}
         */
        QueueAck.create = function(properties) {
            return new QueueAck(properties);
        };

        /**
         * Encodes the specified QueueAck message. Does not implicitly {@link meow.QueueAck.verify|verify} messages.
         * @function encode
         * @memberof meow.QueueAck
         * @static
         * @param {meow.QueueAck.$Properties} message QueueAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QueueAck.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey") && message.lookupKey.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.lookupKey);
            if (message.pullToken != null && $Object.hasOwnProperty.call(message, "pullToken") && message.pullToken.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.pullToken);
            if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && (typeof message.cursor === "object" ? message.cursor.low || message.cursor.high : message.cursor !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.cursor);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified QueueAck message, length delimited. Does not implicitly {@link meow.QueueAck.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.QueueAck
         * @static
         * @param {meow.QueueAck.$Properties} message QueueAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QueueAck.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a QueueAck message from the specified reader or buffer.
         * @function decode
         * @memberof meow.QueueAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.QueueAck & meow.QueueAck.$Shape} QueueAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QueueAck.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.QueueAck();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.lookupKey = value;
                        else
                            delete message.lookupKey;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.pullToken = value;
                        else
                            delete message.pullToken;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.cursor = value;
                        else
                            delete message.cursor;
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

        /**
         * Decodes a QueueAck message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.QueueAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.QueueAck & meow.QueueAck.$Shape} QueueAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QueueAck.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a QueueAck message.
         * @function verify
         * @memberof meow.QueueAck
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        QueueAck.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey"))
                if (!(message.lookupKey && typeof message.lookupKey.length === "number" || $util.isString(message.lookupKey)))
                    return "lookupKey: buffer expected";
            if (message.pullToken != null && $Object.hasOwnProperty.call(message, "pullToken"))
                if (!(message.pullToken && typeof message.pullToken.length === "number" || $util.isString(message.pullToken)))
                    return "pullToken: buffer expected";
            if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                if (!$util.isInteger(message.cursor) && !(message.cursor && $util.isInteger(message.cursor.low) && $util.isInteger(message.cursor.high)))
                    return "cursor: integer|Long expected";
            return null;
        };

        /**
         * Creates a QueueAck message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.QueueAck
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.QueueAck} QueueAck
         */
        QueueAck.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.QueueAck)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.QueueAck: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.QueueAck();
            if (object.lookupKey != null)
                if (object.lookupKey.length)
                    if (typeof object.lookupKey === "string")
                        $util.base64.decode(object.lookupKey, message.lookupKey = $util.newBuffer($util.base64.length(object.lookupKey)), 0);
                    else if (object.lookupKey.length >= 0)
                        message.lookupKey = object.lookupKey;
            if (object.pullToken != null)
                if (object.pullToken.length)
                    if (typeof object.pullToken === "string")
                        $util.base64.decode(object.pullToken, message.pullToken = $util.newBuffer($util.base64.length(object.pullToken)), 0);
                    else if (object.pullToken.length >= 0)
                        message.pullToken = object.pullToken;
            if (object.cursor != null)
                if (typeof object.cursor === "object" ? object.cursor.low || object.cursor.high : $Number(object.cursor) !== 0)
                    if ($util.Long)
                        message.cursor = $util.Long.fromValue(object.cursor, true);
                    else if (typeof object.cursor === "string")
                        message.cursor = $parseInt(object.cursor, 10);
                    else if (typeof object.cursor === "number")
                        message.cursor = object.cursor;
                    else if (typeof object.cursor === "object")
                        message.cursor = new $util.LongBits(object.cursor.low >>> 0, object.cursor.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a QueueAck message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.QueueAck
         * @static
         * @param {meow.QueueAck} message QueueAck
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        QueueAck.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.lookupKey = "";
                else {
                    object.lookupKey = [];
                    if (options.bytes !== $Array)
                        object.lookupKey = $util.newBuffer(object.lookupKey);
                }
                if (options.bytes === $String)
                    object.pullToken = "";
                else {
                    object.pullToken = [];
                    if (options.bytes !== $Array)
                        object.pullToken = $util.newBuffer(object.pullToken);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.cursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.cursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey"))
                object.lookupKey = options.bytes === $String ? $util.base64.encode(message.lookupKey, 0, message.lookupKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.lookupKey) : message.lookupKey;
            if (message.pullToken != null && $Object.hasOwnProperty.call(message, "pullToken"))
                object.pullToken = options.bytes === $String ? $util.base64.encode(message.pullToken, 0, message.pullToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.pullToken) : message.pullToken;
            if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, true).toBigInt();
                else if (typeof message.cursor === "number")
                    object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                else
                    object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber(true) : message.cursor;
            return object;
        };

        /**
         * Converts this QueueAck to JSON.
         * @function toJSON
         * @memberof meow.QueueAck
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        QueueAck.prototype.toJSON = function() {
            return QueueAck.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for QueueAck
         * @function getTypeUrl
         * @memberof meow.QueueAck
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        QueueAck.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.QueueAck";
        };

        return QueueAck;
    })();

    meow.BlobRequest = (function() {

        /**
         * Properties of a BlobRequest.
         * @typedef {Object} meow.BlobRequest.$Properties
         * @property {meow.BlobRequest.Op|null} [op] BlobRequest op
         * @property {Uint8Array|null} [blobId] BlobRequest blobId
         * @property {Uint8Array|null} [token] BlobRequest token
         * @property {number|null} [index] BlobRequest index
         * @property {number|null} [chunkCount] BlobRequest chunkCount
         * @property {Uint8Array|null} [chunkHashes] BlobRequest chunkHashes
         * @property {Uint8Array|null} [uploadTokenHash] BlobRequest uploadTokenHash
         * @property {Uint8Array|null} [deleteTokenHash] BlobRequest deleteTokenHash
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BlobRequest.
         * @memberof meow
         * @interface IBlobRequest
         * @augments meow.BlobRequest.$Properties
         * @deprecated Use meow.BlobRequest.$Properties instead.
         */

        /**
         * Shape of a BlobRequest.
         * @typedef {meow.BlobRequest.$Properties} meow.BlobRequest.$Shape
         */

        /**
         * Constructs a new BlobRequest.
         * @memberof meow
         * @classdesc Represents a BlobRequest.
         * @constructor
         * @param {meow.BlobRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlobRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BlobRequest op.
         * @member {meow.BlobRequest.Op} op
         * @memberof meow.BlobRequest
         * @instance
         */
        BlobRequest.prototype.op = 0;

        /**
         * BlobRequest blobId.
         * @member {Uint8Array} blobId
         * @memberof meow.BlobRequest
         * @instance
         */
        BlobRequest.prototype.blobId = $util.newBuffer([]);

        /**
         * BlobRequest token.
         * @member {Uint8Array} token
         * @memberof meow.BlobRequest
         * @instance
         */
        BlobRequest.prototype.token = $util.newBuffer([]);

        /**
         * BlobRequest index.
         * @member {number} index
         * @memberof meow.BlobRequest
         * @instance
         */
        BlobRequest.prototype.index = 0;

        /**
         * BlobRequest chunkCount.
         * @member {number} chunkCount
         * @memberof meow.BlobRequest
         * @instance
         */
        BlobRequest.prototype.chunkCount = 0;

        /**
         * BlobRequest chunkHashes.
         * @member {Uint8Array} chunkHashes
         * @memberof meow.BlobRequest
         * @instance
         */
        BlobRequest.prototype.chunkHashes = $util.newBuffer([]);

        /**
         * BlobRequest uploadTokenHash.
         * @member {Uint8Array} uploadTokenHash
         * @memberof meow.BlobRequest
         * @instance
         */
        BlobRequest.prototype.uploadTokenHash = $util.newBuffer([]);

        /**
         * BlobRequest deleteTokenHash.
         * @member {Uint8Array} deleteTokenHash
         * @memberof meow.BlobRequest
         * @instance
         */
        BlobRequest.prototype.deleteTokenHash = $util.newBuffer([]);

        /**
         * Creates a new BlobRequest instance using the specified properties.
         * @function create
         * @memberof meow.BlobRequest
         * @static
         * @param {meow.BlobRequest.$Properties=} [properties] Properties to set
         * @returns {meow.BlobRequest} BlobRequest instance
         * @type {{
         *   (properties: meow.BlobRequest.$Shape): meow.BlobRequest & meow.BlobRequest.$Shape;
         *   (properties?: meow.BlobRequest.$Properties): meow.BlobRequest;
         * }}
         */
        BlobRequest.create = function(properties) {
            return new BlobRequest(properties);
        };

        /**
         * Encodes the specified BlobRequest message. Does not implicitly {@link meow.BlobRequest.verify|verify} messages.
         * @function encode
         * @memberof meow.BlobRequest
         * @static
         * @param {meow.BlobRequest.$Properties} message BlobRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.op);
            if (message.blobId != null && $Object.hasOwnProperty.call(message, "blobId") && message.blobId.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.blobId);
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.token);
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.index);
            if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount") && message.chunkCount !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.chunkCount);
            if (message.chunkHashes != null && $Object.hasOwnProperty.call(message, "chunkHashes") && message.chunkHashes.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.chunkHashes);
            if (message.uploadTokenHash != null && $Object.hasOwnProperty.call(message, "uploadTokenHash") && message.uploadTokenHash.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.uploadTokenHash);
            if (message.deleteTokenHash != null && $Object.hasOwnProperty.call(message, "deleteTokenHash") && message.deleteTokenHash.length)
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.deleteTokenHash);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified BlobRequest message, length delimited. Does not implicitly {@link meow.BlobRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.BlobRequest
         * @static
         * @param {meow.BlobRequest.$Properties} message BlobRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BlobRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meow.BlobRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.BlobRequest & meow.BlobRequest.$Shape} BlobRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.BlobRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.op = value;
                        else
                            delete message.op;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.blobId = value;
                        else
                            delete message.blobId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.token = value;
                        else
                            delete message.token;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.chunkCount = value;
                        else
                            delete message.chunkCount;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.chunkHashes = value;
                        else
                            delete message.chunkHashes;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.uploadTokenHash = value;
                        else
                            delete message.uploadTokenHash;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.deleteTokenHash = value;
                        else
                            delete message.deleteTokenHash;
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

        /**
         * Decodes a BlobRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.BlobRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.BlobRequest & meow.BlobRequest.$Shape} BlobRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BlobRequest message.
         * @function verify
         * @memberof meow.BlobRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BlobRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                if (typeof message.op !== "number" || (message.op | 0) !== message.op)
                    return "op: enum value expected";
            if (message.blobId != null && $Object.hasOwnProperty.call(message, "blobId"))
                if (!(message.blobId && typeof message.blobId.length === "number" || $util.isString(message.blobId)))
                    return "blobId: buffer expected";
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                if (!(message.token && typeof message.token.length === "number" || $util.isString(message.token)))
                    return "token: buffer expected";
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                if (!$util.isInteger(message.index))
                    return "index: integer expected";
            if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                if (!$util.isInteger(message.chunkCount))
                    return "chunkCount: integer expected";
            if (message.chunkHashes != null && $Object.hasOwnProperty.call(message, "chunkHashes"))
                if (!(message.chunkHashes && typeof message.chunkHashes.length === "number" || $util.isString(message.chunkHashes)))
                    return "chunkHashes: buffer expected";
            if (message.uploadTokenHash != null && $Object.hasOwnProperty.call(message, "uploadTokenHash"))
                if (!(message.uploadTokenHash && typeof message.uploadTokenHash.length === "number" || $util.isString(message.uploadTokenHash)))
                    return "uploadTokenHash: buffer expected";
            if (message.deleteTokenHash != null && $Object.hasOwnProperty.call(message, "deleteTokenHash"))
                if (!(message.deleteTokenHash && typeof message.deleteTokenHash.length === "number" || $util.isString(message.deleteTokenHash)))
                    return "deleteTokenHash: buffer expected";
            return null;
        };

        /**
         * Creates a BlobRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.BlobRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.BlobRequest} BlobRequest
         */
        BlobRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.BlobRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.BlobRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.BlobRequest();
            if (object.op !== 0 && (typeof object.op !== "string" || $root.meow.BlobRequest.Op[object.op] !== 0))
                switch (object.op) {
                case "OP_UNSPECIFIED":
                case 0:
                    message.op = 0;
                    break;
                case "CREATE":
                case 1:
                    message.op = 1;
                    break;
                case "PUT":
                case 2:
                    message.op = 2;
                    break;
                case "GET":
                case 3:
                    message.op = 3;
                    break;
                case "STATUS":
                case 4:
                    message.op = 4;
                    break;
                case "DELETE":
                case 5:
                    message.op = 5;
                    break;
                default:
                    if (typeof object.op === "number" && (object.op | 0) === object.op)
                        message.op = object.op;
                }
            if (object.blobId != null)
                if (object.blobId.length)
                    if (typeof object.blobId === "string")
                        $util.base64.decode(object.blobId, message.blobId = $util.newBuffer($util.base64.length(object.blobId)), 0);
                    else if (object.blobId.length >= 0)
                        message.blobId = object.blobId;
            if (object.token != null)
                if (object.token.length)
                    if (typeof object.token === "string")
                        $util.base64.decode(object.token, message.token = $util.newBuffer($util.base64.length(object.token)), 0);
                    else if (object.token.length >= 0)
                        message.token = object.token;
            if (object.index != null)
                if ($Number(object.index) !== 0)
                    message.index = object.index >>> 0;
            if (object.chunkCount != null)
                if ($Number(object.chunkCount) !== 0)
                    message.chunkCount = object.chunkCount >>> 0;
            if (object.chunkHashes != null)
                if (object.chunkHashes.length)
                    if (typeof object.chunkHashes === "string")
                        $util.base64.decode(object.chunkHashes, message.chunkHashes = $util.newBuffer($util.base64.length(object.chunkHashes)), 0);
                    else if (object.chunkHashes.length >= 0)
                        message.chunkHashes = object.chunkHashes;
            if (object.uploadTokenHash != null)
                if (object.uploadTokenHash.length)
                    if (typeof object.uploadTokenHash === "string")
                        $util.base64.decode(object.uploadTokenHash, message.uploadTokenHash = $util.newBuffer($util.base64.length(object.uploadTokenHash)), 0);
                    else if (object.uploadTokenHash.length >= 0)
                        message.uploadTokenHash = object.uploadTokenHash;
            if (object.deleteTokenHash != null)
                if (object.deleteTokenHash.length)
                    if (typeof object.deleteTokenHash === "string")
                        $util.base64.decode(object.deleteTokenHash, message.deleteTokenHash = $util.newBuffer($util.base64.length(object.deleteTokenHash)), 0);
                    else if (object.deleteTokenHash.length >= 0)
                        message.deleteTokenHash = object.deleteTokenHash;
            return message;
        };

        /**
         * Creates a plain object from a BlobRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.BlobRequest
         * @static
         * @param {meow.BlobRequest} message BlobRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlobRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.op = options.enums === $String ? "OP_UNSPECIFIED" : 0;
                if (options.bytes === $String)
                    object.blobId = "";
                else {
                    object.blobId = [];
                    if (options.bytes !== $Array)
                        object.blobId = $util.newBuffer(object.blobId);
                }
                if (options.bytes === $String)
                    object.token = "";
                else {
                    object.token = [];
                    if (options.bytes !== $Array)
                        object.token = $util.newBuffer(object.token);
                }
                object.index = 0;
                object.chunkCount = 0;
                if (options.bytes === $String)
                    object.chunkHashes = "";
                else {
                    object.chunkHashes = [];
                    if (options.bytes !== $Array)
                        object.chunkHashes = $util.newBuffer(object.chunkHashes);
                }
                if (options.bytes === $String)
                    object.uploadTokenHash = "";
                else {
                    object.uploadTokenHash = [];
                    if (options.bytes !== $Array)
                        object.uploadTokenHash = $util.newBuffer(object.uploadTokenHash);
                }
                if (options.bytes === $String)
                    object.deleteTokenHash = "";
                else {
                    object.deleteTokenHash = [];
                    if (options.bytes !== $Array)
                        object.deleteTokenHash = $util.newBuffer(object.deleteTokenHash);
                }
            }
            if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                object.op = options.enums === $String ? $root.meow.BlobRequest.Op[message.op] === $undefined ? message.op : $root.meow.BlobRequest.Op[message.op] : message.op;
            if (message.blobId != null && $Object.hasOwnProperty.call(message, "blobId"))
                object.blobId = options.bytes === $String ? $util.base64.encode(message.blobId, 0, message.blobId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.blobId) : message.blobId;
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                object.token = options.bytes === $String ? $util.base64.encode(message.token, 0, message.token.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.token) : message.token;
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                object.index = message.index;
            if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                object.chunkCount = message.chunkCount;
            if (message.chunkHashes != null && $Object.hasOwnProperty.call(message, "chunkHashes"))
                object.chunkHashes = options.bytes === $String ? $util.base64.encode(message.chunkHashes, 0, message.chunkHashes.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.chunkHashes) : message.chunkHashes;
            if (message.uploadTokenHash != null && $Object.hasOwnProperty.call(message, "uploadTokenHash"))
                object.uploadTokenHash = options.bytes === $String ? $util.base64.encode(message.uploadTokenHash, 0, message.uploadTokenHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.uploadTokenHash) : message.uploadTokenHash;
            if (message.deleteTokenHash != null && $Object.hasOwnProperty.call(message, "deleteTokenHash"))
                object.deleteTokenHash = options.bytes === $String ? $util.base64.encode(message.deleteTokenHash, 0, message.deleteTokenHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.deleteTokenHash) : message.deleteTokenHash;
            return object;
        };

        /**
         * Converts this BlobRequest to JSON.
         * @function toJSON
         * @memberof meow.BlobRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BlobRequest.prototype.toJSON = function() {
            return BlobRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BlobRequest
         * @function getTypeUrl
         * @memberof meow.BlobRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BlobRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.BlobRequest";
        };

        /**
         * Op enum.
         * @name meow.BlobRequest.Op
         * @enum {number}
         * @property {number} OP_UNSPECIFIED=0 OP_UNSPECIFIED value
         * @property {number} CREATE=1 CREATE value
         * @property {number} PUT=2 PUT value
         * @property {number} GET=3 GET value
         * @property {number} STATUS=4 STATUS value
         * @property {number} DELETE=5 DELETE value
         */
        BlobRequest.Op = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OP_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CREATE"] = 1;
            values[valuesById[2] = "PUT"] = 2;
            values[valuesById[3] = "GET"] = 3;
            values[valuesById[4] = "STATUS"] = 4;
            values[valuesById[5] = "DELETE"] = 5;
            return values;
        })();

        return BlobRequest;
    })();

    meow.BlobResult = (function() {

        /**
         * Properties of a BlobResult.
         * @typedef {Object} meow.BlobResult.$Properties
         * @property {number|null} [chunkCount] BlobResult chunkCount
         * @property {Uint8Array|null} [present] BlobResult present
         * @property {number|null} [expiresAt] BlobResult expiresAt
         * @property {number|null} [index] BlobResult index
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BlobResult.
         * @memberof meow
         * @interface IBlobResult
         * @augments meow.BlobResult.$Properties
         * @deprecated Use meow.BlobResult.$Properties instead.
         */

        /**
         * Shape of a BlobResult.
         * @typedef {meow.BlobResult.$Properties} meow.BlobResult.$Shape
         */

        /**
         * Constructs a new BlobResult.
         * @memberof meow
         * @classdesc Represents a BlobResult.
         * @constructor
         * @param {meow.BlobResult.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlobResult = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BlobResult chunkCount.
         * @member {number} chunkCount
         * @memberof meow.BlobResult
         * @instance
         */
        BlobResult.prototype.chunkCount = 0;

        /**
         * BlobResult present.
         * @member {Uint8Array} present
         * @memberof meow.BlobResult
         * @instance
         */
        BlobResult.prototype.present = $util.newBuffer([]);

        /**
         * BlobResult expiresAt.
         * @member {number} expiresAt
         * @memberof meow.BlobResult
         * @instance
         */
        BlobResult.prototype.expiresAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * BlobResult index.
         * @member {number} index
         * @memberof meow.BlobResult
         * @instance
         */
        BlobResult.prototype.index = 0;

        /**
         * Creates a new BlobResult instance using the specified properties.
         * @function create
         * @memberof meow.BlobResult
         * @static
         * @param {meow.BlobResult.$Properties=} [properties] Properties to set
         * @returns {meow.BlobResult} BlobResult instance
         * @type {{
         *   (properties: meow.BlobResult.$Shape): meow.BlobResult & meow.BlobResult.$Shape;
         *   (properties?: meow.BlobResult.$Properties): meow.BlobResult;
         * }}
         */
        BlobResult.create = function(properties) {
            return new BlobResult(properties);
        };

        /**
         * Encodes the specified BlobResult message. Does not implicitly {@link meow.BlobResult.verify|verify} messages.
         * @function encode
         * @memberof meow.BlobResult
         * @static
         * @param {meow.BlobResult.$Properties} message BlobResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobResult.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount") && message.chunkCount !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.chunkCount);
            if (message.present != null && $Object.hasOwnProperty.call(message, "present") && message.present.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.present);
            if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && (typeof message.expiresAt === "object" ? message.expiresAt.low || message.expiresAt.high : message.expiresAt !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.expiresAt);
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.index);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified BlobResult message, length delimited. Does not implicitly {@link meow.BlobResult.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.BlobResult
         * @static
         * @param {meow.BlobResult.$Properties} message BlobResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobResult.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BlobResult message from the specified reader or buffer.
         * @function decode
         * @memberof meow.BlobResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.BlobResult & meow.BlobResult.$Shape} BlobResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobResult.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.BlobResult();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.chunkCount = value;
                        else
                            delete message.chunkCount;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.present = value;
                        else
                            delete message.present;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.expiresAt = value;
                        else
                            delete message.expiresAt;
                        continue;
                    }
                case 4: {
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

        /**
         * Decodes a BlobResult message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.BlobResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.BlobResult & meow.BlobResult.$Shape} BlobResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobResult.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BlobResult message.
         * @function verify
         * @memberof meow.BlobResult
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BlobResult.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                if (!$util.isInteger(message.chunkCount))
                    return "chunkCount: integer expected";
            if (message.present != null && $Object.hasOwnProperty.call(message, "present"))
                if (!(message.present && typeof message.present.length === "number" || $util.isString(message.present)))
                    return "present: buffer expected";
            if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                if (!$util.isInteger(message.expiresAt) && !(message.expiresAt && $util.isInteger(message.expiresAt.low) && $util.isInteger(message.expiresAt.high)))
                    return "expiresAt: integer|Long expected";
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                if (!$util.isInteger(message.index))
                    return "index: integer expected";
            return null;
        };

        /**
         * Creates a BlobResult message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.BlobResult
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.BlobResult} BlobResult
         */
        BlobResult.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.BlobResult)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.BlobResult: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.BlobResult();
            if (object.chunkCount != null)
                if ($Number(object.chunkCount) !== 0)
                    message.chunkCount = object.chunkCount >>> 0;
            if (object.present != null)
                if (object.present.length)
                    if (typeof object.present === "string")
                        $util.base64.decode(object.present, message.present = $util.newBuffer($util.base64.length(object.present)), 0);
                    else if (object.present.length >= 0)
                        message.present = object.present;
            if (object.expiresAt != null)
                if (typeof object.expiresAt === "object" ? object.expiresAt.low || object.expiresAt.high : $Number(object.expiresAt) !== 0)
                    if ($util.Long)
                        message.expiresAt = $util.Long.fromValue(object.expiresAt, false);
                    else if (typeof object.expiresAt === "string")
                        message.expiresAt = $parseInt(object.expiresAt, 10);
                    else if (typeof object.expiresAt === "number")
                        message.expiresAt = object.expiresAt;
                    else if (typeof object.expiresAt === "object")
                        message.expiresAt = new $util.LongBits(object.expiresAt.low >>> 0, object.expiresAt.high >>> 0).toNumber();
            if (object.index != null)
                if ($Number(object.index) !== 0)
                    message.index = object.index >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a BlobResult message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.BlobResult
         * @static
         * @param {meow.BlobResult} message BlobResult
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlobResult.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.chunkCount = 0;
                if (options.bytes === $String)
                    object.present = "";
                else {
                    object.present = [];
                    if (options.bytes !== $Array)
                        object.present = $util.newBuffer(object.present);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.expiresAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.expiresAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.index = 0;
            }
            if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                object.chunkCount = message.chunkCount;
            if (message.present != null && $Object.hasOwnProperty.call(message, "present"))
                object.present = options.bytes === $String ? $util.base64.encode(message.present, 0, message.present.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.present) : message.present;
            if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.expiresAt = typeof message.expiresAt === "number" ? $BigInt(message.expiresAt) : $util.Long.fromBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0, false).toBigInt();
                else if (typeof message.expiresAt === "number")
                    object.expiresAt = options.longs === $String ? $String(message.expiresAt) : message.expiresAt;
                else
                    object.expiresAt = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAt) : options.longs === $Number ? new $util.LongBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0).toNumber() : message.expiresAt;
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                object.index = message.index;
            return object;
        };

        /**
         * Converts this BlobResult to JSON.
         * @function toJSON
         * @memberof meow.BlobResult
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BlobResult.prototype.toJSON = function() {
            return BlobResult.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BlobResult
         * @function getTypeUrl
         * @memberof meow.BlobResult
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BlobResult.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.BlobResult";
        };

        return BlobResult;
    })();

    meow.InvitationRequest = (function() {

        /**
         * Properties of an InvitationRequest.
         * @typedef {Object} meow.InvitationRequest.$Properties
         * @property {meow.InvitationRequest.Op|null} [op] InvitationRequest op
         * @property {meow.Invitation.$Properties|null} [invitation] InvitationRequest invitation
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an InvitationRequest.
         * @memberof meow
         * @interface IInvitationRequest
         * @augments meow.InvitationRequest.$Properties
         * @deprecated Use meow.InvitationRequest.$Properties instead.
         */

        /**
         * Shape of an InvitationRequest.
         * @typedef {meow.InvitationRequest.$Properties} meow.InvitationRequest.$Shape
         */

        /**
         * Constructs a new InvitationRequest.
         * @memberof meow
         * @classdesc Represents an InvitationRequest.
         * @constructor
         * @param {meow.InvitationRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const InvitationRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * InvitationRequest op.
         * @member {meow.InvitationRequest.Op} op
         * @memberof meow.InvitationRequest
         * @instance
         */
        InvitationRequest.prototype.op = 0;

        /**
         * InvitationRequest invitation.
         * @member {meow.Invitation.$Properties|null|undefined} invitation
         * @memberof meow.InvitationRequest
         * @instance
         */
        InvitationRequest.prototype.invitation = null;

        /**
         * Creates a new InvitationRequest instance using the specified properties.
         * @function create
         * @memberof meow.InvitationRequest
         * @static
         * @param {meow.InvitationRequest.$Properties=} [properties] Properties to set
         * @returns {meow.InvitationRequest} InvitationRequest instance
         * @type {{
         *   (properties: meow.InvitationRequest.$Shape): meow.InvitationRequest & meow.InvitationRequest.$Shape;
         *   (properties?: meow.InvitationRequest.$Properties): meow.InvitationRequest;
         * }}
         */
        InvitationRequest.create = function(properties) {
            return new InvitationRequest(properties);
        };

        /**
         * Encodes the specified InvitationRequest message. Does not implicitly {@link meow.InvitationRequest.verify|verify} messages.
         * @function encode
         * @memberof meow.InvitationRequest
         * @static
         * @param {meow.InvitationRequest.$Properties} message InvitationRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InvitationRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.op);
            if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation"))
                $root.meow.Invitation.encode(message.invitation, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified InvitationRequest message, length delimited. Does not implicitly {@link meow.InvitationRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.InvitationRequest
         * @static
         * @param {meow.InvitationRequest.$Properties} message InvitationRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InvitationRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an InvitationRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meow.InvitationRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.InvitationRequest & meow.InvitationRequest.$Shape} InvitationRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InvitationRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.InvitationRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.op = value;
                        else
                            delete message.op;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.invitation = $root.meow.Invitation.decode(reader, reader.size(), $undefined, _depth + 1, message.invitation);
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

        /**
         * Decodes an InvitationRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.InvitationRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.InvitationRequest & meow.InvitationRequest.$Shape} InvitationRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InvitationRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an InvitationRequest message.
         * @function verify
         * @memberof meow.InvitationRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        InvitationRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                if (typeof message.op !== "number" || (message.op | 0) !== message.op)
                    return "op: enum value expected";
            if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation")) {
                let error = $root.meow.Invitation.verify(message.invitation, _depth + 1);
                if (error)
                    return "invitation." + error;
            }
            return null;
        };

        /**
         * Creates an InvitationRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.InvitationRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.InvitationRequest} InvitationRequest
         */
        InvitationRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.InvitationRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.InvitationRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.InvitationRequest();
            if (object.op !== 0 && (typeof object.op !== "string" || $root.meow.InvitationRequest.Op[object.op] !== 0))
                switch (object.op) {
                case "OP_UNSPECIFIED":
                case 0:
                    message.op = 0;
                    break;
                case "CREATE":
                case 1:
                    message.op = 1;
                    break;
                case "GET":
                case 2:
                    message.op = 2;
                    break;
                case "DELETE":
                case 3:
                    message.op = 3;
                    break;
                default:
                    if (typeof object.op === "number" && (object.op | 0) === object.op)
                        message.op = object.op;
                }
            if (object.invitation != null) {
                if (!$util.isObject(object.invitation))
                    throw $TypeError(".meow.InvitationRequest.invitation: object expected");
                message.invitation = $root.meow.Invitation.fromObject(object.invitation, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from an InvitationRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.InvitationRequest
         * @static
         * @param {meow.InvitationRequest} message InvitationRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        InvitationRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.op = options.enums === $String ? "OP_UNSPECIFIED" : 0;
                object.invitation = null;
            }
            if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                object.op = options.enums === $String ? $root.meow.InvitationRequest.Op[message.op] === $undefined ? message.op : $root.meow.InvitationRequest.Op[message.op] : message.op;
            if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation"))
                object.invitation = $root.meow.Invitation.toObject(message.invitation, options, _depth + 1);
            return object;
        };

        /**
         * Converts this InvitationRequest to JSON.
         * @function toJSON
         * @memberof meow.InvitationRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        InvitationRequest.prototype.toJSON = function() {
            return InvitationRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for InvitationRequest
         * @function getTypeUrl
         * @memberof meow.InvitationRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        InvitationRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.InvitationRequest";
        };

        /**
         * Op enum.
         * @name meow.InvitationRequest.Op
         * @enum {number}
         * @property {number} OP_UNSPECIFIED=0 OP_UNSPECIFIED value
         * @property {number} CREATE=1 CREATE value
         * @property {number} GET=2 GET value
         * @property {number} DELETE=3 DELETE value
         */
        InvitationRequest.Op = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OP_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CREATE"] = 1;
            values[valuesById[2] = "GET"] = 2;
            values[valuesById[3] = "DELETE"] = 3;
            return values;
        })();

        return InvitationRequest;
    })();

    meow.FromServerMessage = (function() {

        /**
         * Properties of a FromServerMessage.
         * @typedef {Object} meow.FromServerMessage.$Properties
         * @property {number|null} [version] FromServerMessage version
         * @property {string|null} [uuid] FromServerMessage uuid
         * @property {number|null} [serverTime] FromServerMessage serverTime
         * @property {Array.<meow.QueueBatch.$Properties>|null} [chat] FromServerMessage chat
         * @property {Array.<meow.PushResult.$Properties>|null} [pushResults] FromServerMessage pushResults
         * @property {meow.InvitationResult.$Properties|null} [invitation] FromServerMessage invitation
         * @property {meow.ServerError.$Properties|null} [error] FromServerMessage error
         * @property {Array.<meow.AckResult.$Properties>|null} [ackResults] FromServerMessage ackResults
         * @property {meow.BlobResult.$Properties|null} [blob] FromServerMessage blob
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FromServerMessage.
         * @memberof meow
         * @interface IFromServerMessage
         * @augments meow.FromServerMessage.$Properties
         * @deprecated Use meow.FromServerMessage.$Properties instead.
         */

        /**
         * Shape of a FromServerMessage.
         * @typedef {meow.FromServerMessage.$Properties} meow.FromServerMessage.$Shape
         */

        /**
         * Constructs a new FromServerMessage.
         * @memberof meow
         * @classdesc Represents a FromServerMessage.
         * @constructor
         * @param {meow.FromServerMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const FromServerMessage = function (properties) {
            this.chat = [];
            this.pushResults = [];
            this.ackResults = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FromServerMessage version.
         * @member {number} version
         * @memberof meow.FromServerMessage
         * @instance
         */
        FromServerMessage.prototype.version = 0;

        /**
         * FromServerMessage uuid.
         * @member {string} uuid
         * @memberof meow.FromServerMessage
         * @instance
         */
        FromServerMessage.prototype.uuid = "";

        /**
         * FromServerMessage serverTime.
         * @member {number} serverTime
         * @memberof meow.FromServerMessage
         * @instance
         */
        FromServerMessage.prototype.serverTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * FromServerMessage chat.
         * @member {Array.<meow.QueueBatch.$Properties>} chat
         * @memberof meow.FromServerMessage
         * @instance
         */
        FromServerMessage.prototype.chat = $util.emptyArray;

        /**
         * FromServerMessage pushResults.
         * @member {Array.<meow.PushResult.$Properties>} pushResults
         * @memberof meow.FromServerMessage
         * @instance
         */
        FromServerMessage.prototype.pushResults = $util.emptyArray;

        /**
         * FromServerMessage invitation.
         * @member {meow.InvitationResult.$Properties|null|undefined} invitation
         * @memberof meow.FromServerMessage
         * @instance
         */
        FromServerMessage.prototype.invitation = null;

        /**
         * FromServerMessage error.
         * @member {meow.ServerError.$Properties|null|undefined} error
         * @memberof meow.FromServerMessage
         * @instance
         */
        FromServerMessage.prototype.error = null;

        /**
         * FromServerMessage ackResults.
         * @member {Array.<meow.AckResult.$Properties>} ackResults
         * @memberof meow.FromServerMessage
         * @instance
         */
        FromServerMessage.prototype.ackResults = $util.emptyArray;

        /**
         * FromServerMessage blob.
         * @member {meow.BlobResult.$Properties|null|undefined} blob
         * @memberof meow.FromServerMessage
         * @instance
         */
        FromServerMessage.prototype.blob = null;

        /**
         * Creates a new FromServerMessage instance using the specified properties.
         * @function create
         * @memberof meow.FromServerMessage
         * @static
         * @param {meow.FromServerMessage.$Properties=} [properties] Properties to set
         * @returns {meow.FromServerMessage} FromServerMessage instance
         * @type {{
         *   (properties: meow.FromServerMessage.$Shape): meow.FromServerMessage & meow.FromServerMessage.$Shape;
         *   (properties?: meow.FromServerMessage.$Properties): meow.FromServerMessage;
         * }}
         */
        FromServerMessage.create = function(properties) {
            return new FromServerMessage(properties);
        };

        /**
         * Encodes the specified FromServerMessage message. Does not implicitly {@link meow.FromServerMessage.verify|verify} messages.
         * @function encode
         * @memberof meow.FromServerMessage
         * @static
         * @param {meow.FromServerMessage.$Properties} message FromServerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FromServerMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.uuid);
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime") && (typeof message.serverTime === "object" ? message.serverTime.low || message.serverTime.high : message.serverTime !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.serverTime);
            if (message.chat != null && message.chat.length)
                for (let i = 0; i < message.chat.length; ++i)
                    $root.meow.QueueBatch.encode(message.chat[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.pushResults != null && message.pushResults.length)
                for (let i = 0; i < message.pushResults.length; ++i)
                    $root.meow.PushResult.encode(message.pushResults[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation"))
                $root.meow.InvitationResult.encode(message.invitation, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                $root.meow.ServerError.encode(message.error, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.ackResults != null && message.ackResults.length)
                for (let i = 0; i < message.ackResults.length; ++i)
                    $root.meow.AckResult.encode(message.ackResults[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.blob != null && $Object.hasOwnProperty.call(message, "blob"))
                $root.meow.BlobResult.encode(message.blob, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified FromServerMessage message, length delimited. Does not implicitly {@link meow.FromServerMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.FromServerMessage
         * @static
         * @param {meow.FromServerMessage.$Properties} message FromServerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FromServerMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a FromServerMessage message from the specified reader or buffer.
         * @function decode
         * @memberof meow.FromServerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.FromServerMessage & meow.FromServerMessage.$Shape} FromServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FromServerMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.FromServerMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uuid = value;
                        else
                            delete message.uuid;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.serverTime = value;
                        else
                            delete message.serverTime;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.chat && message.chat.length))
                            message.chat = [];
                        message.chat.push($root.meow.QueueBatch.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.pushResults && message.pushResults.length))
                            message.pushResults = [];
                        message.pushResults.push($root.meow.PushResult.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.invitation = $root.meow.InvitationResult.decode(reader, reader.size(), $undefined, _depth + 1, message.invitation);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.error = $root.meow.ServerError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.ackResults && message.ackResults.length))
                            message.ackResults = [];
                        message.ackResults.push($root.meow.AckResult.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.blob = $root.meow.BlobResult.decode(reader, reader.size(), $undefined, _depth + 1, message.blob);
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

        /**
         * Decodes a FromServerMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.FromServerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.FromServerMessage & meow.FromServerMessage.$Shape} FromServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FromServerMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a FromServerMessage message.
         * @function verify
         * @memberof meow.FromServerMessage
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        FromServerMessage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                if (!$util.isString(message.uuid))
                    return "uuid: string expected";
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                if (!$util.isInteger(message.serverTime) && !(message.serverTime && $util.isInteger(message.serverTime.low) && $util.isInteger(message.serverTime.high)))
                    return "serverTime: integer|Long expected";
            if (message.chat != null && $Object.hasOwnProperty.call(message, "chat")) {
                if (!$Array.isArray(message.chat))
                    return "chat: array expected";
                for (let i = 0; i < message.chat.length; ++i) {
                    let error = $root.meow.QueueBatch.verify(message.chat[i], _depth + 1);
                    if (error)
                        return "chat." + error;
                }
            }
            if (message.pushResults != null && $Object.hasOwnProperty.call(message, "pushResults")) {
                if (!$Array.isArray(message.pushResults))
                    return "pushResults: array expected";
                for (let i = 0; i < message.pushResults.length; ++i) {
                    let error = $root.meow.PushResult.verify(message.pushResults[i], _depth + 1);
                    if (error)
                        return "pushResults." + error;
                }
            }
            if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation")) {
                let error = $root.meow.InvitationResult.verify(message.invitation, _depth + 1);
                if (error)
                    return "invitation." + error;
            }
            if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                let error = $root.meow.ServerError.verify(message.error, _depth + 1);
                if (error)
                    return "error." + error;
            }
            if (message.ackResults != null && $Object.hasOwnProperty.call(message, "ackResults")) {
                if (!$Array.isArray(message.ackResults))
                    return "ackResults: array expected";
                for (let i = 0; i < message.ackResults.length; ++i) {
                    let error = $root.meow.AckResult.verify(message.ackResults[i], _depth + 1);
                    if (error)
                        return "ackResults." + error;
                }
            }
            if (message.blob != null && $Object.hasOwnProperty.call(message, "blob")) {
                let error = $root.meow.BlobResult.verify(message.blob, _depth + 1);
                if (error)
                    return "blob." + error;
            }
            return null;
        };

        /**
         * Creates a FromServerMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.FromServerMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.FromServerMessage} FromServerMessage
         */
        FromServerMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.FromServerMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.FromServerMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.FromServerMessage();
            if (object.version != null)
                if ($Number(object.version) !== 0)
                    message.version = object.version >>> 0;
            if (object.uuid != null)
                if (typeof object.uuid !== "string" || object.uuid.length)
                    message.uuid = $String(object.uuid);
            if (object.serverTime != null)
                if (typeof object.serverTime === "object" ? object.serverTime.low || object.serverTime.high : $Number(object.serverTime) !== 0)
                    if ($util.Long)
                        message.serverTime = $util.Long.fromValue(object.serverTime, false);
                    else if (typeof object.serverTime === "string")
                        message.serverTime = $parseInt(object.serverTime, 10);
                    else if (typeof object.serverTime === "number")
                        message.serverTime = object.serverTime;
                    else if (typeof object.serverTime === "object")
                        message.serverTime = new $util.LongBits(object.serverTime.low >>> 0, object.serverTime.high >>> 0).toNumber();
            if (object.chat) {
                if (!$Array.isArray(object.chat))
                    throw $TypeError(".meow.FromServerMessage.chat: array expected");
                message.chat = $Array(object.chat.length);
                for (let i = 0; i < object.chat.length; ++i) {
                    if (!$util.isObject(object.chat[i]))
                        throw $TypeError(".meow.FromServerMessage.chat: object expected");
                    message.chat[i] = $root.meow.QueueBatch.fromObject(object.chat[i], _depth + 1);
                }
            }
            if (object.pushResults) {
                if (!$Array.isArray(object.pushResults))
                    throw $TypeError(".meow.FromServerMessage.pushResults: array expected");
                message.pushResults = $Array(object.pushResults.length);
                for (let i = 0; i < object.pushResults.length; ++i) {
                    if (!$util.isObject(object.pushResults[i]))
                        throw $TypeError(".meow.FromServerMessage.pushResults: object expected");
                    message.pushResults[i] = $root.meow.PushResult.fromObject(object.pushResults[i], _depth + 1);
                }
            }
            if (object.invitation != null) {
                if (!$util.isObject(object.invitation))
                    throw $TypeError(".meow.FromServerMessage.invitation: object expected");
                message.invitation = $root.meow.InvitationResult.fromObject(object.invitation, _depth + 1);
            }
            if (object.error != null) {
                if (!$util.isObject(object.error))
                    throw $TypeError(".meow.FromServerMessage.error: object expected");
                message.error = $root.meow.ServerError.fromObject(object.error, _depth + 1);
            }
            if (object.ackResults) {
                if (!$Array.isArray(object.ackResults))
                    throw $TypeError(".meow.FromServerMessage.ackResults: array expected");
                message.ackResults = $Array(object.ackResults.length);
                for (let i = 0; i < object.ackResults.length; ++i) {
                    if (!$util.isObject(object.ackResults[i]))
                        throw $TypeError(".meow.FromServerMessage.ackResults: object expected");
                    message.ackResults[i] = $root.meow.AckResult.fromObject(object.ackResults[i], _depth + 1);
                }
            }
            if (object.blob != null) {
                if (!$util.isObject(object.blob))
                    throw $TypeError(".meow.FromServerMessage.blob: object expected");
                message.blob = $root.meow.BlobResult.fromObject(object.blob, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a FromServerMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.FromServerMessage
         * @static
         * @param {meow.FromServerMessage} message FromServerMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        FromServerMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.chat = [];
                object.pushResults = [];
                object.ackResults = [];
            }
            if (options.defaults) {
                object.version = 0;
                object.uuid = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.serverTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.serverTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.invitation = null;
                object.error = null;
                object.blob = null;
            }
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                object.uuid = message.uuid;
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.serverTime = typeof message.serverTime === "number" ? $BigInt(message.serverTime) : $util.Long.fromBits(message.serverTime.low >>> 0, message.serverTime.high >>> 0, false).toBigInt();
                else if (typeof message.serverTime === "number")
                    object.serverTime = options.longs === $String ? $String(message.serverTime) : message.serverTime;
                else
                    object.serverTime = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTime) : options.longs === $Number ? new $util.LongBits(message.serverTime.low >>> 0, message.serverTime.high >>> 0).toNumber() : message.serverTime;
            if (message.chat && message.chat.length) {
                object.chat = $Array(message.chat.length);
                for (let j = 0; j < message.chat.length; ++j)
                    object.chat[j] = $root.meow.QueueBatch.toObject(message.chat[j], options, _depth + 1);
            }
            if (message.pushResults && message.pushResults.length) {
                object.pushResults = $Array(message.pushResults.length);
                for (let j = 0; j < message.pushResults.length; ++j)
                    object.pushResults[j] = $root.meow.PushResult.toObject(message.pushResults[j], options, _depth + 1);
            }
            if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation"))
                object.invitation = $root.meow.InvitationResult.toObject(message.invitation, options, _depth + 1);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                object.error = $root.meow.ServerError.toObject(message.error, options, _depth + 1);
            if (message.ackResults && message.ackResults.length) {
                object.ackResults = $Array(message.ackResults.length);
                for (let j = 0; j < message.ackResults.length; ++j)
                    object.ackResults[j] = $root.meow.AckResult.toObject(message.ackResults[j], options, _depth + 1);
            }
            if (message.blob != null && $Object.hasOwnProperty.call(message, "blob"))
                object.blob = $root.meow.BlobResult.toObject(message.blob, options, _depth + 1);
            return object;
        };

        /**
         * Converts this FromServerMessage to JSON.
         * @function toJSON
         * @memberof meow.FromServerMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        FromServerMessage.prototype.toJSON = function() {
            return FromServerMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for FromServerMessage
         * @function getTypeUrl
         * @memberof meow.FromServerMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        FromServerMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.FromServerMessage";
        };

        return FromServerMessage;
    })();

    meow.QueueEntry = (function() {

        /**
         * Properties of a QueueEntry.
         * @typedef {Object} meow.QueueEntry.$Properties
         * @property {number|null} [seq] QueueEntry seq
         * @property {meow.PackedUserMessage.$Properties|null} [message] QueueEntry message
         * @property {number|null} [receivedAt] QueueEntry receivedAt
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a QueueEntry.
         * @memberof meow
         * @interface IQueueEntry
         * @augments meow.QueueEntry.$Properties
         * @deprecated Use meow.QueueEntry.$Properties instead.
         */

        /**
         * Shape of a QueueEntry.
         * @typedef {meow.QueueEntry.$Properties} meow.QueueEntry.$Shape
         */

        /**
         * Constructs a new QueueEntry.
         * @memberof meow
         * @classdesc Represents a QueueEntry.
         * @constructor
         * @param {meow.QueueEntry.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const QueueEntry = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * QueueEntry seq.
         * @member {number} seq
         * @memberof meow.QueueEntry
         * @instance
         */
        QueueEntry.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * QueueEntry message.
         * @member {meow.PackedUserMessage.$Properties|null|undefined} message
         * @memberof meow.QueueEntry
         * @instance
         */
        QueueEntry.prototype.message = null;

        /**
         * QueueEntry receivedAt.
         * @member {number} receivedAt
         * @memberof meow.QueueEntry
         * @instance
         */
        QueueEntry.prototype.receivedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new QueueEntry instance using the specified properties.
         * @function create
         * @memberof meow.QueueEntry
         * @static
         * @param {meow.QueueEntry.$Properties=} [properties] Properties to set
         * @returns {meow.QueueEntry} QueueEntry instance
         * @type {{
         *   (properties: meow.QueueEntry.$Shape): meow.QueueEntry & meow.QueueEntry.$Shape;
         *   (properties?: meow.QueueEntry.$Properties): meow.QueueEntry;
         * }}
         */
        QueueEntry.create = function(properties) {
            return new QueueEntry(properties);
        };

        /**
         * Encodes the specified QueueEntry message. Does not implicitly {@link meow.QueueEntry.verify|verify} messages.
         * @function encode
         * @memberof meow.QueueEntry
         * @static
         * @param {meow.QueueEntry.$Properties} message QueueEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QueueEntry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                $root.meow.PackedUserMessage.encode(message.message, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt") && (typeof message.receivedAt === "object" ? message.receivedAt.low || message.receivedAt.high : message.receivedAt !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.receivedAt);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified QueueEntry message, length delimited. Does not implicitly {@link meow.QueueEntry.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.QueueEntry
         * @static
         * @param {meow.QueueEntry.$Properties} message QueueEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QueueEntry.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a QueueEntry message from the specified reader or buffer.
         * @function decode
         * @memberof meow.QueueEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.QueueEntry & meow.QueueEntry.$Shape} QueueEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QueueEntry.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.QueueEntry();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.message = $root.meow.PackedUserMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.receivedAt = value;
                        else
                            delete message.receivedAt;
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

        /**
         * Decodes a QueueEntry message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.QueueEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.QueueEntry & meow.QueueEntry.$Shape} QueueEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QueueEntry.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a QueueEntry message.
         * @function verify
         * @memberof meow.QueueEntry
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        QueueEntry.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                    return "seq: integer|Long expected";
            if (message.message != null && $Object.hasOwnProperty.call(message, "message")) {
                let error = $root.meow.PackedUserMessage.verify(message.message, _depth + 1);
                if (error)
                    return "message." + error;
            }
            if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt"))
                if (!$util.isInteger(message.receivedAt) && !(message.receivedAt && $util.isInteger(message.receivedAt.low) && $util.isInteger(message.receivedAt.high)))
                    return "receivedAt: integer|Long expected";
            return null;
        };

        /**
         * Creates a QueueEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.QueueEntry
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.QueueEntry} QueueEntry
         */
        QueueEntry.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.QueueEntry)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.QueueEntry: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.QueueEntry();
            if (object.seq != null)
                if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                    if ($util.Long)
                        message.seq = $util.Long.fromValue(object.seq, true);
                    else if (typeof object.seq === "string")
                        message.seq = $parseInt(object.seq, 10);
                    else if (typeof object.seq === "number")
                        message.seq = object.seq;
                    else if (typeof object.seq === "object")
                        message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
            if (object.message != null) {
                if (!$util.isObject(object.message))
                    throw $TypeError(".meow.QueueEntry.message: object expected");
                message.message = $root.meow.PackedUserMessage.fromObject(object.message, _depth + 1);
            }
            if (object.receivedAt != null)
                if (typeof object.receivedAt === "object" ? object.receivedAt.low || object.receivedAt.high : $Number(object.receivedAt) !== 0)
                    if ($util.Long)
                        message.receivedAt = $util.Long.fromValue(object.receivedAt, false);
                    else if (typeof object.receivedAt === "string")
                        message.receivedAt = $parseInt(object.receivedAt, 10);
                    else if (typeof object.receivedAt === "number")
                        message.receivedAt = object.receivedAt;
                    else if (typeof object.receivedAt === "object")
                        message.receivedAt = new $util.LongBits(object.receivedAt.low >>> 0, object.receivedAt.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from a QueueEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.QueueEntry
         * @static
         * @param {meow.QueueEntry} message QueueEntry
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        QueueEntry.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.message = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.receivedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.receivedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                else if (typeof message.seq === "number")
                    object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                else
                    object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                object.message = $root.meow.PackedUserMessage.toObject(message.message, options, _depth + 1);
            if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.receivedAt = typeof message.receivedAt === "number" ? $BigInt(message.receivedAt) : $util.Long.fromBits(message.receivedAt.low >>> 0, message.receivedAt.high >>> 0, false).toBigInt();
                else if (typeof message.receivedAt === "number")
                    object.receivedAt = options.longs === $String ? $String(message.receivedAt) : message.receivedAt;
                else
                    object.receivedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.receivedAt) : options.longs === $Number ? new $util.LongBits(message.receivedAt.low >>> 0, message.receivedAt.high >>> 0).toNumber() : message.receivedAt;
            return object;
        };

        /**
         * Converts this QueueEntry to JSON.
         * @function toJSON
         * @memberof meow.QueueEntry
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        QueueEntry.prototype.toJSON = function() {
            return QueueEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for QueueEntry
         * @function getTypeUrl
         * @memberof meow.QueueEntry
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        QueueEntry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.QueueEntry";
        };

        return QueueEntry;
    })();

    meow.QueueBatch = (function() {

        /**
         * Properties of a QueueBatch.
         * @typedef {Object} meow.QueueBatch.$Properties
         * @property {Uint8Array|null} [lookupKey] QueueBatch lookupKey
         * @property {Array.<meow.QueueEntry.$Properties>|null} [entries] QueueBatch entries
         * @property {number|null} [cursor] QueueBatch cursor
         * @property {boolean|null} [more] QueueBatch more
         * @property {string|null} [errorCode] QueueBatch errorCode
         * @property {number|null} [expired] QueueBatch expired
         * @property {boolean|null} [expiredUnknown] QueueBatch expiredUnknown
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a QueueBatch.
         * @memberof meow
         * @interface IQueueBatch
         * @augments meow.QueueBatch.$Properties
         * @deprecated Use meow.QueueBatch.$Properties instead.
         */

        /**
         * Shape of a QueueBatch.
         * @typedef {meow.QueueBatch.$Properties} meow.QueueBatch.$Shape
         */

        /**
         * Constructs a new QueueBatch.
         * @memberof meow
         * @classdesc Represents a QueueBatch.
         * @constructor
         * @param {meow.QueueBatch.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const QueueBatch = function (properties) {
            this.entries = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * QueueBatch lookupKey.
         * @member {Uint8Array} lookupKey
         * @memberof meow.QueueBatch
         * @instance
         */
        QueueBatch.prototype.lookupKey = $util.newBuffer([]);

        /**
         * QueueBatch entries.
         * @member {Array.<meow.QueueEntry.$Properties>} entries
         * @memberof meow.QueueBatch
         * @instance
         */
        QueueBatch.prototype.entries = $util.emptyArray;

        /**
         * QueueBatch cursor.
         * @member {number} cursor
         * @memberof meow.QueueBatch
         * @instance
         */
        QueueBatch.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * QueueBatch more.
         * @member {boolean} more
         * @memberof meow.QueueBatch
         * @instance
         */
        QueueBatch.prototype.more = false;

        /**
         * QueueBatch errorCode.
         * @member {string} errorCode
         * @memberof meow.QueueBatch
         * @instance
         */
        QueueBatch.prototype.errorCode = "";

        /**
         * QueueBatch expired.
         * @member {number} expired
         * @memberof meow.QueueBatch
         * @instance
         */
        QueueBatch.prototype.expired = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * QueueBatch expiredUnknown.
         * @member {boolean} expiredUnknown
         * @memberof meow.QueueBatch
         * @instance
         */
        QueueBatch.prototype.expiredUnknown = false;

        /**
         * Creates a new QueueBatch instance using the specified properties.
         * @function create
         * @memberof meow.QueueBatch
         * @static
         * @param {meow.QueueBatch.$Properties=} [properties] Properties to set
         * @returns {meow.QueueBatch} QueueBatch instance
         * @type {{
         *   (properties: meow.QueueBatch.$Shape): meow.QueueBatch & meow.QueueBatch.$Shape;
         *   (properties?: meow.QueueBatch.$Properties): meow.QueueBatch;
         * }}
         */
        QueueBatch.create = function(properties) {
            return new QueueBatch(properties);
        };

        /**
         * Encodes the specified QueueBatch message. Does not implicitly {@link meow.QueueBatch.verify|verify} messages.
         * @function encode
         * @memberof meow.QueueBatch
         * @static
         * @param {meow.QueueBatch.$Properties} message QueueBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QueueBatch.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey") && message.lookupKey.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.lookupKey);
            if (message.entries != null && message.entries.length)
                for (let i = 0; i < message.entries.length; ++i)
                    $root.meow.QueueEntry.encode(message.entries[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && (typeof message.cursor === "object" ? message.cursor.low || message.cursor.high : message.cursor !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.cursor);
            if (message.more != null && $Object.hasOwnProperty.call(message, "more") && message.more !== false)
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.more);
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.errorCode);
            if (message.expired != null && $Object.hasOwnProperty.call(message, "expired") && (typeof message.expired === "object" ? message.expired.low || message.expired.high : message.expired !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.expired);
            if (message.expiredUnknown != null && $Object.hasOwnProperty.call(message, "expiredUnknown") && message.expiredUnknown !== false)
                writer.uint32(/* id 7, wireType 0 =*/56).bool(message.expiredUnknown);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified QueueBatch message, length delimited. Does not implicitly {@link meow.QueueBatch.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.QueueBatch
         * @static
         * @param {meow.QueueBatch.$Properties} message QueueBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QueueBatch.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a QueueBatch message from the specified reader or buffer.
         * @function decode
         * @memberof meow.QueueBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.QueueBatch & meow.QueueBatch.$Shape} QueueBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QueueBatch.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.QueueBatch();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.lookupKey = value;
                        else
                            delete message.lookupKey;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.entries && message.entries.length))
                            message.entries = [];
                        message.entries.push($root.meow.QueueEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.cursor = value;
                        else
                            delete message.cursor;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.more = value;
                        else
                            delete message.more;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.errorCode = value;
                        else
                            delete message.errorCode;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.expired = value;
                        else
                            delete message.expired;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.expiredUnknown = value;
                        else
                            delete message.expiredUnknown;
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

        /**
         * Decodes a QueueBatch message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.QueueBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.QueueBatch & meow.QueueBatch.$Shape} QueueBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QueueBatch.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a QueueBatch message.
         * @function verify
         * @memberof meow.QueueBatch
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        QueueBatch.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey"))
                if (!(message.lookupKey && typeof message.lookupKey.length === "number" || $util.isString(message.lookupKey)))
                    return "lookupKey: buffer expected";
            if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                if (!$Array.isArray(message.entries))
                    return "entries: array expected";
                for (let i = 0; i < message.entries.length; ++i) {
                    let error = $root.meow.QueueEntry.verify(message.entries[i], _depth + 1);
                    if (error)
                        return "entries." + error;
                }
            }
            if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                if (!$util.isInteger(message.cursor) && !(message.cursor && $util.isInteger(message.cursor.low) && $util.isInteger(message.cursor.high)))
                    return "cursor: integer|Long expected";
            if (message.more != null && $Object.hasOwnProperty.call(message, "more"))
                if (typeof message.more !== "boolean")
                    return "more: boolean expected";
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                if (!$util.isString(message.errorCode))
                    return "errorCode: string expected";
            if (message.expired != null && $Object.hasOwnProperty.call(message, "expired"))
                if (!$util.isInteger(message.expired) && !(message.expired && $util.isInteger(message.expired.low) && $util.isInteger(message.expired.high)))
                    return "expired: integer|Long expected";
            if (message.expiredUnknown != null && $Object.hasOwnProperty.call(message, "expiredUnknown"))
                if (typeof message.expiredUnknown !== "boolean")
                    return "expiredUnknown: boolean expected";
            return null;
        };

        /**
         * Creates a QueueBatch message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.QueueBatch
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.QueueBatch} QueueBatch
         */
        QueueBatch.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.QueueBatch)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.QueueBatch: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.QueueBatch();
            if (object.lookupKey != null)
                if (object.lookupKey.length)
                    if (typeof object.lookupKey === "string")
                        $util.base64.decode(object.lookupKey, message.lookupKey = $util.newBuffer($util.base64.length(object.lookupKey)), 0);
                    else if (object.lookupKey.length >= 0)
                        message.lookupKey = object.lookupKey;
            if (object.entries) {
                if (!$Array.isArray(object.entries))
                    throw $TypeError(".meow.QueueBatch.entries: array expected");
                message.entries = $Array(object.entries.length);
                for (let i = 0; i < object.entries.length; ++i) {
                    if (!$util.isObject(object.entries[i]))
                        throw $TypeError(".meow.QueueBatch.entries: object expected");
                    message.entries[i] = $root.meow.QueueEntry.fromObject(object.entries[i], _depth + 1);
                }
            }
            if (object.cursor != null)
                if (typeof object.cursor === "object" ? object.cursor.low || object.cursor.high : $Number(object.cursor) !== 0)
                    if ($util.Long)
                        message.cursor = $util.Long.fromValue(object.cursor, true);
                    else if (typeof object.cursor === "string")
                        message.cursor = $parseInt(object.cursor, 10);
                    else if (typeof object.cursor === "number")
                        message.cursor = object.cursor;
                    else if (typeof object.cursor === "object")
                        message.cursor = new $util.LongBits(object.cursor.low >>> 0, object.cursor.high >>> 0).toNumber(true);
            if (object.more != null)
                if (object.more)
                    message.more = $Boolean(object.more);
            if (object.errorCode != null)
                if (typeof object.errorCode !== "string" || object.errorCode.length)
                    message.errorCode = $String(object.errorCode);
            if (object.expired != null)
                if (typeof object.expired === "object" ? object.expired.low || object.expired.high : $Number(object.expired) !== 0)
                    if ($util.Long)
                        message.expired = $util.Long.fromValue(object.expired, true);
                    else if (typeof object.expired === "string")
                        message.expired = $parseInt(object.expired, 10);
                    else if (typeof object.expired === "number")
                        message.expired = object.expired;
                    else if (typeof object.expired === "object")
                        message.expired = new $util.LongBits(object.expired.low >>> 0, object.expired.high >>> 0).toNumber(true);
            if (object.expiredUnknown != null)
                if (object.expiredUnknown)
                    message.expiredUnknown = $Boolean(object.expiredUnknown);
            return message;
        };

        /**
         * Creates a plain object from a QueueBatch message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.QueueBatch
         * @static
         * @param {meow.QueueBatch} message QueueBatch
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        QueueBatch.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.entries = [];
            if (options.defaults) {
                if (options.bytes === $String)
                    object.lookupKey = "";
                else {
                    object.lookupKey = [];
                    if (options.bytes !== $Array)
                        object.lookupKey = $util.newBuffer(object.lookupKey);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.cursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.cursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.more = false;
                object.errorCode = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.expired = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.expired = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.expiredUnknown = false;
            }
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey"))
                object.lookupKey = options.bytes === $String ? $util.base64.encode(message.lookupKey, 0, message.lookupKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.lookupKey) : message.lookupKey;
            if (message.entries && message.entries.length) {
                object.entries = $Array(message.entries.length);
                for (let j = 0; j < message.entries.length; ++j)
                    object.entries[j] = $root.meow.QueueEntry.toObject(message.entries[j], options, _depth + 1);
            }
            if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, true).toBigInt();
                else if (typeof message.cursor === "number")
                    object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                else
                    object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber(true) : message.cursor;
            if (message.more != null && $Object.hasOwnProperty.call(message, "more"))
                object.more = message.more;
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                object.errorCode = message.errorCode;
            if (message.expired != null && $Object.hasOwnProperty.call(message, "expired"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.expired = typeof message.expired === "number" ? $BigInt(message.expired) : $util.Long.fromBits(message.expired.low >>> 0, message.expired.high >>> 0, true).toBigInt();
                else if (typeof message.expired === "number")
                    object.expired = options.longs === $String ? $String(message.expired) : message.expired;
                else
                    object.expired = options.longs === $String ? $util.Long.prototype.toString.call(message.expired) : options.longs === $Number ? new $util.LongBits(message.expired.low >>> 0, message.expired.high >>> 0).toNumber(true) : message.expired;
            if (message.expiredUnknown != null && $Object.hasOwnProperty.call(message, "expiredUnknown"))
                object.expiredUnknown = message.expiredUnknown;
            return object;
        };

        /**
         * Converts this QueueBatch to JSON.
         * @function toJSON
         * @memberof meow.QueueBatch
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        QueueBatch.prototype.toJSON = function() {
            return QueueBatch.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for QueueBatch
         * @function getTypeUrl
         * @memberof meow.QueueBatch
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        QueueBatch.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.QueueBatch";
        };

        return QueueBatch;
    })();

    meow.PushResult = (function() {

        /**
         * Properties of a PushResult.
         * @typedef {Object} meow.PushResult.$Properties
         * @property {boolean|null} [accepted] PushResult accepted
         * @property {string|null} [errorCode] PushResult errorCode
         * @property {number|null} [retryAfterMs] PushResult retryAfterMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PushResult.
         * @memberof meow
         * @interface IPushResult
         * @augments meow.PushResult.$Properties
         * @deprecated Use meow.PushResult.$Properties instead.
         */

        /**
         * Shape of a PushResult.
         * @typedef {meow.PushResult.$Properties} meow.PushResult.$Shape
         */

        /**
         * Constructs a new PushResult.
         * @memberof meow
         * @classdesc Represents a PushResult.
         * @constructor
         * @param {meow.PushResult.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PushResult = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PushResult accepted.
         * @member {boolean} accepted
         * @memberof meow.PushResult
         * @instance
         */
        PushResult.prototype.accepted = false;

        /**
         * PushResult errorCode.
         * @member {string} errorCode
         * @memberof meow.PushResult
         * @instance
         */
        PushResult.prototype.errorCode = "";

        /**
         * PushResult retryAfterMs.
         * @member {number} retryAfterMs
         * @memberof meow.PushResult
         * @instance
         */
        PushResult.prototype.retryAfterMs = 0;

        /**
         * Creates a new PushResult instance using the specified properties.
         * @function create
         * @memberof meow.PushResult
         * @static
         * @param {meow.PushResult.$Properties=} [properties] Properties to set
         * @returns {meow.PushResult} PushResult instance
         * @type {{
         *   (properties: meow.PushResult.$Shape): meow.PushResult & meow.PushResult.$Shape;
         *   (properties?: meow.PushResult.$Properties): meow.PushResult;
         * }}
         */
        PushResult.create = function(properties) {
            return new PushResult(properties);
        };

        /**
         * Encodes the specified PushResult message. Does not implicitly {@link meow.PushResult.verify|verify} messages.
         * @function encode
         * @memberof meow.PushResult
         * @static
         * @param {meow.PushResult.$Properties} message PushResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PushResult.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.accepted);
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.errorCode);
            if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.retryAfterMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PushResult message, length delimited. Does not implicitly {@link meow.PushResult.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.PushResult
         * @static
         * @param {meow.PushResult.$Properties} message PushResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PushResult.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PushResult message from the specified reader or buffer.
         * @function decode
         * @memberof meow.PushResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.PushResult & meow.PushResult.$Shape} PushResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PushResult.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.PushResult();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.accepted = value;
                        else
                            delete message.accepted;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.errorCode = value;
                        else
                            delete message.errorCode;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.retryAfterMs = value;
                        else
                            delete message.retryAfterMs;
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

        /**
         * Decodes a PushResult message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.PushResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.PushResult & meow.PushResult.$Shape} PushResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PushResult.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PushResult message.
         * @function verify
         * @memberof meow.PushResult
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PushResult.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                if (typeof message.accepted !== "boolean")
                    return "accepted: boolean expected";
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                if (!$util.isString(message.errorCode))
                    return "errorCode: string expected";
            if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                if (!$util.isInteger(message.retryAfterMs))
                    return "retryAfterMs: integer expected";
            return null;
        };

        /**
         * Creates a PushResult message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.PushResult
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.PushResult} PushResult
         */
        PushResult.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.PushResult)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.PushResult: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.PushResult();
            if (object.accepted != null)
                if (object.accepted)
                    message.accepted = $Boolean(object.accepted);
            if (object.errorCode != null)
                if (typeof object.errorCode !== "string" || object.errorCode.length)
                    message.errorCode = $String(object.errorCode);
            if (object.retryAfterMs != null)
                if ($Number(object.retryAfterMs) !== 0)
                    message.retryAfterMs = object.retryAfterMs >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a PushResult message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.PushResult
         * @static
         * @param {meow.PushResult} message PushResult
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PushResult.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.accepted = false;
                object.errorCode = "";
                object.retryAfterMs = 0;
            }
            if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                object.accepted = message.accepted;
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                object.errorCode = message.errorCode;
            if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                object.retryAfterMs = message.retryAfterMs;
            return object;
        };

        /**
         * Converts this PushResult to JSON.
         * @function toJSON
         * @memberof meow.PushResult
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PushResult.prototype.toJSON = function() {
            return PushResult.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PushResult
         * @function getTypeUrl
         * @memberof meow.PushResult
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PushResult.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.PushResult";
        };

        return PushResult;
    })();

    meow.AckResult = (function() {

        /**
         * Properties of an AckResult.
         * @typedef {Object} meow.AckResult.$Properties
         * @property {boolean|null} [ok] AckResult ok
         * @property {string|null} [errorCode] AckResult errorCode
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AckResult.
         * @memberof meow
         * @interface IAckResult
         * @augments meow.AckResult.$Properties
         * @deprecated Use meow.AckResult.$Properties instead.
         */

        /**
         * Shape of an AckResult.
         * @typedef {meow.AckResult.$Properties} meow.AckResult.$Shape
         */

        /**
         * Constructs a new AckResult.
         * @memberof meow
         * @classdesc Represents an AckResult.
         * @constructor
         * @param {meow.AckResult.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AckResult = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AckResult ok.
         * @member {boolean} ok
         * @memberof meow.AckResult
         * @instance
         */
        AckResult.prototype.ok = false;

        /**
         * AckResult errorCode.
         * @member {string} errorCode
         * @memberof meow.AckResult
         * @instance
         */
        AckResult.prototype.errorCode = "";

        /**
         * Creates a new AckResult instance using the specified properties.
         * @function create
         * @memberof meow.AckResult
         * @static
         * @param {meow.AckResult.$Properties=} [properties] Properties to set
         * @returns {meow.AckResult} AckResult instance
         * @type {{
         *   (properties: meow.AckResult.$Shape): meow.AckResult & meow.AckResult.$Shape;
         *   (properties?: meow.AckResult.$Properties): meow.AckResult;
         * }}
         */
        AckResult.create = function(properties) {
            return new AckResult(properties);
        };

        /**
         * Encodes the specified AckResult message. Does not implicitly {@link meow.AckResult.verify|verify} messages.
         * @function encode
         * @memberof meow.AckResult
         * @static
         * @param {meow.AckResult.$Properties} message AckResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AckResult.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.ok);
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.errorCode);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified AckResult message, length delimited. Does not implicitly {@link meow.AckResult.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.AckResult
         * @static
         * @param {meow.AckResult.$Properties} message AckResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AckResult.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AckResult message from the specified reader or buffer.
         * @function decode
         * @memberof meow.AckResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.AckResult & meow.AckResult.$Shape} AckResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AckResult.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.AckResult();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.ok = value;
                        else
                            delete message.ok;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.errorCode = value;
                        else
                            delete message.errorCode;
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

        /**
         * Decodes an AckResult message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.AckResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.AckResult & meow.AckResult.$Shape} AckResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AckResult.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AckResult message.
         * @function verify
         * @memberof meow.AckResult
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AckResult.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                if (typeof message.ok !== "boolean")
                    return "ok: boolean expected";
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                if (!$util.isString(message.errorCode))
                    return "errorCode: string expected";
            return null;
        };

        /**
         * Creates an AckResult message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.AckResult
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.AckResult} AckResult
         */
        AckResult.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.AckResult)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.AckResult: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.AckResult();
            if (object.ok != null)
                if (object.ok)
                    message.ok = $Boolean(object.ok);
            if (object.errorCode != null)
                if (typeof object.errorCode !== "string" || object.errorCode.length)
                    message.errorCode = $String(object.errorCode);
            return message;
        };

        /**
         * Creates a plain object from an AckResult message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.AckResult
         * @static
         * @param {meow.AckResult} message AckResult
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AckResult.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.ok = false;
                object.errorCode = "";
            }
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                object.ok = message.ok;
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                object.errorCode = message.errorCode;
            return object;
        };

        /**
         * Converts this AckResult to JSON.
         * @function toJSON
         * @memberof meow.AckResult
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AckResult.prototype.toJSON = function() {
            return AckResult.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AckResult
         * @function getTypeUrl
         * @memberof meow.AckResult
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AckResult.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.AckResult";
        };

        return AckResult;
    })();

    meow.InvitationResult = (function() {

        /**
         * Properties of an InvitationResult.
         * @typedef {Object} meow.InvitationResult.$Properties
         * @property {boolean|null} [ok] InvitationResult ok
         * @property {meow.Invitation.$Properties|null} [invitation] InvitationResult invitation
         * @property {string|null} [errorCode] InvitationResult errorCode
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an InvitationResult.
         * @memberof meow
         * @interface IInvitationResult
         * @augments meow.InvitationResult.$Properties
         * @deprecated Use meow.InvitationResult.$Properties instead.
         */

        /**
         * Shape of an InvitationResult.
         * @typedef {meow.InvitationResult.$Properties} meow.InvitationResult.$Shape
         */

        /**
         * Constructs a new InvitationResult.
         * @memberof meow
         * @classdesc Represents an InvitationResult.
         * @constructor
         * @param {meow.InvitationResult.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const InvitationResult = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * InvitationResult ok.
         * @member {boolean} ok
         * @memberof meow.InvitationResult
         * @instance
         */
        InvitationResult.prototype.ok = false;

        /**
         * InvitationResult invitation.
         * @member {meow.Invitation.$Properties|null|undefined} invitation
         * @memberof meow.InvitationResult
         * @instance
         */
        InvitationResult.prototype.invitation = null;

        /**
         * InvitationResult errorCode.
         * @member {string} errorCode
         * @memberof meow.InvitationResult
         * @instance
         */
        InvitationResult.prototype.errorCode = "";

        /**
         * Creates a new InvitationResult instance using the specified properties.
         * @function create
         * @memberof meow.InvitationResult
         * @static
         * @param {meow.InvitationResult.$Properties=} [properties] Properties to set
         * @returns {meow.InvitationResult} InvitationResult instance
         * @type {{
         *   (properties: meow.InvitationResult.$Shape): meow.InvitationResult & meow.InvitationResult.$Shape;
         *   (properties?: meow.InvitationResult.$Properties): meow.InvitationResult;
         * }}
         */
        InvitationResult.create = function(properties) {
            return new InvitationResult(properties);
        };

        /**
         * Encodes the specified InvitationResult message. Does not implicitly {@link meow.InvitationResult.verify|verify} messages.
         * @function encode
         * @memberof meow.InvitationResult
         * @static
         * @param {meow.InvitationResult.$Properties} message InvitationResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InvitationResult.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.ok);
            if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation"))
                $root.meow.Invitation.encode(message.invitation, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.errorCode);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified InvitationResult message, length delimited. Does not implicitly {@link meow.InvitationResult.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.InvitationResult
         * @static
         * @param {meow.InvitationResult.$Properties} message InvitationResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InvitationResult.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an InvitationResult message from the specified reader or buffer.
         * @function decode
         * @memberof meow.InvitationResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.InvitationResult & meow.InvitationResult.$Shape} InvitationResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InvitationResult.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.InvitationResult();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.ok = value;
                        else
                            delete message.ok;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.invitation = $root.meow.Invitation.decode(reader, reader.size(), $undefined, _depth + 1, message.invitation);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.errorCode = value;
                        else
                            delete message.errorCode;
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

        /**
         * Decodes an InvitationResult message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.InvitationResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.InvitationResult & meow.InvitationResult.$Shape} InvitationResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InvitationResult.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an InvitationResult message.
         * @function verify
         * @memberof meow.InvitationResult
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        InvitationResult.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                if (typeof message.ok !== "boolean")
                    return "ok: boolean expected";
            if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation")) {
                let error = $root.meow.Invitation.verify(message.invitation, _depth + 1);
                if (error)
                    return "invitation." + error;
            }
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                if (!$util.isString(message.errorCode))
                    return "errorCode: string expected";
            return null;
        };

        /**
         * Creates an InvitationResult message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.InvitationResult
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.InvitationResult} InvitationResult
         */
        InvitationResult.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.InvitationResult)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.InvitationResult: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.InvitationResult();
            if (object.ok != null)
                if (object.ok)
                    message.ok = $Boolean(object.ok);
            if (object.invitation != null) {
                if (!$util.isObject(object.invitation))
                    throw $TypeError(".meow.InvitationResult.invitation: object expected");
                message.invitation = $root.meow.Invitation.fromObject(object.invitation, _depth + 1);
            }
            if (object.errorCode != null)
                if (typeof object.errorCode !== "string" || object.errorCode.length)
                    message.errorCode = $String(object.errorCode);
            return message;
        };

        /**
         * Creates a plain object from an InvitationResult message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.InvitationResult
         * @static
         * @param {meow.InvitationResult} message InvitationResult
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        InvitationResult.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.ok = false;
                object.invitation = null;
                object.errorCode = "";
            }
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                object.ok = message.ok;
            if (message.invitation != null && $Object.hasOwnProperty.call(message, "invitation"))
                object.invitation = $root.meow.Invitation.toObject(message.invitation, options, _depth + 1);
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                object.errorCode = message.errorCode;
            return object;
        };

        /**
         * Converts this InvitationResult to JSON.
         * @function toJSON
         * @memberof meow.InvitationResult
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        InvitationResult.prototype.toJSON = function() {
            return InvitationResult.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for InvitationResult
         * @function getTypeUrl
         * @memberof meow.InvitationResult
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        InvitationResult.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.InvitationResult";
        };

        return InvitationResult;
    })();

    meow.ServerError = (function() {

        /**
         * Properties of a ServerError.
         * @typedef {Object} meow.ServerError.$Properties
         * @property {string|null} [code] ServerError code
         * @property {string|null} [message] ServerError message
         * @property {number|null} [retryAfterMs] ServerError retryAfterMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ServerError.
         * @memberof meow
         * @interface IServerError
         * @augments meow.ServerError.$Properties
         * @deprecated Use meow.ServerError.$Properties instead.
         */

        /**
         * Shape of a ServerError.
         * @typedef {meow.ServerError.$Properties} meow.ServerError.$Shape
         */

        /**
         * Constructs a new ServerError.
         * @memberof meow
         * @classdesc Represents a ServerError.
         * @constructor
         * @param {meow.ServerError.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ServerError = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ServerError code.
         * @member {string} code
         * @memberof meow.ServerError
         * @instance
         */
        ServerError.prototype.code = "";

        /**
         * ServerError message.
         * @member {string} message
         * @memberof meow.ServerError
         * @instance
         */
        ServerError.prototype.message = "";

        /**
         * ServerError retryAfterMs.
         * @member {number} retryAfterMs
         * @memberof meow.ServerError
         * @instance
         */
        ServerError.prototype.retryAfterMs = 0;

        /**
         * Creates a new ServerError instance using the specified properties.
         * @function create
         * @memberof meow.ServerError
         * @static
         * @param {meow.ServerError.$Properties=} [properties] Properties to set
         * @returns {meow.ServerError} ServerError instance
         * @type {{
         *   (properties: meow.ServerError.$Shape): meow.ServerError & meow.ServerError.$Shape;
         *   (properties?: meow.ServerError.$Properties): meow.ServerError;
         * }}
         */
        ServerError.create = function(properties) {
            return new ServerError(properties);
        };

        /**
         * Encodes the specified ServerError message. Does not implicitly {@link meow.ServerError.verify|verify} messages.
         * @function encode
         * @memberof meow.ServerError
         * @static
         * @param {meow.ServerError.$Properties} message ServerError message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerError.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
            if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.retryAfterMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ServerError message, length delimited. Does not implicitly {@link meow.ServerError.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.ServerError
         * @static
         * @param {meow.ServerError.$Properties} message ServerError message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerError.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ServerError message from the specified reader or buffer.
         * @function decode
         * @memberof meow.ServerError
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.ServerError & meow.ServerError.$Shape} ServerError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerError.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.ServerError();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
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
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.retryAfterMs = value;
                        else
                            delete message.retryAfterMs;
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

        /**
         * Decodes a ServerError message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.ServerError
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.ServerError & meow.ServerError.$Shape} ServerError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerError.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ServerError message.
         * @function verify
         * @memberof meow.ServerError
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ServerError.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                if (!$util.isString(message.code))
                    return "code: string expected";
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                if (!$util.isString(message.message))
                    return "message: string expected";
            if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                if (!$util.isInteger(message.retryAfterMs))
                    return "retryAfterMs: integer expected";
            return null;
        };

        /**
         * Creates a ServerError message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.ServerError
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.ServerError} ServerError
         */
        ServerError.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.ServerError)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.ServerError: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.ServerError();
            if (object.code != null)
                if (typeof object.code !== "string" || object.code.length)
                    message.code = $String(object.code);
            if (object.message != null)
                if (typeof object.message !== "string" || object.message.length)
                    message.message = $String(object.message);
            if (object.retryAfterMs != null)
                if ($Number(object.retryAfterMs) !== 0)
                    message.retryAfterMs = object.retryAfterMs >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a ServerError message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.ServerError
         * @static
         * @param {meow.ServerError} message ServerError
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ServerError.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.code = "";
                object.message = "";
                object.retryAfterMs = 0;
            }
            if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                object.code = message.code;
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                object.message = message.message;
            if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                object.retryAfterMs = message.retryAfterMs;
            return object;
        };

        /**
         * Converts this ServerError to JSON.
         * @function toJSON
         * @memberof meow.ServerError
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ServerError.prototype.toJSON = function() {
            return ServerError.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ServerError
         * @function getTypeUrl
         * @memberof meow.ServerError
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ServerError.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.ServerError";
        };

        return ServerError;
    })();

    meow.ServerCard = (function() {

        /**
         * Properties of a ServerCard.
         * @typedef {Object} meow.ServerCard.$Properties
         * @property {string|null} [name] ServerCard name
         * @property {string|null} [url] ServerCard url
         * @property {Uint8Array|null} [publicKey] ServerCard publicKey
         * @property {number|null} [protocolVersion] ServerCard protocolVersion
         * @property {meow.ServerLimits.$Properties|null} [limits] ServerCard limits
         * @property {string|null} [software] ServerCard software
         * @property {Uint8Array|null} [signingKey] ServerCard signingKey
         * @property {Uint8Array|null} [signature] ServerCard signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ServerCard.
         * @memberof meow
         * @interface IServerCard
         * @augments meow.ServerCard.$Properties
         * @deprecated Use meow.ServerCard.$Properties instead.
         */

        /**
         * Shape of a ServerCard.
         * @typedef {meow.ServerCard.$Properties} meow.ServerCard.$Shape
         */

        /**
         * Constructs a new ServerCard.
         * @memberof meow
         * @classdesc Represents a ServerCard.
         * @constructor
         * @param {meow.ServerCard.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ServerCard = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ServerCard name.
         * @member {string} name
         * @memberof meow.ServerCard
         * @instance
         */
        ServerCard.prototype.name = "";

        /**
         * ServerCard url.
         * @member {string} url
         * @memberof meow.ServerCard
         * @instance
         */
        ServerCard.prototype.url = "";

        /**
         * ServerCard publicKey.
         * @member {Uint8Array} publicKey
         * @memberof meow.ServerCard
         * @instance
         */
        ServerCard.prototype.publicKey = $util.newBuffer([]);

        /**
         * ServerCard protocolVersion.
         * @member {number} protocolVersion
         * @memberof meow.ServerCard
         * @instance
         */
        ServerCard.prototype.protocolVersion = 0;

        /**
         * ServerCard limits.
         * @member {meow.ServerLimits.$Properties|null|undefined} limits
         * @memberof meow.ServerCard
         * @instance
         */
        ServerCard.prototype.limits = null;

        /**
         * ServerCard software.
         * @member {string} software
         * @memberof meow.ServerCard
         * @instance
         */
        ServerCard.prototype.software = "";

        /**
         * ServerCard signingKey.
         * @member {Uint8Array} signingKey
         * @memberof meow.ServerCard
         * @instance
         */
        ServerCard.prototype.signingKey = $util.newBuffer([]);

        /**
         * ServerCard signature.
         * @member {Uint8Array} signature
         * @memberof meow.ServerCard
         * @instance
         */
        ServerCard.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new ServerCard instance using the specified properties.
         * @function create
         * @memberof meow.ServerCard
         * @static
         * @param {meow.ServerCard.$Properties=} [properties] Properties to set
         * @returns {meow.ServerCard} ServerCard instance
         * @type {{
         *   (properties: meow.ServerCard.$Shape): meow.ServerCard & meow.ServerCard.$Shape;
         *   (properties?: meow.ServerCard.$Properties): meow.ServerCard;
         * }}
         */
        ServerCard.create = function(properties) {
            return new ServerCard(properties);
        };

        /**
         * Encodes the specified ServerCard message. Does not implicitly {@link meow.ServerCard.verify|verify} messages.
         * @function encode
         * @memberof meow.ServerCard
         * @static
         * @param {meow.ServerCard.$Properties} message ServerCard message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerCard.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.url);
            if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.publicKey);
            if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.protocolVersion);
            if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                $root.meow.ServerLimits.encode(message.limits, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.software != null && $Object.hasOwnProperty.call(message, "software") && message.software !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.software);
            if (message.signingKey != null && $Object.hasOwnProperty.call(message, "signingKey") && message.signingKey.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.signingKey);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.signature);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ServerCard message, length delimited. Does not implicitly {@link meow.ServerCard.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.ServerCard
         * @static
         * @param {meow.ServerCard.$Properties} message ServerCard message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerCard.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ServerCard message from the specified reader or buffer.
         * @function decode
         * @memberof meow.ServerCard
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.ServerCard & meow.ServerCard.$Shape} ServerCard
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerCard.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.ServerCard();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
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
                        if ((value = reader.stringVerify()).length)
                            message.url = value;
                        else
                            delete message.url;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.publicKey = value;
                        else
                            delete message.publicKey;
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
                        message.limits = $root.meow.ServerLimits.decode(reader, reader.size(), $undefined, _depth + 1, message.limits);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.software = value;
                        else
                            delete message.software;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signingKey = value;
                        else
                            delete message.signingKey;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
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

        /**
         * Decodes a ServerCard message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.ServerCard
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.ServerCard & meow.ServerCard.$Shape} ServerCard
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerCard.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ServerCard message.
         * @function verify
         * @memberof meow.ServerCard
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ServerCard.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                if (!$util.isString(message.url))
                    return "url: string expected";
            if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey"))
                if (!(message.publicKey && typeof message.publicKey.length === "number" || $util.isString(message.publicKey)))
                    return "publicKey: buffer expected";
            if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                if (!$util.isInteger(message.protocolVersion))
                    return "protocolVersion: integer expected";
            if (message.limits != null && $Object.hasOwnProperty.call(message, "limits")) {
                let error = $root.meow.ServerLimits.verify(message.limits, _depth + 1);
                if (error)
                    return "limits." + error;
            }
            if (message.software != null && $Object.hasOwnProperty.call(message, "software"))
                if (!$util.isString(message.software))
                    return "software: string expected";
            if (message.signingKey != null && $Object.hasOwnProperty.call(message, "signingKey"))
                if (!(message.signingKey && typeof message.signingKey.length === "number" || $util.isString(message.signingKey)))
                    return "signingKey: buffer expected";
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                    return "signature: buffer expected";
            return null;
        };

        /**
         * Creates a ServerCard message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.ServerCard
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.ServerCard} ServerCard
         */
        ServerCard.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.ServerCard)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.ServerCard: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.ServerCard();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.url != null)
                if (typeof object.url !== "string" || object.url.length)
                    message.url = $String(object.url);
            if (object.publicKey != null)
                if (object.publicKey.length)
                    if (typeof object.publicKey === "string")
                        $util.base64.decode(object.publicKey, message.publicKey = $util.newBuffer($util.base64.length(object.publicKey)), 0);
                    else if (object.publicKey.length >= 0)
                        message.publicKey = object.publicKey;
            if (object.protocolVersion != null)
                if ($Number(object.protocolVersion) !== 0)
                    message.protocolVersion = object.protocolVersion >>> 0;
            if (object.limits != null) {
                if (!$util.isObject(object.limits))
                    throw $TypeError(".meow.ServerCard.limits: object expected");
                message.limits = $root.meow.ServerLimits.fromObject(object.limits, _depth + 1);
            }
            if (object.software != null)
                if (typeof object.software !== "string" || object.software.length)
                    message.software = $String(object.software);
            if (object.signingKey != null)
                if (object.signingKey.length)
                    if (typeof object.signingKey === "string")
                        $util.base64.decode(object.signingKey, message.signingKey = $util.newBuffer($util.base64.length(object.signingKey)), 0);
                    else if (object.signingKey.length >= 0)
                        message.signingKey = object.signingKey;
            if (object.signature != null)
                if (object.signature.length)
                    if (typeof object.signature === "string")
                        $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                    else if (object.signature.length >= 0)
                        message.signature = object.signature;
            return message;
        };

        /**
         * Creates a plain object from a ServerCard message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.ServerCard
         * @static
         * @param {meow.ServerCard} message ServerCard
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ServerCard.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.url = "";
                if (options.bytes === $String)
                    object.publicKey = "";
                else {
                    object.publicKey = [];
                    if (options.bytes !== $Array)
                        object.publicKey = $util.newBuffer(object.publicKey);
                }
                object.protocolVersion = 0;
                object.limits = null;
                object.software = "";
                if (options.bytes === $String)
                    object.signingKey = "";
                else {
                    object.signingKey = [];
                    if (options.bytes !== $Array)
                        object.signingKey = $util.newBuffer(object.signingKey);
                }
                if (options.bytes === $String)
                    object.signature = "";
                else {
                    object.signature = [];
                    if (options.bytes !== $Array)
                        object.signature = $util.newBuffer(object.signature);
                }
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                object.url = message.url;
            if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey"))
                object.publicKey = options.bytes === $String ? $util.base64.encode(message.publicKey, 0, message.publicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.publicKey) : message.publicKey;
            if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                object.protocolVersion = message.protocolVersion;
            if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                object.limits = $root.meow.ServerLimits.toObject(message.limits, options, _depth + 1);
            if (message.software != null && $Object.hasOwnProperty.call(message, "software"))
                object.software = message.software;
            if (message.signingKey != null && $Object.hasOwnProperty.call(message, "signingKey"))
                object.signingKey = options.bytes === $String ? $util.base64.encode(message.signingKey, 0, message.signingKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signingKey) : message.signingKey;
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
            return object;
        };

        /**
         * Converts this ServerCard to JSON.
         * @function toJSON
         * @memberof meow.ServerCard
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ServerCard.prototype.toJSON = function() {
            return ServerCard.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ServerCard
         * @function getTypeUrl
         * @memberof meow.ServerCard
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ServerCard.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.ServerCard";
        };

        return ServerCard;
    })();

    meow.ServerLimits = (function() {

        /**
         * Properties of a ServerLimits.
         * @typedef {Object} meow.ServerLimits.$Properties
         * @property {number|null} [maxBodyBytes] ServerLimits maxBodyBytes
         * @property {number|null} [maxMessageBytes] ServerLimits maxMessageBytes
         * @property {number|null} [maxMessagesPerPush] ServerLimits maxMessagesPerPush
         * @property {number|null} [maxKeysPerPull] ServerLimits maxKeysPerPull
         * @property {number|null} [maxEntriesPerPull] ServerLimits maxEntriesPerPull
         * @property {number|null} [maxLongPollMs] ServerLimits maxLongPollMs
         * @property {number|null} [queueTtlSeconds] ServerLimits queueTtlSeconds
         * @property {number|null} [queueMaxLength] ServerLimits queueMaxLength
         * @property {number|null} [invitationMaxExpirySeconds] ServerLimits invitationMaxExpirySeconds
         * @property {number|null} [queueMaxBytes] ServerLimits queueMaxBytes
         * @property {number|null} [replayWindowMs] ServerLimits replayWindowMs
         * @property {number|null} [maxHeldPollsPerAddress] ServerLimits maxHeldPollsPerAddress
         * @property {number|null} [blobMaxChunks] ServerLimits blobMaxChunks
         * @property {number|null} [blobTtlSeconds] ServerLimits blobTtlSeconds
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ServerLimits.
         * @memberof meow
         * @interface IServerLimits
         * @augments meow.ServerLimits.$Properties
         * @deprecated Use meow.ServerLimits.$Properties instead.
         */

        /**
         * Shape of a ServerLimits.
         * @typedef {meow.ServerLimits.$Properties} meow.ServerLimits.$Shape
         */

        /**
         * Constructs a new ServerLimits.
         * @memberof meow
         * @classdesc Represents a ServerLimits.
         * @constructor
         * @param {meow.ServerLimits.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ServerLimits = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ServerLimits maxBodyBytes.
         * @member {number} maxBodyBytes
         * @memberof meow.ServerLimits
         * @instance
         */
        ServerLimits.prototype.maxBodyBytes = 0;

        /**
         * ServerLimits maxMessageBytes.
         * @member {number} maxMessageBytes
         * @memberof meow.ServerLimits
         * @instance
         */
        ServerLimits.prototype.maxMessageBytes = 0;

        /**
         * ServerLimits maxMessagesPerPush.
         * @member {number} maxMessagesPerPush
         * @memberof meow.ServerLimits
         * @instance
         */
        ServerLimits.prototype.maxMessagesPerPush = 0;

        /**
         * ServerLimits maxKeysPerPull.
         * @member {number} maxKeysPerPull
         * @memberof meow.ServerLimits
         * @instance
         */
        ServerLimits.prototype.maxKeysPerPull = 0;

        /**
         * ServerLimits maxEntriesPerPull.
         * @member {number} maxEntriesPerPull
         * @memberof meow.ServerLimits
         * @instance
         */
        ServerLimits.prototype.maxEntriesPerPull = 0;

        /**
         * ServerLimits maxLongPollMs.
         * @member {number} maxLongPollMs
         * @memberof meow.ServerLimits
         * @instance
         */
        ServerLimits.prototype.maxLongPollMs = 0;

        /**
         * ServerLimits queueTtlSeconds.
         * @member {number} queueTtlSeconds
         * @memberof meow.ServerLimits
         * @instance
         */
        ServerLimits.prototype.queueTtlSeconds = 0;

        /**
         * ServerLimits queueMaxLength.
         * @member {number} queueMaxLength
         * @memberof meow.ServerLimits
         * @instance
         */
        ServerLimits.prototype.queueMaxLength = 0;

        /**
         * ServerLimits invitationMaxExpirySeconds.
         * @member {number} invitationMaxExpirySeconds
         * @memberof meow.ServerLimits
         * @instance
         */
        ServerLimits.prototype.invitationMaxExpirySeconds = 0;

        /**
         * ServerLimits queueMaxBytes.
         * @member {number} queueMaxBytes
         * @memberof meow.ServerLimits
         * @instance
         */
        ServerLimits.prototype.queueMaxBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ServerLimits replayWindowMs.
         * @member {number} replayWindowMs
         * @memberof meow.ServerLimits
         * @instance
         */
        ServerLimits.prototype.replayWindowMs = 0;

        /**
         * ServerLimits maxHeldPollsPerAddress.
         * @member {number} maxHeldPollsPerAddress
         * @memberof meow.ServerLimits
         * @instance
         */
        ServerLimits.prototype.maxHeldPollsPerAddress = 0;

        /**
         * ServerLimits blobMaxChunks.
         * @member {number} blobMaxChunks
         * @memberof meow.ServerLimits
         * @instance
         */
        ServerLimits.prototype.blobMaxChunks = 0;

        /**
         * ServerLimits blobTtlSeconds.
         * @member {number} blobTtlSeconds
         * @memberof meow.ServerLimits
         * @instance
         */
        ServerLimits.prototype.blobTtlSeconds = 0;

        /**
         * Creates a new ServerLimits instance using the specified properties.
         * @function create
         * @memberof meow.ServerLimits
         * @static
         * @param {meow.ServerLimits.$Properties=} [properties] Properties to set
         * @returns {meow.ServerLimits} ServerLimits instance
         * @type {{
         *   (properties: meow.ServerLimits.$Shape): meow.ServerLimits & meow.ServerLimits.$Shape;
         *   (properties?: meow.ServerLimits.$Properties): meow.ServerLimits;
         * }}
         */
        ServerLimits.create = function(properties) {
            return new ServerLimits(properties);
        };

        /**
         * Encodes the specified ServerLimits message. Does not implicitly {@link meow.ServerLimits.verify|verify} messages.
         * @function encode
         * @memberof meow.ServerLimits
         * @static
         * @param {meow.ServerLimits.$Properties} message ServerLimits message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerLimits.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.maxBodyBytes != null && $Object.hasOwnProperty.call(message, "maxBodyBytes") && message.maxBodyBytes !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.maxBodyBytes);
            if (message.maxMessageBytes != null && $Object.hasOwnProperty.call(message, "maxMessageBytes") && message.maxMessageBytes !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxMessageBytes);
            if (message.maxMessagesPerPush != null && $Object.hasOwnProperty.call(message, "maxMessagesPerPush") && message.maxMessagesPerPush !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxMessagesPerPush);
            if (message.maxKeysPerPull != null && $Object.hasOwnProperty.call(message, "maxKeysPerPull") && message.maxKeysPerPull !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxKeysPerPull);
            if (message.maxEntriesPerPull != null && $Object.hasOwnProperty.call(message, "maxEntriesPerPull") && message.maxEntriesPerPull !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.maxEntriesPerPull);
            if (message.maxLongPollMs != null && $Object.hasOwnProperty.call(message, "maxLongPollMs") && message.maxLongPollMs !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxLongPollMs);
            if (message.queueTtlSeconds != null && $Object.hasOwnProperty.call(message, "queueTtlSeconds") && message.queueTtlSeconds !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.queueTtlSeconds);
            if (message.queueMaxLength != null && $Object.hasOwnProperty.call(message, "queueMaxLength") && message.queueMaxLength !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.queueMaxLength);
            if (message.invitationMaxExpirySeconds != null && $Object.hasOwnProperty.call(message, "invitationMaxExpirySeconds") && message.invitationMaxExpirySeconds !== 0)
                writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.invitationMaxExpirySeconds);
            if (message.queueMaxBytes != null && $Object.hasOwnProperty.call(message, "queueMaxBytes") && (typeof message.queueMaxBytes === "object" ? message.queueMaxBytes.low || message.queueMaxBytes.high : message.queueMaxBytes !== 0))
                writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.queueMaxBytes);
            if (message.replayWindowMs != null && $Object.hasOwnProperty.call(message, "replayWindowMs") && message.replayWindowMs !== 0)
                writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.replayWindowMs);
            if (message.maxHeldPollsPerAddress != null && $Object.hasOwnProperty.call(message, "maxHeldPollsPerAddress") && message.maxHeldPollsPerAddress !== 0)
                writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.maxHeldPollsPerAddress);
            if (message.blobMaxChunks != null && $Object.hasOwnProperty.call(message, "blobMaxChunks") && message.blobMaxChunks !== 0)
                writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.blobMaxChunks);
            if (message.blobTtlSeconds != null && $Object.hasOwnProperty.call(message, "blobTtlSeconds") && message.blobTtlSeconds !== 0)
                writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.blobTtlSeconds);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ServerLimits message, length delimited. Does not implicitly {@link meow.ServerLimits.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.ServerLimits
         * @static
         * @param {meow.ServerLimits.$Properties} message ServerLimits message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerLimits.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ServerLimits message from the specified reader or buffer.
         * @function decode
         * @memberof meow.ServerLimits
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.ServerLimits & meow.ServerLimits.$Shape} ServerLimits
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerLimits.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.ServerLimits();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.maxBodyBytes = value;
                        else
                            delete message.maxBodyBytes;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.maxMessageBytes = value;
                        else
                            delete message.maxMessageBytes;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.maxMessagesPerPush = value;
                        else
                            delete message.maxMessagesPerPush;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.maxKeysPerPull = value;
                        else
                            delete message.maxKeysPerPull;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.maxEntriesPerPull = value;
                        else
                            delete message.maxEntriesPerPull;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.maxLongPollMs = value;
                        else
                            delete message.maxLongPollMs;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.queueTtlSeconds = value;
                        else
                            delete message.queueTtlSeconds;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.queueMaxLength = value;
                        else
                            delete message.queueMaxLength;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.invitationMaxExpirySeconds = value;
                        else
                            delete message.invitationMaxExpirySeconds;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.queueMaxBytes = value;
                        else
                            delete message.queueMaxBytes;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.replayWindowMs = value;
                        else
                            delete message.replayWindowMs;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.maxHeldPollsPerAddress = value;
                        else
                            delete message.maxHeldPollsPerAddress;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.blobMaxChunks = value;
                        else
                            delete message.blobMaxChunks;
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.blobTtlSeconds = value;
                        else
                            delete message.blobTtlSeconds;
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

        /**
         * Decodes a ServerLimits message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.ServerLimits
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.ServerLimits & meow.ServerLimits.$Shape} ServerLimits
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerLimits.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ServerLimits message.
         * @function verify
         * @memberof meow.ServerLimits
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ServerLimits.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.maxBodyBytes != null && $Object.hasOwnProperty.call(message, "maxBodyBytes"))
                if (!$util.isInteger(message.maxBodyBytes))
                    return "maxBodyBytes: integer expected";
            if (message.maxMessageBytes != null && $Object.hasOwnProperty.call(message, "maxMessageBytes"))
                if (!$util.isInteger(message.maxMessageBytes))
                    return "maxMessageBytes: integer expected";
            if (message.maxMessagesPerPush != null && $Object.hasOwnProperty.call(message, "maxMessagesPerPush"))
                if (!$util.isInteger(message.maxMessagesPerPush))
                    return "maxMessagesPerPush: integer expected";
            if (message.maxKeysPerPull != null && $Object.hasOwnProperty.call(message, "maxKeysPerPull"))
                if (!$util.isInteger(message.maxKeysPerPull))
                    return "maxKeysPerPull: integer expected";
            if (message.maxEntriesPerPull != null && $Object.hasOwnProperty.call(message, "maxEntriesPerPull"))
                if (!$util.isInteger(message.maxEntriesPerPull))
                    return "maxEntriesPerPull: integer expected";
            if (message.maxLongPollMs != null && $Object.hasOwnProperty.call(message, "maxLongPollMs"))
                if (!$util.isInteger(message.maxLongPollMs))
                    return "maxLongPollMs: integer expected";
            if (message.queueTtlSeconds != null && $Object.hasOwnProperty.call(message, "queueTtlSeconds"))
                if (!$util.isInteger(message.queueTtlSeconds))
                    return "queueTtlSeconds: integer expected";
            if (message.queueMaxLength != null && $Object.hasOwnProperty.call(message, "queueMaxLength"))
                if (!$util.isInteger(message.queueMaxLength))
                    return "queueMaxLength: integer expected";
            if (message.invitationMaxExpirySeconds != null && $Object.hasOwnProperty.call(message, "invitationMaxExpirySeconds"))
                if (!$util.isInteger(message.invitationMaxExpirySeconds))
                    return "invitationMaxExpirySeconds: integer expected";
            if (message.queueMaxBytes != null && $Object.hasOwnProperty.call(message, "queueMaxBytes"))
                if (!$util.isInteger(message.queueMaxBytes) && !(message.queueMaxBytes && $util.isInteger(message.queueMaxBytes.low) && $util.isInteger(message.queueMaxBytes.high)))
                    return "queueMaxBytes: integer|Long expected";
            if (message.replayWindowMs != null && $Object.hasOwnProperty.call(message, "replayWindowMs"))
                if (!$util.isInteger(message.replayWindowMs))
                    return "replayWindowMs: integer expected";
            if (message.maxHeldPollsPerAddress != null && $Object.hasOwnProperty.call(message, "maxHeldPollsPerAddress"))
                if (!$util.isInteger(message.maxHeldPollsPerAddress))
                    return "maxHeldPollsPerAddress: integer expected";
            if (message.blobMaxChunks != null && $Object.hasOwnProperty.call(message, "blobMaxChunks"))
                if (!$util.isInteger(message.blobMaxChunks))
                    return "blobMaxChunks: integer expected";
            if (message.blobTtlSeconds != null && $Object.hasOwnProperty.call(message, "blobTtlSeconds"))
                if (!$util.isInteger(message.blobTtlSeconds))
                    return "blobTtlSeconds: integer expected";
            return null;
        };

        /**
         * Creates a ServerLimits message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.ServerLimits
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.ServerLimits} ServerLimits
         */
        ServerLimits.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.ServerLimits)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.ServerLimits: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.ServerLimits();
            if (object.maxBodyBytes != null)
                if ($Number(object.maxBodyBytes) !== 0)
                    message.maxBodyBytes = object.maxBodyBytes >>> 0;
            if (object.maxMessageBytes != null)
                if ($Number(object.maxMessageBytes) !== 0)
                    message.maxMessageBytes = object.maxMessageBytes >>> 0;
            if (object.maxMessagesPerPush != null)
                if ($Number(object.maxMessagesPerPush) !== 0)
                    message.maxMessagesPerPush = object.maxMessagesPerPush >>> 0;
            if (object.maxKeysPerPull != null)
                if ($Number(object.maxKeysPerPull) !== 0)
                    message.maxKeysPerPull = object.maxKeysPerPull >>> 0;
            if (object.maxEntriesPerPull != null)
                if ($Number(object.maxEntriesPerPull) !== 0)
                    message.maxEntriesPerPull = object.maxEntriesPerPull >>> 0;
            if (object.maxLongPollMs != null)
                if ($Number(object.maxLongPollMs) !== 0)
                    message.maxLongPollMs = object.maxLongPollMs >>> 0;
            if (object.queueTtlSeconds != null)
                if ($Number(object.queueTtlSeconds) !== 0)
                    message.queueTtlSeconds = object.queueTtlSeconds >>> 0;
            if (object.queueMaxLength != null)
                if ($Number(object.queueMaxLength) !== 0)
                    message.queueMaxLength = object.queueMaxLength >>> 0;
            if (object.invitationMaxExpirySeconds != null)
                if ($Number(object.invitationMaxExpirySeconds) !== 0)
                    message.invitationMaxExpirySeconds = object.invitationMaxExpirySeconds >>> 0;
            if (object.queueMaxBytes != null)
                if (typeof object.queueMaxBytes === "object" ? object.queueMaxBytes.low || object.queueMaxBytes.high : $Number(object.queueMaxBytes) !== 0)
                    if ($util.Long)
                        message.queueMaxBytes = $util.Long.fromValue(object.queueMaxBytes, true);
                    else if (typeof object.queueMaxBytes === "string")
                        message.queueMaxBytes = $parseInt(object.queueMaxBytes, 10);
                    else if (typeof object.queueMaxBytes === "number")
                        message.queueMaxBytes = object.queueMaxBytes;
                    else if (typeof object.queueMaxBytes === "object")
                        message.queueMaxBytes = new $util.LongBits(object.queueMaxBytes.low >>> 0, object.queueMaxBytes.high >>> 0).toNumber(true);
            if (object.replayWindowMs != null)
                if ($Number(object.replayWindowMs) !== 0)
                    message.replayWindowMs = object.replayWindowMs >>> 0;
            if (object.maxHeldPollsPerAddress != null)
                if ($Number(object.maxHeldPollsPerAddress) !== 0)
                    message.maxHeldPollsPerAddress = object.maxHeldPollsPerAddress >>> 0;
            if (object.blobMaxChunks != null)
                if ($Number(object.blobMaxChunks) !== 0)
                    message.blobMaxChunks = object.blobMaxChunks >>> 0;
            if (object.blobTtlSeconds != null)
                if ($Number(object.blobTtlSeconds) !== 0)
                    message.blobTtlSeconds = object.blobTtlSeconds >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a ServerLimits message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.ServerLimits
         * @static
         * @param {meow.ServerLimits} message ServerLimits
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ServerLimits.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.maxBodyBytes = 0;
                object.maxMessageBytes = 0;
                object.maxMessagesPerPush = 0;
                object.maxKeysPerPull = 0;
                object.maxEntriesPerPull = 0;
                object.maxLongPollMs = 0;
                object.queueTtlSeconds = 0;
                object.queueMaxLength = 0;
                object.invitationMaxExpirySeconds = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.queueMaxBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.queueMaxBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.replayWindowMs = 0;
                object.maxHeldPollsPerAddress = 0;
                object.blobMaxChunks = 0;
                object.blobTtlSeconds = 0;
            }
            if (message.maxBodyBytes != null && $Object.hasOwnProperty.call(message, "maxBodyBytes"))
                object.maxBodyBytes = message.maxBodyBytes;
            if (message.maxMessageBytes != null && $Object.hasOwnProperty.call(message, "maxMessageBytes"))
                object.maxMessageBytes = message.maxMessageBytes;
            if (message.maxMessagesPerPush != null && $Object.hasOwnProperty.call(message, "maxMessagesPerPush"))
                object.maxMessagesPerPush = message.maxMessagesPerPush;
            if (message.maxKeysPerPull != null && $Object.hasOwnProperty.call(message, "maxKeysPerPull"))
                object.maxKeysPerPull = message.maxKeysPerPull;
            if (message.maxEntriesPerPull != null && $Object.hasOwnProperty.call(message, "maxEntriesPerPull"))
                object.maxEntriesPerPull = message.maxEntriesPerPull;
            if (message.maxLongPollMs != null && $Object.hasOwnProperty.call(message, "maxLongPollMs"))
                object.maxLongPollMs = message.maxLongPollMs;
            if (message.queueTtlSeconds != null && $Object.hasOwnProperty.call(message, "queueTtlSeconds"))
                object.queueTtlSeconds = message.queueTtlSeconds;
            if (message.queueMaxLength != null && $Object.hasOwnProperty.call(message, "queueMaxLength"))
                object.queueMaxLength = message.queueMaxLength;
            if (message.invitationMaxExpirySeconds != null && $Object.hasOwnProperty.call(message, "invitationMaxExpirySeconds"))
                object.invitationMaxExpirySeconds = message.invitationMaxExpirySeconds;
            if (message.queueMaxBytes != null && $Object.hasOwnProperty.call(message, "queueMaxBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.queueMaxBytes = typeof message.queueMaxBytes === "number" ? $BigInt(message.queueMaxBytes) : $util.Long.fromBits(message.queueMaxBytes.low >>> 0, message.queueMaxBytes.high >>> 0, true).toBigInt();
                else if (typeof message.queueMaxBytes === "number")
                    object.queueMaxBytes = options.longs === $String ? $String(message.queueMaxBytes) : message.queueMaxBytes;
                else
                    object.queueMaxBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.queueMaxBytes) : options.longs === $Number ? new $util.LongBits(message.queueMaxBytes.low >>> 0, message.queueMaxBytes.high >>> 0).toNumber(true) : message.queueMaxBytes;
            if (message.replayWindowMs != null && $Object.hasOwnProperty.call(message, "replayWindowMs"))
                object.replayWindowMs = message.replayWindowMs;
            if (message.maxHeldPollsPerAddress != null && $Object.hasOwnProperty.call(message, "maxHeldPollsPerAddress"))
                object.maxHeldPollsPerAddress = message.maxHeldPollsPerAddress;
            if (message.blobMaxChunks != null && $Object.hasOwnProperty.call(message, "blobMaxChunks"))
                object.blobMaxChunks = message.blobMaxChunks;
            if (message.blobTtlSeconds != null && $Object.hasOwnProperty.call(message, "blobTtlSeconds"))
                object.blobTtlSeconds = message.blobTtlSeconds;
            return object;
        };

        /**
         * Converts this ServerLimits to JSON.
         * @function toJSON
         * @memberof meow.ServerLimits
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ServerLimits.prototype.toJSON = function() {
            return ServerLimits.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ServerLimits
         * @function getTypeUrl
         * @memberof meow.ServerLimits
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ServerLimits.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.ServerLimits";
        };

        return ServerLimits;
    })();

    meow.PackedUserMessage = (function() {

        /**
         * Properties of a PackedUserMessage.
         * @typedef {Object} meow.PackedUserMessage.$Properties
         * @property {Uint8Array|null} [destination] PackedUserMessage destination
         * @property {Uint8Array|null} [payload] PackedUserMessage payload
         * @property {Uint8Array|null} [sendToken] PackedUserMessage sendToken
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PackedUserMessage.
         * @memberof meow
         * @interface IPackedUserMessage
         * @augments meow.PackedUserMessage.$Properties
         * @deprecated Use meow.PackedUserMessage.$Properties instead.
         */

        /**
         * Shape of a PackedUserMessage.
         * @typedef {meow.PackedUserMessage.$Properties} meow.PackedUserMessage.$Shape
         */

        /**
         * Constructs a new PackedUserMessage.
         * @memberof meow
         * @classdesc Represents a PackedUserMessage.
         * @constructor
         * @param {meow.PackedUserMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PackedUserMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PackedUserMessage destination.
         * @member {Uint8Array} destination
         * @memberof meow.PackedUserMessage
         * @instance
         */
        PackedUserMessage.prototype.destination = $util.newBuffer([]);

        /**
         * PackedUserMessage payload.
         * @member {Uint8Array} payload
         * @memberof meow.PackedUserMessage
         * @instance
         */
        PackedUserMessage.prototype.payload = $util.newBuffer([]);

        /**
         * PackedUserMessage sendToken.
         * @member {Uint8Array} sendToken
         * @memberof meow.PackedUserMessage
         * @instance
         */
        PackedUserMessage.prototype.sendToken = $util.newBuffer([]);

        /**
         * Creates a new PackedUserMessage instance using the specified properties.
         * @function create
         * @memberof meow.PackedUserMessage
         * @static
         * @param {meow.PackedUserMessage.$Properties=} [properties] Properties to set
         * @returns {meow.PackedUserMessage} PackedUserMessage instance
         * @type {{
         *   (properties: meow.PackedUserMessage.$Shape): meow.PackedUserMessage & meow.PackedUserMessage.$Shape;
         *   (properties?: meow.PackedUserMessage.$Properties): meow.PackedUserMessage;
         * }}
         */
        PackedUserMessage.create = function(properties) {
            return new PackedUserMessage(properties);
        };

        /**
         * Encodes the specified PackedUserMessage message. Does not implicitly {@link meow.PackedUserMessage.verify|verify} messages.
         * @function encode
         * @memberof meow.PackedUserMessage
         * @static
         * @param {meow.PackedUserMessage.$Properties} message PackedUserMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PackedUserMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.destination != null && $Object.hasOwnProperty.call(message, "destination") && message.destination.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.destination);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
            if (message.sendToken != null && $Object.hasOwnProperty.call(message, "sendToken") && message.sendToken.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.sendToken);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PackedUserMessage message, length delimited. Does not implicitly {@link meow.PackedUserMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.PackedUserMessage
         * @static
         * @param {meow.PackedUserMessage.$Properties} message PackedUserMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PackedUserMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PackedUserMessage message from the specified reader or buffer.
         * @function decode
         * @memberof meow.PackedUserMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.PackedUserMessage & meow.PackedUserMessage.$Shape} PackedUserMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PackedUserMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.PackedUserMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.destination = value;
                        else
                            delete message.destination;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.sendToken = value;
                        else
                            delete message.sendToken;
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

        /**
         * Decodes a PackedUserMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.PackedUserMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.PackedUserMessage & meow.PackedUserMessage.$Shape} PackedUserMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PackedUserMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PackedUserMessage message.
         * @function verify
         * @memberof meow.PackedUserMessage
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PackedUserMessage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                if (!(message.destination && typeof message.destination.length === "number" || $util.isString(message.destination)))
                    return "destination: buffer expected";
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                    return "payload: buffer expected";
            if (message.sendToken != null && $Object.hasOwnProperty.call(message, "sendToken"))
                if (!(message.sendToken && typeof message.sendToken.length === "number" || $util.isString(message.sendToken)))
                    return "sendToken: buffer expected";
            return null;
        };

        /**
         * Creates a PackedUserMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.PackedUserMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.PackedUserMessage} PackedUserMessage
         */
        PackedUserMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.PackedUserMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.PackedUserMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.PackedUserMessage();
            if (object.destination != null)
                if (object.destination.length)
                    if (typeof object.destination === "string")
                        $util.base64.decode(object.destination, message.destination = $util.newBuffer($util.base64.length(object.destination)), 0);
                    else if (object.destination.length >= 0)
                        message.destination = object.destination;
            if (object.payload != null)
                if (object.payload.length)
                    if (typeof object.payload === "string")
                        $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                    else if (object.payload.length >= 0)
                        message.payload = object.payload;
            if (object.sendToken != null)
                if (object.sendToken.length)
                    if (typeof object.sendToken === "string")
                        $util.base64.decode(object.sendToken, message.sendToken = $util.newBuffer($util.base64.length(object.sendToken)), 0);
                    else if (object.sendToken.length >= 0)
                        message.sendToken = object.sendToken;
            return message;
        };

        /**
         * Creates a plain object from a PackedUserMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.PackedUserMessage
         * @static
         * @param {meow.PackedUserMessage} message PackedUserMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PackedUserMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.destination = "";
                else {
                    object.destination = [];
                    if (options.bytes !== $Array)
                        object.destination = $util.newBuffer(object.destination);
                }
                if (options.bytes === $String)
                    object.payload = "";
                else {
                    object.payload = [];
                    if (options.bytes !== $Array)
                        object.payload = $util.newBuffer(object.payload);
                }
                if (options.bytes === $String)
                    object.sendToken = "";
                else {
                    object.sendToken = [];
                    if (options.bytes !== $Array)
                        object.sendToken = $util.newBuffer(object.sendToken);
                }
            }
            if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                object.destination = options.bytes === $String ? $util.base64.encode(message.destination, 0, message.destination.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.destination) : message.destination;
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
            if (message.sendToken != null && $Object.hasOwnProperty.call(message, "sendToken"))
                object.sendToken = options.bytes === $String ? $util.base64.encode(message.sendToken, 0, message.sendToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sendToken) : message.sendToken;
            return object;
        };

        /**
         * Converts this PackedUserMessage to JSON.
         * @function toJSON
         * @memberof meow.PackedUserMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PackedUserMessage.prototype.toJSON = function() {
            return PackedUserMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PackedUserMessage
         * @function getTypeUrl
         * @memberof meow.PackedUserMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PackedUserMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.PackedUserMessage";
        };

        return PackedUserMessage;
    })();

    meow.UserMessage = (function() {

        /**
         * Properties of a UserMessage.
         * @typedef {Object} meow.UserMessage.$Properties
         * @property {string|null} [type] UserMessage type
         * @property {string|null} [text] UserMessage text
         * @property {Uint8Array|null} [appdata] UserMessage appdata
         * @property {meow.ConversationStatus.$Properties|null} [status] UserMessage status
         * @property {Array.<meow.MessageAck.$Properties>|null} [acks] UserMessage acks
         * @property {meow.ContactCard.$Properties|null} [contact] UserMessage contact
         * @property {string|null} [fromName] UserMessage fromName
         * @property {string|null} [targetUuid] UserMessage targetUuid
         * @property {number|null} [revision] UserMessage revision
         * @property {number|null} [expireTimer] UserMessage expireTimer
         * @property {number|null} [expireTimerVersion] UserMessage expireTimerVersion
         * @property {Array.<meow.AttachmentPointer.$Properties>|null} [attachments] UserMessage attachments
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a UserMessage.
         * @memberof meow
         * @interface IUserMessage
         * @augments meow.UserMessage.$Properties
         * @deprecated Use meow.UserMessage.$Properties instead.
         */

        /**
         * Shape of a UserMessage.
         * @typedef {meow.UserMessage.$Properties} meow.UserMessage.$Shape
         */

        /**
         * Constructs a new UserMessage.
         * @memberof meow
         * @classdesc Represents a UserMessage.
         * @constructor
         * @param {meow.UserMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UserMessage = function (properties) {
            this.acks = [];
            this.attachments = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UserMessage type.
         * @member {string} type
         * @memberof meow.UserMessage
         * @instance
         */
        UserMessage.prototype.type = "";

        /**
         * UserMessage text.
         * @member {string} text
         * @memberof meow.UserMessage
         * @instance
         */
        UserMessage.prototype.text = "";

        /**
         * UserMessage appdata.
         * @member {Uint8Array} appdata
         * @memberof meow.UserMessage
         * @instance
         */
        UserMessage.prototype.appdata = $util.newBuffer([]);

        /**
         * UserMessage status.
         * @member {meow.ConversationStatus.$Properties|null|undefined} status
         * @memberof meow.UserMessage
         * @instance
         */
        UserMessage.prototype.status = null;

        /**
         * UserMessage acks.
         * @member {Array.<meow.MessageAck.$Properties>} acks
         * @memberof meow.UserMessage
         * @instance
         */
        UserMessage.prototype.acks = $util.emptyArray;

        /**
         * UserMessage contact.
         * @member {meow.ContactCard.$Properties|null|undefined} contact
         * @memberof meow.UserMessage
         * @instance
         */
        UserMessage.prototype.contact = null;

        /**
         * UserMessage fromName.
         * @member {string} fromName
         * @memberof meow.UserMessage
         * @instance
         */
        UserMessage.prototype.fromName = "";

        /**
         * UserMessage targetUuid.
         * @member {string} targetUuid
         * @memberof meow.UserMessage
         * @instance
         */
        UserMessage.prototype.targetUuid = "";

        /**
         * UserMessage revision.
         * @member {number} revision
         * @memberof meow.UserMessage
         * @instance
         */
        UserMessage.prototype.revision = 0;

        /**
         * UserMessage expireTimer.
         * @member {number} expireTimer
         * @memberof meow.UserMessage
         * @instance
         */
        UserMessage.prototype.expireTimer = 0;

        /**
         * UserMessage expireTimerVersion.
         * @member {number} expireTimerVersion
         * @memberof meow.UserMessage
         * @instance
         */
        UserMessage.prototype.expireTimerVersion = 0;

        /**
         * UserMessage attachments.
         * @member {Array.<meow.AttachmentPointer.$Properties>} attachments
         * @memberof meow.UserMessage
         * @instance
         */
        UserMessage.prototype.attachments = $util.emptyArray;

        /**
         * Creates a new UserMessage instance using the specified properties.
         * @function create
         * @memberof meow.UserMessage
         * @static
         * @param {meow.UserMessage.$Properties=} [properties] Properties to set
         * @returns {meow.UserMessage} UserMessage instance
         * @type {{
         *   (properties: meow.UserMessage.$Shape): meow.UserMessage & meow.UserMessage.$Shape;
         *   (properties?: meow.UserMessage.$Properties): meow.UserMessage;
         * }}
         */
        UserMessage.create = function(properties) {
            return new UserMessage(properties);
        };

        /**
         * Encodes the specified UserMessage message. Does not implicitly {@link meow.UserMessage.verify|verify} messages.
         * @function encode
         * @memberof meow.UserMessage
         * @static
         * @param {meow.UserMessage.$Properties} message UserMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UserMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
            if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
            if (message.appdata != null && $Object.hasOwnProperty.call(message, "appdata") && message.appdata.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.appdata);
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                $root.meow.ConversationStatus.encode(message.status, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.acks != null && message.acks.length)
                for (let i = 0; i < message.acks.length; ++i)
                    $root.meow.MessageAck.encode(message.acks[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                $root.meow.ContactCard.encode(message.contact, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.fromName != null && $Object.hasOwnProperty.call(message, "fromName") && message.fromName !== "")
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.fromName);
            if (message.targetUuid != null && $Object.hasOwnProperty.call(message, "targetUuid") && message.targetUuid !== "")
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.targetUuid);
            if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && message.revision !== 0)
                writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.revision);
            if (message.expireTimer != null && $Object.hasOwnProperty.call(message, "expireTimer") && message.expireTimer !== 0)
                writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.expireTimer);
            if (message.expireTimerVersion != null && $Object.hasOwnProperty.call(message, "expireTimerVersion") && message.expireTimerVersion !== 0)
                writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.expireTimerVersion);
            if (message.attachments != null && message.attachments.length)
                for (let i = 0; i < message.attachments.length; ++i)
                    $root.meow.AttachmentPointer.encode(message.attachments[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified UserMessage message, length delimited. Does not implicitly {@link meow.UserMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.UserMessage
         * @static
         * @param {meow.UserMessage.$Properties} message UserMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UserMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a UserMessage message from the specified reader or buffer.
         * @function decode
         * @memberof meow.UserMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.UserMessage & meow.UserMessage.$Shape} UserMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UserMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.UserMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.text = value;
                        else
                            delete message.text;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.appdata = value;
                        else
                            delete message.appdata;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.status = $root.meow.ConversationStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.acks && message.acks.length))
                            message.acks = [];
                        message.acks.push($root.meow.MessageAck.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.contact = $root.meow.ContactCard.decode(reader, reader.size(), $undefined, _depth + 1, message.contact);
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.fromName = value;
                        else
                            delete message.fromName;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.targetUuid = value;
                        else
                            delete message.targetUuid;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.revision = value;
                        else
                            delete message.revision;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.expireTimer = value;
                        else
                            delete message.expireTimer;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.expireTimerVersion = value;
                        else
                            delete message.expireTimerVersion;
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if (!(message.attachments && message.attachments.length))
                            message.attachments = [];
                        message.attachments.push($root.meow.AttachmentPointer.decode(reader, reader.size(), $undefined, _depth + 1));
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

        /**
         * Decodes a UserMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.UserMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.UserMessage & meow.UserMessage.$Shape} UserMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UserMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a UserMessage message.
         * @function verify
         * @memberof meow.UserMessage
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        UserMessage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                if (!$util.isString(message.type))
                    return "type: string expected";
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                if (!$util.isString(message.text))
                    return "text: string expected";
            if (message.appdata != null && $Object.hasOwnProperty.call(message, "appdata"))
                if (!(message.appdata && typeof message.appdata.length === "number" || $util.isString(message.appdata)))
                    return "appdata: buffer expected";
            if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                let error = $root.meow.ConversationStatus.verify(message.status, _depth + 1);
                if (error)
                    return "status." + error;
            }
            if (message.acks != null && $Object.hasOwnProperty.call(message, "acks")) {
                if (!$Array.isArray(message.acks))
                    return "acks: array expected";
                for (let i = 0; i < message.acks.length; ++i) {
                    let error = $root.meow.MessageAck.verify(message.acks[i], _depth + 1);
                    if (error)
                        return "acks." + error;
                }
            }
            if (message.contact != null && $Object.hasOwnProperty.call(message, "contact")) {
                let error = $root.meow.ContactCard.verify(message.contact, _depth + 1);
                if (error)
                    return "contact." + error;
            }
            if (message.fromName != null && $Object.hasOwnProperty.call(message, "fromName"))
                if (!$util.isString(message.fromName))
                    return "fromName: string expected";
            if (message.targetUuid != null && $Object.hasOwnProperty.call(message, "targetUuid"))
                if (!$util.isString(message.targetUuid))
                    return "targetUuid: string expected";
            if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                if (!$util.isInteger(message.revision))
                    return "revision: integer expected";
            if (message.expireTimer != null && $Object.hasOwnProperty.call(message, "expireTimer"))
                if (!$util.isInteger(message.expireTimer))
                    return "expireTimer: integer expected";
            if (message.expireTimerVersion != null && $Object.hasOwnProperty.call(message, "expireTimerVersion"))
                if (!$util.isInteger(message.expireTimerVersion))
                    return "expireTimerVersion: integer expected";
            if (message.attachments != null && $Object.hasOwnProperty.call(message, "attachments")) {
                if (!$Array.isArray(message.attachments))
                    return "attachments: array expected";
                for (let i = 0; i < message.attachments.length; ++i) {
                    let error = $root.meow.AttachmentPointer.verify(message.attachments[i], _depth + 1);
                    if (error)
                        return "attachments." + error;
                }
            }
            return null;
        };

        /**
         * Creates a UserMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.UserMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.UserMessage} UserMessage
         */
        UserMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.UserMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.UserMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.UserMessage();
            if (object.type != null)
                if (typeof object.type !== "string" || object.type.length)
                    message.type = $String(object.type);
            if (object.text != null)
                if (typeof object.text !== "string" || object.text.length)
                    message.text = $String(object.text);
            if (object.appdata != null)
                if (object.appdata.length)
                    if (typeof object.appdata === "string")
                        $util.base64.decode(object.appdata, message.appdata = $util.newBuffer($util.base64.length(object.appdata)), 0);
                    else if (object.appdata.length >= 0)
                        message.appdata = object.appdata;
            if (object.status != null) {
                if (!$util.isObject(object.status))
                    throw $TypeError(".meow.UserMessage.status: object expected");
                message.status = $root.meow.ConversationStatus.fromObject(object.status, _depth + 1);
            }
            if (object.acks) {
                if (!$Array.isArray(object.acks))
                    throw $TypeError(".meow.UserMessage.acks: array expected");
                message.acks = $Array(object.acks.length);
                for (let i = 0; i < object.acks.length; ++i) {
                    if (!$util.isObject(object.acks[i]))
                        throw $TypeError(".meow.UserMessage.acks: object expected");
                    message.acks[i] = $root.meow.MessageAck.fromObject(object.acks[i], _depth + 1);
                }
            }
            if (object.contact != null) {
                if (!$util.isObject(object.contact))
                    throw $TypeError(".meow.UserMessage.contact: object expected");
                message.contact = $root.meow.ContactCard.fromObject(object.contact, _depth + 1);
            }
            if (object.fromName != null)
                if (typeof object.fromName !== "string" || object.fromName.length)
                    message.fromName = $String(object.fromName);
            if (object.targetUuid != null)
                if (typeof object.targetUuid !== "string" || object.targetUuid.length)
                    message.targetUuid = $String(object.targetUuid);
            if (object.revision != null)
                if ($Number(object.revision) !== 0)
                    message.revision = object.revision >>> 0;
            if (object.expireTimer != null)
                if ($Number(object.expireTimer) !== 0)
                    message.expireTimer = object.expireTimer >>> 0;
            if (object.expireTimerVersion != null)
                if ($Number(object.expireTimerVersion) !== 0)
                    message.expireTimerVersion = object.expireTimerVersion >>> 0;
            if (object.attachments) {
                if (!$Array.isArray(object.attachments))
                    throw $TypeError(".meow.UserMessage.attachments: array expected");
                message.attachments = $Array(object.attachments.length);
                for (let i = 0; i < object.attachments.length; ++i) {
                    if (!$util.isObject(object.attachments[i]))
                        throw $TypeError(".meow.UserMessage.attachments: object expected");
                    message.attachments[i] = $root.meow.AttachmentPointer.fromObject(object.attachments[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a UserMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.UserMessage
         * @static
         * @param {meow.UserMessage} message UserMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        UserMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.acks = [];
                object.attachments = [];
            }
            if (options.defaults) {
                object.type = "";
                object.text = "";
                if (options.bytes === $String)
                    object.appdata = "";
                else {
                    object.appdata = [];
                    if (options.bytes !== $Array)
                        object.appdata = $util.newBuffer(object.appdata);
                }
                object.status = null;
                object.contact = null;
                object.fromName = "";
                object.targetUuid = "";
                object.revision = 0;
                object.expireTimer = 0;
                object.expireTimerVersion = 0;
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                object.text = message.text;
            if (message.appdata != null && $Object.hasOwnProperty.call(message, "appdata"))
                object.appdata = options.bytes === $String ? $util.base64.encode(message.appdata, 0, message.appdata.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.appdata) : message.appdata;
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                object.status = $root.meow.ConversationStatus.toObject(message.status, options, _depth + 1);
            if (message.acks && message.acks.length) {
                object.acks = $Array(message.acks.length);
                for (let j = 0; j < message.acks.length; ++j)
                    object.acks[j] = $root.meow.MessageAck.toObject(message.acks[j], options, _depth + 1);
            }
            if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                object.contact = $root.meow.ContactCard.toObject(message.contact, options, _depth + 1);
            if (message.fromName != null && $Object.hasOwnProperty.call(message, "fromName"))
                object.fromName = message.fromName;
            if (message.targetUuid != null && $Object.hasOwnProperty.call(message, "targetUuid"))
                object.targetUuid = message.targetUuid;
            if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                object.revision = message.revision;
            if (message.expireTimer != null && $Object.hasOwnProperty.call(message, "expireTimer"))
                object.expireTimer = message.expireTimer;
            if (message.expireTimerVersion != null && $Object.hasOwnProperty.call(message, "expireTimerVersion"))
                object.expireTimerVersion = message.expireTimerVersion;
            if (message.attachments && message.attachments.length) {
                object.attachments = $Array(message.attachments.length);
                for (let j = 0; j < message.attachments.length; ++j)
                    object.attachments[j] = $root.meow.AttachmentPointer.toObject(message.attachments[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this UserMessage to JSON.
         * @function toJSON
         * @memberof meow.UserMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        UserMessage.prototype.toJSON = function() {
            return UserMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for UserMessage
         * @function getTypeUrl
         * @memberof meow.UserMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        UserMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.UserMessage";
        };

        return UserMessage;
    })();

    meow.SessionReset = (function() {

        /**
         * Properties of a SessionReset.
         * @typedef {Object} meow.SessionReset.$Properties
         * @property {string|null} [resetId] SessionReset resetId
         * @property {number|null} [resetAt] SessionReset resetAt
         * @property {Uint8Array|null} [drRootKey] SessionReset drRootKey
         * @property {Uint8Array|null} [drPublicKey] SessionReset drPublicKey
         * @property {Uint8Array|null} [signature] SessionReset signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SessionReset.
         * @memberof meow
         * @interface ISessionReset
         * @augments meow.SessionReset.$Properties
         * @deprecated Use meow.SessionReset.$Properties instead.
         */

        /**
         * Shape of a SessionReset.
         * @typedef {meow.SessionReset.$Properties} meow.SessionReset.$Shape
         */

        /**
         * Constructs a new SessionReset.
         * @memberof meow
         * @classdesc Represents a SessionReset.
         * @constructor
         * @param {meow.SessionReset.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SessionReset = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SessionReset resetId.
         * @member {string} resetId
         * @memberof meow.SessionReset
         * @instance
         */
        SessionReset.prototype.resetId = "";

        /**
         * SessionReset resetAt.
         * @member {number} resetAt
         * @memberof meow.SessionReset
         * @instance
         */
        SessionReset.prototype.resetAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * SessionReset drRootKey.
         * @member {Uint8Array} drRootKey
         * @memberof meow.SessionReset
         * @instance
         */
        SessionReset.prototype.drRootKey = $util.newBuffer([]);

        /**
         * SessionReset drPublicKey.
         * @member {Uint8Array} drPublicKey
         * @memberof meow.SessionReset
         * @instance
         */
        SessionReset.prototype.drPublicKey = $util.newBuffer([]);

        /**
         * SessionReset signature.
         * @member {Uint8Array} signature
         * @memberof meow.SessionReset
         * @instance
         */
        SessionReset.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new SessionReset instance using the specified properties.
         * @function create
         * @memberof meow.SessionReset
         * @static
         * @param {meow.SessionReset.$Properties=} [properties] Properties to set
         * @returns {meow.SessionReset} SessionReset instance
         * @type {{
         *   (properties: meow.SessionReset.$Shape): meow.SessionReset & meow.SessionReset.$Shape;
         *   (properties?: meow.SessionReset.$Properties): meow.SessionReset;
         * }}
         */
        SessionReset.create = function(properties) {
            return new SessionReset(properties);
        };

        /**
         * Encodes the specified SessionReset message. Does not implicitly {@link meow.SessionReset.verify|verify} messages.
         * @function encode
         * @memberof meow.SessionReset
         * @static
         * @param {meow.SessionReset.$Properties} message SessionReset message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionReset.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.resetId != null && $Object.hasOwnProperty.call(message, "resetId") && message.resetId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.resetId);
            if (message.resetAt != null && $Object.hasOwnProperty.call(message, "resetAt") && (typeof message.resetAt === "object" ? message.resetAt.low || message.resetAt.high : message.resetAt !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.resetAt);
            if (message.drRootKey != null && $Object.hasOwnProperty.call(message, "drRootKey") && message.drRootKey.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.drRootKey);
            if (message.drPublicKey != null && $Object.hasOwnProperty.call(message, "drPublicKey") && message.drPublicKey.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.drPublicKey);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.signature);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SessionReset message, length delimited. Does not implicitly {@link meow.SessionReset.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.SessionReset
         * @static
         * @param {meow.SessionReset.$Properties} message SessionReset message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionReset.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SessionReset message from the specified reader or buffer.
         * @function decode
         * @memberof meow.SessionReset
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.SessionReset & meow.SessionReset.$Shape} SessionReset
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionReset.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.SessionReset();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.resetId = value;
                        else
                            delete message.resetId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.resetAt = value;
                        else
                            delete message.resetAt;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.drRootKey = value;
                        else
                            delete message.drRootKey;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.drPublicKey = value;
                        else
                            delete message.drPublicKey;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
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

        /**
         * Decodes a SessionReset message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.SessionReset
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.SessionReset & meow.SessionReset.$Shape} SessionReset
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionReset.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SessionReset message.
         * @function verify
         * @memberof meow.SessionReset
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SessionReset.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.resetId != null && $Object.hasOwnProperty.call(message, "resetId"))
                if (!$util.isString(message.resetId))
                    return "resetId: string expected";
            if (message.resetAt != null && $Object.hasOwnProperty.call(message, "resetAt"))
                if (!$util.isInteger(message.resetAt) && !(message.resetAt && $util.isInteger(message.resetAt.low) && $util.isInteger(message.resetAt.high)))
                    return "resetAt: integer|Long expected";
            if (message.drRootKey != null && $Object.hasOwnProperty.call(message, "drRootKey"))
                if (!(message.drRootKey && typeof message.drRootKey.length === "number" || $util.isString(message.drRootKey)))
                    return "drRootKey: buffer expected";
            if (message.drPublicKey != null && $Object.hasOwnProperty.call(message, "drPublicKey"))
                if (!(message.drPublicKey && typeof message.drPublicKey.length === "number" || $util.isString(message.drPublicKey)))
                    return "drPublicKey: buffer expected";
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                    return "signature: buffer expected";
            return null;
        };

        /**
         * Creates a SessionReset message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.SessionReset
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.SessionReset} SessionReset
         */
        SessionReset.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.SessionReset)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.SessionReset: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.SessionReset();
            if (object.resetId != null)
                if (typeof object.resetId !== "string" || object.resetId.length)
                    message.resetId = $String(object.resetId);
            if (object.resetAt != null)
                if (typeof object.resetAt === "object" ? object.resetAt.low || object.resetAt.high : $Number(object.resetAt) !== 0)
                    if ($util.Long)
                        message.resetAt = $util.Long.fromValue(object.resetAt, false);
                    else if (typeof object.resetAt === "string")
                        message.resetAt = $parseInt(object.resetAt, 10);
                    else if (typeof object.resetAt === "number")
                        message.resetAt = object.resetAt;
                    else if (typeof object.resetAt === "object")
                        message.resetAt = new $util.LongBits(object.resetAt.low >>> 0, object.resetAt.high >>> 0).toNumber();
            if (object.drRootKey != null)
                if (object.drRootKey.length)
                    if (typeof object.drRootKey === "string")
                        $util.base64.decode(object.drRootKey, message.drRootKey = $util.newBuffer($util.base64.length(object.drRootKey)), 0);
                    else if (object.drRootKey.length >= 0)
                        message.drRootKey = object.drRootKey;
            if (object.drPublicKey != null)
                if (object.drPublicKey.length)
                    if (typeof object.drPublicKey === "string")
                        $util.base64.decode(object.drPublicKey, message.drPublicKey = $util.newBuffer($util.base64.length(object.drPublicKey)), 0);
                    else if (object.drPublicKey.length >= 0)
                        message.drPublicKey = object.drPublicKey;
            if (object.signature != null)
                if (object.signature.length)
                    if (typeof object.signature === "string")
                        $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                    else if (object.signature.length >= 0)
                        message.signature = object.signature;
            return message;
        };

        /**
         * Creates a plain object from a SessionReset message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.SessionReset
         * @static
         * @param {meow.SessionReset} message SessionReset
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SessionReset.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.resetId = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.resetAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.resetAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (options.bytes === $String)
                    object.drRootKey = "";
                else {
                    object.drRootKey = [];
                    if (options.bytes !== $Array)
                        object.drRootKey = $util.newBuffer(object.drRootKey);
                }
                if (options.bytes === $String)
                    object.drPublicKey = "";
                else {
                    object.drPublicKey = [];
                    if (options.bytes !== $Array)
                        object.drPublicKey = $util.newBuffer(object.drPublicKey);
                }
                if (options.bytes === $String)
                    object.signature = "";
                else {
                    object.signature = [];
                    if (options.bytes !== $Array)
                        object.signature = $util.newBuffer(object.signature);
                }
            }
            if (message.resetId != null && $Object.hasOwnProperty.call(message, "resetId"))
                object.resetId = message.resetId;
            if (message.resetAt != null && $Object.hasOwnProperty.call(message, "resetAt"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.resetAt = typeof message.resetAt === "number" ? $BigInt(message.resetAt) : $util.Long.fromBits(message.resetAt.low >>> 0, message.resetAt.high >>> 0, false).toBigInt();
                else if (typeof message.resetAt === "number")
                    object.resetAt = options.longs === $String ? $String(message.resetAt) : message.resetAt;
                else
                    object.resetAt = options.longs === $String ? $util.Long.prototype.toString.call(message.resetAt) : options.longs === $Number ? new $util.LongBits(message.resetAt.low >>> 0, message.resetAt.high >>> 0).toNumber() : message.resetAt;
            if (message.drRootKey != null && $Object.hasOwnProperty.call(message, "drRootKey"))
                object.drRootKey = options.bytes === $String ? $util.base64.encode(message.drRootKey, 0, message.drRootKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.drRootKey) : message.drRootKey;
            if (message.drPublicKey != null && $Object.hasOwnProperty.call(message, "drPublicKey"))
                object.drPublicKey = options.bytes === $String ? $util.base64.encode(message.drPublicKey, 0, message.drPublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.drPublicKey) : message.drPublicKey;
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
            return object;
        };

        /**
         * Converts this SessionReset to JSON.
         * @function toJSON
         * @memberof meow.SessionReset
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SessionReset.prototype.toJSON = function() {
            return SessionReset.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SessionReset
         * @function getTypeUrl
         * @memberof meow.SessionReset
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SessionReset.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.SessionReset";
        };

        return SessionReset;
    })();

    meow.AddressUpdate = (function() {

        /**
         * Properties of an AddressUpdate.
         * @typedef {Object} meow.AddressUpdate.$Properties
         * @property {Uint8Array|null} [lookupKey] AddressUpdate lookupKey
         * @property {Uint8Array|null} [sendToken] AddressUpdate sendToken
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AddressUpdate.
         * @memberof meow
         * @interface IAddressUpdate
         * @augments meow.AddressUpdate.$Properties
         * @deprecated Use meow.AddressUpdate.$Properties instead.
         */

        /**
         * Shape of an AddressUpdate.
         * @typedef {meow.AddressUpdate.$Properties} meow.AddressUpdate.$Shape
         */

        /**
         * Constructs a new AddressUpdate.
         * @memberof meow
         * @classdesc Represents an AddressUpdate.
         * @constructor
         * @param {meow.AddressUpdate.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AddressUpdate = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AddressUpdate lookupKey.
         * @member {Uint8Array} lookupKey
         * @memberof meow.AddressUpdate
         * @instance
         */
        AddressUpdate.prototype.lookupKey = $util.newBuffer([]);

        /**
         * AddressUpdate sendToken.
         * @member {Uint8Array} sendToken
         * @memberof meow.AddressUpdate
         * @instance
         */
        AddressUpdate.prototype.sendToken = $util.newBuffer([]);

        /**
         * Creates a new AddressUpdate instance using the specified properties.
         * @function create
         * @memberof meow.AddressUpdate
         * @static
         * @param {meow.AddressUpdate.$Properties=} [properties] Properties to set
         * @returns {meow.AddressUpdate} AddressUpdate instance
         * @type {{
         *   (properties: meow.AddressUpdate.$Shape): meow.AddressUpdate & meow.AddressUpdate.$Shape;
         *   (properties?: meow.AddressUpdate.$Properties): meow.AddressUpdate;
         * }}
         */
        AddressUpdate.create = function(properties) {
            return new AddressUpdate(properties);
        };

        /**
         * Encodes the specified AddressUpdate message. Does not implicitly {@link meow.AddressUpdate.verify|verify} messages.
         * @function encode
         * @memberof meow.AddressUpdate
         * @static
         * @param {meow.AddressUpdate.$Properties} message AddressUpdate message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AddressUpdate.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey") && message.lookupKey.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.lookupKey);
            if (message.sendToken != null && $Object.hasOwnProperty.call(message, "sendToken") && message.sendToken.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.sendToken);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified AddressUpdate message, length delimited. Does not implicitly {@link meow.AddressUpdate.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.AddressUpdate
         * @static
         * @param {meow.AddressUpdate.$Properties} message AddressUpdate message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AddressUpdate.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AddressUpdate message from the specified reader or buffer.
         * @function decode
         * @memberof meow.AddressUpdate
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.AddressUpdate & meow.AddressUpdate.$Shape} AddressUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AddressUpdate.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.AddressUpdate();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.lookupKey = value;
                        else
                            delete message.lookupKey;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.sendToken = value;
                        else
                            delete message.sendToken;
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

        /**
         * Decodes an AddressUpdate message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.AddressUpdate
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.AddressUpdate & meow.AddressUpdate.$Shape} AddressUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AddressUpdate.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AddressUpdate message.
         * @function verify
         * @memberof meow.AddressUpdate
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AddressUpdate.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey"))
                if (!(message.lookupKey && typeof message.lookupKey.length === "number" || $util.isString(message.lookupKey)))
                    return "lookupKey: buffer expected";
            if (message.sendToken != null && $Object.hasOwnProperty.call(message, "sendToken"))
                if (!(message.sendToken && typeof message.sendToken.length === "number" || $util.isString(message.sendToken)))
                    return "sendToken: buffer expected";
            return null;
        };

        /**
         * Creates an AddressUpdate message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.AddressUpdate
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.AddressUpdate} AddressUpdate
         */
        AddressUpdate.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.AddressUpdate)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.AddressUpdate: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.AddressUpdate();
            if (object.lookupKey != null)
                if (object.lookupKey.length)
                    if (typeof object.lookupKey === "string")
                        $util.base64.decode(object.lookupKey, message.lookupKey = $util.newBuffer($util.base64.length(object.lookupKey)), 0);
                    else if (object.lookupKey.length >= 0)
                        message.lookupKey = object.lookupKey;
            if (object.sendToken != null)
                if (object.sendToken.length)
                    if (typeof object.sendToken === "string")
                        $util.base64.decode(object.sendToken, message.sendToken = $util.newBuffer($util.base64.length(object.sendToken)), 0);
                    else if (object.sendToken.length >= 0)
                        message.sendToken = object.sendToken;
            return message;
        };

        /**
         * Creates a plain object from an AddressUpdate message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.AddressUpdate
         * @static
         * @param {meow.AddressUpdate} message AddressUpdate
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AddressUpdate.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.lookupKey = "";
                else {
                    object.lookupKey = [];
                    if (options.bytes !== $Array)
                        object.lookupKey = $util.newBuffer(object.lookupKey);
                }
                if (options.bytes === $String)
                    object.sendToken = "";
                else {
                    object.sendToken = [];
                    if (options.bytes !== $Array)
                        object.sendToken = $util.newBuffer(object.sendToken);
                }
            }
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey"))
                object.lookupKey = options.bytes === $String ? $util.base64.encode(message.lookupKey, 0, message.lookupKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.lookupKey) : message.lookupKey;
            if (message.sendToken != null && $Object.hasOwnProperty.call(message, "sendToken"))
                object.sendToken = options.bytes === $String ? $util.base64.encode(message.sendToken, 0, message.sendToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sendToken) : message.sendToken;
            return object;
        };

        /**
         * Converts this AddressUpdate to JSON.
         * @function toJSON
         * @memberof meow.AddressUpdate
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AddressUpdate.prototype.toJSON = function() {
            return AddressUpdate.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AddressUpdate
         * @function getTypeUrl
         * @memberof meow.AddressUpdate
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AddressUpdate.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.AddressUpdate";
        };

        return AddressUpdate;
    })();

    meow.ConversationStatus = (function() {

        /**
         * Properties of a ConversationStatus.
         * @typedef {Object} meow.ConversationStatus.$Properties
         * @property {string|null} [uuid] ConversationStatus uuid
         * @property {number|null} [sent] ConversationStatus sent
         * @property {number|null} [received] ConversationStatus received
         * @property {number|null} [processed] ConversationStatus processed
         * @property {string|null} [replyToUuid] ConversationStatus replyToUuid
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConversationStatus.
         * @memberof meow
         * @interface IConversationStatus
         * @augments meow.ConversationStatus.$Properties
         * @deprecated Use meow.ConversationStatus.$Properties instead.
         */

        /**
         * Shape of a ConversationStatus.
         * @typedef {meow.ConversationStatus.$Properties} meow.ConversationStatus.$Shape
         */

        /**
         * Constructs a new ConversationStatus.
         * @memberof meow
         * @classdesc Represents a ConversationStatus.
         * @constructor
         * @param {meow.ConversationStatus.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ConversationStatus = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ConversationStatus uuid.
         * @member {string} uuid
         * @memberof meow.ConversationStatus
         * @instance
         */
        ConversationStatus.prototype.uuid = "";

        /**
         * ConversationStatus sent.
         * @member {number} sent
         * @memberof meow.ConversationStatus
         * @instance
         */
        ConversationStatus.prototype.sent = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ConversationStatus received.
         * @member {number} received
         * @memberof meow.ConversationStatus
         * @instance
         */
        ConversationStatus.prototype.received = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ConversationStatus processed.
         * @member {number} processed
         * @memberof meow.ConversationStatus
         * @instance
         */
        ConversationStatus.prototype.processed = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ConversationStatus replyToUuid.
         * @member {string} replyToUuid
         * @memberof meow.ConversationStatus
         * @instance
         */
        ConversationStatus.prototype.replyToUuid = "";

        /**
         * Creates a new ConversationStatus instance using the specified properties.
         * @function create
         * @memberof meow.ConversationStatus
         * @static
         * @param {meow.ConversationStatus.$Properties=} [properties] Properties to set
         * @returns {meow.ConversationStatus} ConversationStatus instance
         * @type {{
         *   (properties: meow.ConversationStatus.$Shape): meow.ConversationStatus & meow.ConversationStatus.$Shape;
         *   (properties?: meow.ConversationStatus.$Properties): meow.ConversationStatus;
         * }}
         */
        ConversationStatus.create = function(properties) {
            return new ConversationStatus(properties);
        };

        /**
         * Encodes the specified ConversationStatus message. Does not implicitly {@link meow.ConversationStatus.verify|verify} messages.
         * @function encode
         * @memberof meow.ConversationStatus
         * @static
         * @param {meow.ConversationStatus.$Properties} message ConversationStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConversationStatus.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uuid);
            if (message.sent != null && $Object.hasOwnProperty.call(message, "sent") && (typeof message.sent === "object" ? message.sent.low || message.sent.high : message.sent !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.sent);
            if (message.received != null && $Object.hasOwnProperty.call(message, "received") && (typeof message.received === "object" ? message.received.low || message.received.high : message.received !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.received);
            if (message.processed != null && $Object.hasOwnProperty.call(message, "processed") && (typeof message.processed === "object" ? message.processed.low || message.processed.high : message.processed !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.processed);
            if (message.replyToUuid != null && $Object.hasOwnProperty.call(message, "replyToUuid") && message.replyToUuid !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.replyToUuid);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ConversationStatus message, length delimited. Does not implicitly {@link meow.ConversationStatus.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.ConversationStatus
         * @static
         * @param {meow.ConversationStatus.$Properties} message ConversationStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConversationStatus.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ConversationStatus message from the specified reader or buffer.
         * @function decode
         * @memberof meow.ConversationStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.ConversationStatus & meow.ConversationStatus.$Shape} ConversationStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConversationStatus.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.ConversationStatus();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uuid = value;
                        else
                            delete message.uuid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.sent = value;
                        else
                            delete message.sent;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.received = value;
                        else
                            delete message.received;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.processed = value;
                        else
                            delete message.processed;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.replyToUuid = value;
                        else
                            delete message.replyToUuid;
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

        /**
         * Decodes a ConversationStatus message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.ConversationStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.ConversationStatus & meow.ConversationStatus.$Shape} ConversationStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConversationStatus.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ConversationStatus message.
         * @function verify
         * @memberof meow.ConversationStatus
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ConversationStatus.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                if (!$util.isString(message.uuid))
                    return "uuid: string expected";
            if (message.sent != null && $Object.hasOwnProperty.call(message, "sent"))
                if (!$util.isInteger(message.sent) && !(message.sent && $util.isInteger(message.sent.low) && $util.isInteger(message.sent.high)))
                    return "sent: integer|Long expected";
            if (message.received != null && $Object.hasOwnProperty.call(message, "received"))
                if (!$util.isInteger(message.received) && !(message.received && $util.isInteger(message.received.low) && $util.isInteger(message.received.high)))
                    return "received: integer|Long expected";
            if (message.processed != null && $Object.hasOwnProperty.call(message, "processed"))
                if (!$util.isInteger(message.processed) && !(message.processed && $util.isInteger(message.processed.low) && $util.isInteger(message.processed.high)))
                    return "processed: integer|Long expected";
            if (message.replyToUuid != null && $Object.hasOwnProperty.call(message, "replyToUuid"))
                if (!$util.isString(message.replyToUuid))
                    return "replyToUuid: string expected";
            return null;
        };

        /**
         * Creates a ConversationStatus message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.ConversationStatus
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.ConversationStatus} ConversationStatus
         */
        ConversationStatus.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.ConversationStatus)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.ConversationStatus: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.ConversationStatus();
            if (object.uuid != null)
                if (typeof object.uuid !== "string" || object.uuid.length)
                    message.uuid = $String(object.uuid);
            if (object.sent != null)
                if (typeof object.sent === "object" ? object.sent.low || object.sent.high : $Number(object.sent) !== 0)
                    if ($util.Long)
                        message.sent = $util.Long.fromValue(object.sent, false);
                    else if (typeof object.sent === "string")
                        message.sent = $parseInt(object.sent, 10);
                    else if (typeof object.sent === "number")
                        message.sent = object.sent;
                    else if (typeof object.sent === "object")
                        message.sent = new $util.LongBits(object.sent.low >>> 0, object.sent.high >>> 0).toNumber();
            if (object.received != null)
                if (typeof object.received === "object" ? object.received.low || object.received.high : $Number(object.received) !== 0)
                    if ($util.Long)
                        message.received = $util.Long.fromValue(object.received, false);
                    else if (typeof object.received === "string")
                        message.received = $parseInt(object.received, 10);
                    else if (typeof object.received === "number")
                        message.received = object.received;
                    else if (typeof object.received === "object")
                        message.received = new $util.LongBits(object.received.low >>> 0, object.received.high >>> 0).toNumber();
            if (object.processed != null)
                if (typeof object.processed === "object" ? object.processed.low || object.processed.high : $Number(object.processed) !== 0)
                    if ($util.Long)
                        message.processed = $util.Long.fromValue(object.processed, false);
                    else if (typeof object.processed === "string")
                        message.processed = $parseInt(object.processed, 10);
                    else if (typeof object.processed === "number")
                        message.processed = object.processed;
                    else if (typeof object.processed === "object")
                        message.processed = new $util.LongBits(object.processed.low >>> 0, object.processed.high >>> 0).toNumber();
            if (object.replyToUuid != null)
                if (typeof object.replyToUuid !== "string" || object.replyToUuid.length)
                    message.replyToUuid = $String(object.replyToUuid);
            return message;
        };

        /**
         * Creates a plain object from a ConversationStatus message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.ConversationStatus
         * @static
         * @param {meow.ConversationStatus} message ConversationStatus
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ConversationStatus.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.uuid = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.sent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.sent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.received = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.received = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.processed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.processed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.replyToUuid = "";
            }
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                object.uuid = message.uuid;
            if (message.sent != null && $Object.hasOwnProperty.call(message, "sent"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.sent = typeof message.sent === "number" ? $BigInt(message.sent) : $util.Long.fromBits(message.sent.low >>> 0, message.sent.high >>> 0, false).toBigInt();
                else if (typeof message.sent === "number")
                    object.sent = options.longs === $String ? $String(message.sent) : message.sent;
                else
                    object.sent = options.longs === $String ? $util.Long.prototype.toString.call(message.sent) : options.longs === $Number ? new $util.LongBits(message.sent.low >>> 0, message.sent.high >>> 0).toNumber() : message.sent;
            if (message.received != null && $Object.hasOwnProperty.call(message, "received"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.received = typeof message.received === "number" ? $BigInt(message.received) : $util.Long.fromBits(message.received.low >>> 0, message.received.high >>> 0, false).toBigInt();
                else if (typeof message.received === "number")
                    object.received = options.longs === $String ? $String(message.received) : message.received;
                else
                    object.received = options.longs === $String ? $util.Long.prototype.toString.call(message.received) : options.longs === $Number ? new $util.LongBits(message.received.low >>> 0, message.received.high >>> 0).toNumber() : message.received;
            if (message.processed != null && $Object.hasOwnProperty.call(message, "processed"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.processed = typeof message.processed === "number" ? $BigInt(message.processed) : $util.Long.fromBits(message.processed.low >>> 0, message.processed.high >>> 0, false).toBigInt();
                else if (typeof message.processed === "number")
                    object.processed = options.longs === $String ? $String(message.processed) : message.processed;
                else
                    object.processed = options.longs === $String ? $util.Long.prototype.toString.call(message.processed) : options.longs === $Number ? new $util.LongBits(message.processed.low >>> 0, message.processed.high >>> 0).toNumber() : message.processed;
            if (message.replyToUuid != null && $Object.hasOwnProperty.call(message, "replyToUuid"))
                object.replyToUuid = message.replyToUuid;
            return object;
        };

        /**
         * Converts this ConversationStatus to JSON.
         * @function toJSON
         * @memberof meow.ConversationStatus
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ConversationStatus.prototype.toJSON = function() {
            return ConversationStatus.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ConversationStatus
         * @function getTypeUrl
         * @memberof meow.ConversationStatus
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ConversationStatus.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.ConversationStatus";
        };

        return ConversationStatus;
    })();

    meow.MessageAck = (function() {

        /**
         * Properties of a MessageAck.
         * @typedef {Object} meow.MessageAck.$Properties
         * @property {string|null} [uuid] MessageAck uuid
         * @property {number|null} [delivered] MessageAck delivered
         * @property {number|null} [processed] MessageAck processed
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MessageAck.
         * @memberof meow
         * @interface IMessageAck
         * @augments meow.MessageAck.$Properties
         * @deprecated Use meow.MessageAck.$Properties instead.
         */

        /**
         * Shape of a MessageAck.
         * @typedef {meow.MessageAck.$Properties} meow.MessageAck.$Shape
         */

        /**
         * Constructs a new MessageAck.
         * @memberof meow
         * @classdesc Represents a MessageAck.
         * @constructor
         * @param {meow.MessageAck.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MessageAck = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MessageAck uuid.
         * @member {string} uuid
         * @memberof meow.MessageAck
         * @instance
         */
        MessageAck.prototype.uuid = "";

        /**
         * MessageAck delivered.
         * @member {number} delivered
         * @memberof meow.MessageAck
         * @instance
         */
        MessageAck.prototype.delivered = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * MessageAck processed.
         * @member {number} processed
         * @memberof meow.MessageAck
         * @instance
         */
        MessageAck.prototype.processed = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new MessageAck instance using the specified properties.
         * @function create
         * @memberof meow.MessageAck
         * @static
         * @param {meow.MessageAck.$Properties=} [properties] Properties to set
         * @returns {meow.MessageAck} MessageAck instance
         * @type {{
         *   (properties: meow.MessageAck.$Shape): meow.MessageAck & meow.MessageAck.$Shape;
         *   (properties?: meow.MessageAck.$Properties): meow.MessageAck;
         * }}
         */
        MessageAck.create = function(properties) {
            return new MessageAck(properties);
        };

        /**
         * Encodes the specified MessageAck message. Does not implicitly {@link meow.MessageAck.verify|verify} messages.
         * @function encode
         * @memberof meow.MessageAck
         * @static
         * @param {meow.MessageAck.$Properties} message MessageAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MessageAck.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uuid);
            if (message.delivered != null && $Object.hasOwnProperty.call(message, "delivered") && (typeof message.delivered === "object" ? message.delivered.low || message.delivered.high : message.delivered !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.delivered);
            if (message.processed != null && $Object.hasOwnProperty.call(message, "processed") && (typeof message.processed === "object" ? message.processed.low || message.processed.high : message.processed !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.processed);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified MessageAck message, length delimited. Does not implicitly {@link meow.MessageAck.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.MessageAck
         * @static
         * @param {meow.MessageAck.$Properties} message MessageAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MessageAck.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MessageAck message from the specified reader or buffer.
         * @function decode
         * @memberof meow.MessageAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.MessageAck & meow.MessageAck.$Shape} MessageAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MessageAck.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.MessageAck();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uuid = value;
                        else
                            delete message.uuid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.delivered = value;
                        else
                            delete message.delivered;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.processed = value;
                        else
                            delete message.processed;
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

        /**
         * Decodes a MessageAck message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.MessageAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.MessageAck & meow.MessageAck.$Shape} MessageAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MessageAck.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MessageAck message.
         * @function verify
         * @memberof meow.MessageAck
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MessageAck.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                if (!$util.isString(message.uuid))
                    return "uuid: string expected";
            if (message.delivered != null && $Object.hasOwnProperty.call(message, "delivered"))
                if (!$util.isInteger(message.delivered) && !(message.delivered && $util.isInteger(message.delivered.low) && $util.isInteger(message.delivered.high)))
                    return "delivered: integer|Long expected";
            if (message.processed != null && $Object.hasOwnProperty.call(message, "processed"))
                if (!$util.isInteger(message.processed) && !(message.processed && $util.isInteger(message.processed.low) && $util.isInteger(message.processed.high)))
                    return "processed: integer|Long expected";
            return null;
        };

        /**
         * Creates a MessageAck message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.MessageAck
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.MessageAck} MessageAck
         */
        MessageAck.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.MessageAck)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.MessageAck: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.MessageAck();
            if (object.uuid != null)
                if (typeof object.uuid !== "string" || object.uuid.length)
                    message.uuid = $String(object.uuid);
            if (object.delivered != null)
                if (typeof object.delivered === "object" ? object.delivered.low || object.delivered.high : $Number(object.delivered) !== 0)
                    if ($util.Long)
                        message.delivered = $util.Long.fromValue(object.delivered, false);
                    else if (typeof object.delivered === "string")
                        message.delivered = $parseInt(object.delivered, 10);
                    else if (typeof object.delivered === "number")
                        message.delivered = object.delivered;
                    else if (typeof object.delivered === "object")
                        message.delivered = new $util.LongBits(object.delivered.low >>> 0, object.delivered.high >>> 0).toNumber();
            if (object.processed != null)
                if (typeof object.processed === "object" ? object.processed.low || object.processed.high : $Number(object.processed) !== 0)
                    if ($util.Long)
                        message.processed = $util.Long.fromValue(object.processed, false);
                    else if (typeof object.processed === "string")
                        message.processed = $parseInt(object.processed, 10);
                    else if (typeof object.processed === "number")
                        message.processed = object.processed;
                    else if (typeof object.processed === "object")
                        message.processed = new $util.LongBits(object.processed.low >>> 0, object.processed.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from a MessageAck message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.MessageAck
         * @static
         * @param {meow.MessageAck} message MessageAck
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MessageAck.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.uuid = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.delivered = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.delivered = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.processed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.processed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                object.uuid = message.uuid;
            if (message.delivered != null && $Object.hasOwnProperty.call(message, "delivered"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.delivered = typeof message.delivered === "number" ? $BigInt(message.delivered) : $util.Long.fromBits(message.delivered.low >>> 0, message.delivered.high >>> 0, false).toBigInt();
                else if (typeof message.delivered === "number")
                    object.delivered = options.longs === $String ? $String(message.delivered) : message.delivered;
                else
                    object.delivered = options.longs === $String ? $util.Long.prototype.toString.call(message.delivered) : options.longs === $Number ? new $util.LongBits(message.delivered.low >>> 0, message.delivered.high >>> 0).toNumber() : message.delivered;
            if (message.processed != null && $Object.hasOwnProperty.call(message, "processed"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.processed = typeof message.processed === "number" ? $BigInt(message.processed) : $util.Long.fromBits(message.processed.low >>> 0, message.processed.high >>> 0, false).toBigInt();
                else if (typeof message.processed === "number")
                    object.processed = options.longs === $String ? $String(message.processed) : message.processed;
                else
                    object.processed = options.longs === $String ? $util.Long.prototype.toString.call(message.processed) : options.longs === $Number ? new $util.LongBits(message.processed.low >>> 0, message.processed.high >>> 0).toNumber() : message.processed;
            return object;
        };

        /**
         * Converts this MessageAck to JSON.
         * @function toJSON
         * @memberof meow.MessageAck
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MessageAck.prototype.toJSON = function() {
            return MessageAck.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MessageAck
         * @function getTypeUrl
         * @memberof meow.MessageAck
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MessageAck.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.MessageAck";
        };

        return MessageAck;
    })();

    meow.AttachmentPointer = (function() {

        /**
         * Properties of an AttachmentPointer.
         * @typedef {Object} meow.AttachmentPointer.$Properties
         * @property {number|null} [version] AttachmentPointer version
         * @property {string|null} [relayUrl] AttachmentPointer relayUrl
         * @property {Uint8Array|null} [readToken] AttachmentPointer readToken
         * @property {Uint8Array|null} [key] AttachmentPointer key
         * @property {Uint8Array|null} [digest] AttachmentPointer digest
         * @property {number|null} [plaintextLength] AttachmentPointer plaintextLength
         * @property {number|null} [chunkCount] AttachmentPointer chunkCount
         * @property {string|null} [mimeType] AttachmentPointer mimeType
         * @property {string|null} [name] AttachmentPointer name
         * @property {number|null} [width] AttachmentPointer width
         * @property {number|null} [height] AttachmentPointer height
         * @property {Uint8Array|null} [thumbnail] AttachmentPointer thumbnail
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AttachmentPointer.
         * @memberof meow
         * @interface IAttachmentPointer
         * @augments meow.AttachmentPointer.$Properties
         * @deprecated Use meow.AttachmentPointer.$Properties instead.
         */

        /**
         * Shape of an AttachmentPointer.
         * @typedef {meow.AttachmentPointer.$Properties} meow.AttachmentPointer.$Shape
         */

        /**
         * Constructs a new AttachmentPointer.
         * @memberof meow
         * @classdesc Represents an AttachmentPointer.
         * @constructor
         * @param {meow.AttachmentPointer.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AttachmentPointer = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AttachmentPointer version.
         * @member {number} version
         * @memberof meow.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.version = 0;

        /**
         * AttachmentPointer relayUrl.
         * @member {string} relayUrl
         * @memberof meow.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.relayUrl = "";

        /**
         * AttachmentPointer readToken.
         * @member {Uint8Array} readToken
         * @memberof meow.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.readToken = $util.newBuffer([]);

        /**
         * AttachmentPointer key.
         * @member {Uint8Array} key
         * @memberof meow.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.key = $util.newBuffer([]);

        /**
         * AttachmentPointer digest.
         * @member {Uint8Array} digest
         * @memberof meow.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.digest = $util.newBuffer([]);

        /**
         * AttachmentPointer plaintextLength.
         * @member {number} plaintextLength
         * @memberof meow.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.plaintextLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AttachmentPointer chunkCount.
         * @member {number} chunkCount
         * @memberof meow.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.chunkCount = 0;

        /**
         * AttachmentPointer mimeType.
         * @member {string} mimeType
         * @memberof meow.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.mimeType = "";

        /**
         * AttachmentPointer name.
         * @member {string} name
         * @memberof meow.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.name = "";

        /**
         * AttachmentPointer width.
         * @member {number} width
         * @memberof meow.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.width = 0;

        /**
         * AttachmentPointer height.
         * @member {number} height
         * @memberof meow.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.height = 0;

        /**
         * AttachmentPointer thumbnail.
         * @member {Uint8Array} thumbnail
         * @memberof meow.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.thumbnail = $util.newBuffer([]);

        /**
         * Creates a new AttachmentPointer instance using the specified properties.
         * @function create
         * @memberof meow.AttachmentPointer
         * @static
         * @param {meow.AttachmentPointer.$Properties=} [properties] Properties to set
         * @returns {meow.AttachmentPointer} AttachmentPointer instance
         * @type {{
         *   (properties: meow.AttachmentPointer.$Shape): meow.AttachmentPointer & meow.AttachmentPointer.$Shape;
         *   (properties?: meow.AttachmentPointer.$Properties): meow.AttachmentPointer;
         * }}
         */
        AttachmentPointer.create = function(properties) {
            return new AttachmentPointer(properties);
        };

        /**
         * Encodes the specified AttachmentPointer message. Does not implicitly {@link meow.AttachmentPointer.verify|verify} messages.
         * @function encode
         * @memberof meow.AttachmentPointer
         * @static
         * @param {meow.AttachmentPointer.$Properties} message AttachmentPointer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttachmentPointer.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
            if (message.relayUrl != null && $Object.hasOwnProperty.call(message, "relayUrl") && message.relayUrl !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.relayUrl);
            if (message.readToken != null && $Object.hasOwnProperty.call(message, "readToken") && message.readToken.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.readToken);
            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.key);
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.digest);
            if (message.plaintextLength != null && $Object.hasOwnProperty.call(message, "plaintextLength") && (typeof message.plaintextLength === "object" ? message.plaintextLength.low || message.plaintextLength.high : message.plaintextLength !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.plaintextLength);
            if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount") && message.chunkCount !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.chunkCount);
            if (message.mimeType != null && $Object.hasOwnProperty.call(message, "mimeType") && message.mimeType !== "")
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.mimeType);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.name);
            if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.width);
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.height);
            if (message.thumbnail != null && $Object.hasOwnProperty.call(message, "thumbnail") && message.thumbnail.length)
                writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.thumbnail);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified AttachmentPointer message, length delimited. Does not implicitly {@link meow.AttachmentPointer.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.AttachmentPointer
         * @static
         * @param {meow.AttachmentPointer.$Properties} message AttachmentPointer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttachmentPointer.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AttachmentPointer message from the specified reader or buffer.
         * @function decode
         * @memberof meow.AttachmentPointer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.AttachmentPointer & meow.AttachmentPointer.$Shape} AttachmentPointer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttachmentPointer.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.AttachmentPointer();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.relayUrl = value;
                        else
                            delete message.relayUrl;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.readToken = value;
                        else
                            delete message.readToken;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.key = value;
                        else
                            delete message.key;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.digest = value;
                        else
                            delete message.digest;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.plaintextLength = value;
                        else
                            delete message.plaintextLength;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.chunkCount = value;
                        else
                            delete message.chunkCount;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.mimeType = value;
                        else
                            delete message.mimeType;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.width = value;
                        else
                            delete message.width;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.thumbnail = value;
                        else
                            delete message.thumbnail;
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

        /**
         * Decodes an AttachmentPointer message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.AttachmentPointer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.AttachmentPointer & meow.AttachmentPointer.$Shape} AttachmentPointer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttachmentPointer.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AttachmentPointer message.
         * @function verify
         * @memberof meow.AttachmentPointer
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AttachmentPointer.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            if (message.relayUrl != null && $Object.hasOwnProperty.call(message, "relayUrl"))
                if (!$util.isString(message.relayUrl))
                    return "relayUrl: string expected";
            if (message.readToken != null && $Object.hasOwnProperty.call(message, "readToken"))
                if (!(message.readToken && typeof message.readToken.length === "number" || $util.isString(message.readToken)))
                    return "readToken: buffer expected";
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                    return "key: buffer expected";
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                if (!(message.digest && typeof message.digest.length === "number" || $util.isString(message.digest)))
                    return "digest: buffer expected";
            if (message.plaintextLength != null && $Object.hasOwnProperty.call(message, "plaintextLength"))
                if (!$util.isInteger(message.plaintextLength) && !(message.plaintextLength && $util.isInteger(message.plaintextLength.low) && $util.isInteger(message.plaintextLength.high)))
                    return "plaintextLength: integer|Long expected";
            if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                if (!$util.isInteger(message.chunkCount))
                    return "chunkCount: integer expected";
            if (message.mimeType != null && $Object.hasOwnProperty.call(message, "mimeType"))
                if (!$util.isString(message.mimeType))
                    return "mimeType: string expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                if (!$util.isInteger(message.width))
                    return "width: integer expected";
            if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                if (!$util.isInteger(message.height))
                    return "height: integer expected";
            if (message.thumbnail != null && $Object.hasOwnProperty.call(message, "thumbnail"))
                if (!(message.thumbnail && typeof message.thumbnail.length === "number" || $util.isString(message.thumbnail)))
                    return "thumbnail: buffer expected";
            return null;
        };

        /**
         * Creates an AttachmentPointer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.AttachmentPointer
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.AttachmentPointer} AttachmentPointer
         */
        AttachmentPointer.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.AttachmentPointer)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.AttachmentPointer: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.AttachmentPointer();
            if (object.version != null)
                if ($Number(object.version) !== 0)
                    message.version = object.version >>> 0;
            if (object.relayUrl != null)
                if (typeof object.relayUrl !== "string" || object.relayUrl.length)
                    message.relayUrl = $String(object.relayUrl);
            if (object.readToken != null)
                if (object.readToken.length)
                    if (typeof object.readToken === "string")
                        $util.base64.decode(object.readToken, message.readToken = $util.newBuffer($util.base64.length(object.readToken)), 0);
                    else if (object.readToken.length >= 0)
                        message.readToken = object.readToken;
            if (object.key != null)
                if (object.key.length)
                    if (typeof object.key === "string")
                        $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                    else if (object.key.length >= 0)
                        message.key = object.key;
            if (object.digest != null)
                if (object.digest.length)
                    if (typeof object.digest === "string")
                        $util.base64.decode(object.digest, message.digest = $util.newBuffer($util.base64.length(object.digest)), 0);
                    else if (object.digest.length >= 0)
                        message.digest = object.digest;
            if (object.plaintextLength != null)
                if (typeof object.plaintextLength === "object" ? object.plaintextLength.low || object.plaintextLength.high : $Number(object.plaintextLength) !== 0)
                    if ($util.Long)
                        message.plaintextLength = $util.Long.fromValue(object.plaintextLength, true);
                    else if (typeof object.plaintextLength === "string")
                        message.plaintextLength = $parseInt(object.plaintextLength, 10);
                    else if (typeof object.plaintextLength === "number")
                        message.plaintextLength = object.plaintextLength;
                    else if (typeof object.plaintextLength === "object")
                        message.plaintextLength = new $util.LongBits(object.plaintextLength.low >>> 0, object.plaintextLength.high >>> 0).toNumber(true);
            if (object.chunkCount != null)
                if ($Number(object.chunkCount) !== 0)
                    message.chunkCount = object.chunkCount >>> 0;
            if (object.mimeType != null)
                if (typeof object.mimeType !== "string" || object.mimeType.length)
                    message.mimeType = $String(object.mimeType);
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.width != null)
                if ($Number(object.width) !== 0)
                    message.width = object.width >>> 0;
            if (object.height != null)
                if ($Number(object.height) !== 0)
                    message.height = object.height >>> 0;
            if (object.thumbnail != null)
                if (object.thumbnail.length)
                    if (typeof object.thumbnail === "string")
                        $util.base64.decode(object.thumbnail, message.thumbnail = $util.newBuffer($util.base64.length(object.thumbnail)), 0);
                    else if (object.thumbnail.length >= 0)
                        message.thumbnail = object.thumbnail;
            return message;
        };

        /**
         * Creates a plain object from an AttachmentPointer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.AttachmentPointer
         * @static
         * @param {meow.AttachmentPointer} message AttachmentPointer
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AttachmentPointer.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.version = 0;
                object.relayUrl = "";
                if (options.bytes === $String)
                    object.readToken = "";
                else {
                    object.readToken = [];
                    if (options.bytes !== $Array)
                        object.readToken = $util.newBuffer(object.readToken);
                }
                if (options.bytes === $String)
                    object.key = "";
                else {
                    object.key = [];
                    if (options.bytes !== $Array)
                        object.key = $util.newBuffer(object.key);
                }
                if (options.bytes === $String)
                    object.digest = "";
                else {
                    object.digest = [];
                    if (options.bytes !== $Array)
                        object.digest = $util.newBuffer(object.digest);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.plaintextLength = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.plaintextLength = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.chunkCount = 0;
                object.mimeType = "";
                object.name = "";
                object.width = 0;
                object.height = 0;
                if (options.bytes === $String)
                    object.thumbnail = "";
                else {
                    object.thumbnail = [];
                    if (options.bytes !== $Array)
                        object.thumbnail = $util.newBuffer(object.thumbnail);
                }
            }
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.relayUrl != null && $Object.hasOwnProperty.call(message, "relayUrl"))
                object.relayUrl = message.relayUrl;
            if (message.readToken != null && $Object.hasOwnProperty.call(message, "readToken"))
                object.readToken = options.bytes === $String ? $util.base64.encode(message.readToken, 0, message.readToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.readToken) : message.readToken;
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                object.digest = options.bytes === $String ? $util.base64.encode(message.digest, 0, message.digest.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.digest) : message.digest;
            if (message.plaintextLength != null && $Object.hasOwnProperty.call(message, "plaintextLength"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.plaintextLength = typeof message.plaintextLength === "number" ? $BigInt(message.plaintextLength) : $util.Long.fromBits(message.plaintextLength.low >>> 0, message.plaintextLength.high >>> 0, true).toBigInt();
                else if (typeof message.plaintextLength === "number")
                    object.plaintextLength = options.longs === $String ? $String(message.plaintextLength) : message.plaintextLength;
                else
                    object.plaintextLength = options.longs === $String ? $util.Long.prototype.toString.call(message.plaintextLength) : options.longs === $Number ? new $util.LongBits(message.plaintextLength.low >>> 0, message.plaintextLength.high >>> 0).toNumber(true) : message.plaintextLength;
            if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                object.chunkCount = message.chunkCount;
            if (message.mimeType != null && $Object.hasOwnProperty.call(message, "mimeType"))
                object.mimeType = message.mimeType;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                object.width = message.width;
            if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                object.height = message.height;
            if (message.thumbnail != null && $Object.hasOwnProperty.call(message, "thumbnail"))
                object.thumbnail = options.bytes === $String ? $util.base64.encode(message.thumbnail, 0, message.thumbnail.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.thumbnail) : message.thumbnail;
            return object;
        };

        /**
         * Converts this AttachmentPointer to JSON.
         * @function toJSON
         * @memberof meow.AttachmentPointer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AttachmentPointer.prototype.toJSON = function() {
            return AttachmentPointer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AttachmentPointer
         * @function getTypeUrl
         * @memberof meow.AttachmentPointer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AttachmentPointer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.AttachmentPointer";
        };

        return AttachmentPointer;
    })();

    meow.ContactCard = (function() {

        /**
         * Properties of a ContactCard.
         * @typedef {Object} meow.ContactCard.$Properties
         * @property {number|null} [version] ContactCard version
         * @property {string|null} [type] ContactCard type
         * @property {string|null} [name] ContactCard name
         * @property {Uint8Array|null} [identityPublicKey] ContactCard identityPublicKey
         * @property {Uint8Array|null} [encryptionPublicKey] ContactCard encryptionPublicKey
         * @property {Uint8Array|null} [lookupKey] ContactCard lookupKey
         * @property {Array.<meow.ServerCard.$Properties>|null} [pullServers] ContactCard pullServers
         * @property {Uint8Array|null} [symKey] ContactCard symKey
         * @property {Uint8Array|null} [drRootKey] ContactCard drRootKey
         * @property {Uint8Array|null} [drPublicKey] ContactCard drPublicKey
         * @property {string|null} [invitationUuid] ContactCard invitationUuid
         * @property {number|null} [createdAt] ContactCard createdAt
         * @property {Uint8Array|null} [signature] ContactCard signature
         * @property {string|null} [deviceUid] ContactCard deviceUid
         * @property {Uint8Array|null} [sendToken] ContactCard sendToken
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ContactCard.
         * @memberof meow
         * @interface IContactCard
         * @augments meow.ContactCard.$Properties
         * @deprecated Use meow.ContactCard.$Properties instead.
         */

        /**
         * Shape of a ContactCard.
         * @typedef {meow.ContactCard.$Properties} meow.ContactCard.$Shape
         */

        /**
         * Constructs a new ContactCard.
         * @memberof meow
         * @classdesc Represents a ContactCard.
         * @constructor
         * @param {meow.ContactCard.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ContactCard = function (properties) {
            this.pullServers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ContactCard version.
         * @member {number} version
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.version = 0;

        /**
         * ContactCard type.
         * @member {string} type
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.type = "";

        /**
         * ContactCard name.
         * @member {string} name
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.name = "";

        /**
         * ContactCard identityPublicKey.
         * @member {Uint8Array} identityPublicKey
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.identityPublicKey = $util.newBuffer([]);

        /**
         * ContactCard encryptionPublicKey.
         * @member {Uint8Array} encryptionPublicKey
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.encryptionPublicKey = $util.newBuffer([]);

        /**
         * ContactCard lookupKey.
         * @member {Uint8Array} lookupKey
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.lookupKey = $util.newBuffer([]);

        /**
         * ContactCard pullServers.
         * @member {Array.<meow.ServerCard.$Properties>} pullServers
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.pullServers = $util.emptyArray;

        /**
         * ContactCard symKey.
         * @member {Uint8Array} symKey
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.symKey = $util.newBuffer([]);

        /**
         * ContactCard drRootKey.
         * @member {Uint8Array} drRootKey
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.drRootKey = $util.newBuffer([]);

        /**
         * ContactCard drPublicKey.
         * @member {Uint8Array} drPublicKey
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.drPublicKey = $util.newBuffer([]);

        /**
         * ContactCard invitationUuid.
         * @member {string} invitationUuid
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.invitationUuid = "";

        /**
         * ContactCard createdAt.
         * @member {number} createdAt
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ContactCard signature.
         * @member {Uint8Array} signature
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.signature = $util.newBuffer([]);

        /**
         * ContactCard deviceUid.
         * @member {string} deviceUid
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.deviceUid = "";

        /**
         * ContactCard sendToken.
         * @member {Uint8Array} sendToken
         * @memberof meow.ContactCard
         * @instance
         */
        ContactCard.prototype.sendToken = $util.newBuffer([]);

        /**
         * Creates a new ContactCard instance using the specified properties.
         * @function create
         * @memberof meow.ContactCard
         * @static
         * @param {meow.ContactCard.$Properties=} [properties] Properties to set
         * @returns {meow.ContactCard} ContactCard instance
         * @type {{
         *   (properties: meow.ContactCard.$Shape): meow.ContactCard & meow.ContactCard.$Shape;
         *   (properties?: meow.ContactCard.$Properties): meow.ContactCard;
         * }}
         */
        ContactCard.create = function(properties) {
            return new ContactCard(properties);
        };

        /**
         * Encodes the specified ContactCard message. Does not implicitly {@link meow.ContactCard.verify|verify} messages.
         * @function encode
         * @memberof meow.ContactCard
         * @static
         * @param {meow.ContactCard.$Properties} message ContactCard message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ContactCard.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.identityPublicKey != null && $Object.hasOwnProperty.call(message, "identityPublicKey") && message.identityPublicKey.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.identityPublicKey);
            if (message.encryptionPublicKey != null && $Object.hasOwnProperty.call(message, "encryptionPublicKey") && message.encryptionPublicKey.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.encryptionPublicKey);
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey") && message.lookupKey.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.lookupKey);
            if (message.pullServers != null && message.pullServers.length)
                for (let i = 0; i < message.pullServers.length; ++i)
                    $root.meow.ServerCard.encode(message.pullServers[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.symKey != null && $Object.hasOwnProperty.call(message, "symKey") && message.symKey.length)
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.symKey);
            if (message.drRootKey != null && $Object.hasOwnProperty.call(message, "drRootKey") && message.drRootKey.length)
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.drRootKey);
            if (message.drPublicKey != null && $Object.hasOwnProperty.call(message, "drPublicKey") && message.drPublicKey.length)
                writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.drPublicKey);
            if (message.invitationUuid != null && $Object.hasOwnProperty.call(message, "invitationUuid") && message.invitationUuid !== "")
                writer.uint32(/* id 11, wireType 2 =*/90).string(message.invitationUuid);
            if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                writer.uint32(/* id 12, wireType 0 =*/96).int64(message.createdAt);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 13, wireType 2 =*/106).bytes(message.signature);
            if (message.deviceUid != null && $Object.hasOwnProperty.call(message, "deviceUid") && message.deviceUid !== "")
                writer.uint32(/* id 14, wireType 2 =*/114).string(message.deviceUid);
            if (message.sendToken != null && $Object.hasOwnProperty.call(message, "sendToken") && message.sendToken.length)
                writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.sendToken);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ContactCard message, length delimited. Does not implicitly {@link meow.ContactCard.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.ContactCard
         * @static
         * @param {meow.ContactCard.$Properties} message ContactCard message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ContactCard.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ContactCard message from the specified reader or buffer.
         * @function decode
         * @memberof meow.ContactCard
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.ContactCard & meow.ContactCard.$Shape} ContactCard
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ContactCard.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.ContactCard();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.identityPublicKey = value;
                        else
                            delete message.identityPublicKey;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.encryptionPublicKey = value;
                        else
                            delete message.encryptionPublicKey;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.lookupKey = value;
                        else
                            delete message.lookupKey;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.pullServers && message.pullServers.length))
                            message.pullServers = [];
                        message.pullServers.push($root.meow.ServerCard.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.symKey = value;
                        else
                            delete message.symKey;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.drRootKey = value;
                        else
                            delete message.drRootKey;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.drPublicKey = value;
                        else
                            delete message.drPublicKey;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.invitationUuid = value;
                        else
                            delete message.invitationUuid;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.createdAt = value;
                        else
                            delete message.createdAt;
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.deviceUid = value;
                        else
                            delete message.deviceUid;
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.sendToken = value;
                        else
                            delete message.sendToken;
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

        /**
         * Decodes a ContactCard message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.ContactCard
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.ContactCard & meow.ContactCard.$Shape} ContactCard
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ContactCard.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ContactCard message.
         * @function verify
         * @memberof meow.ContactCard
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ContactCard.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                if (!$util.isString(message.type))
                    return "type: string expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.identityPublicKey != null && $Object.hasOwnProperty.call(message, "identityPublicKey"))
                if (!(message.identityPublicKey && typeof message.identityPublicKey.length === "number" || $util.isString(message.identityPublicKey)))
                    return "identityPublicKey: buffer expected";
            if (message.encryptionPublicKey != null && $Object.hasOwnProperty.call(message, "encryptionPublicKey"))
                if (!(message.encryptionPublicKey && typeof message.encryptionPublicKey.length === "number" || $util.isString(message.encryptionPublicKey)))
                    return "encryptionPublicKey: buffer expected";
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey"))
                if (!(message.lookupKey && typeof message.lookupKey.length === "number" || $util.isString(message.lookupKey)))
                    return "lookupKey: buffer expected";
            if (message.pullServers != null && $Object.hasOwnProperty.call(message, "pullServers")) {
                if (!$Array.isArray(message.pullServers))
                    return "pullServers: array expected";
                for (let i = 0; i < message.pullServers.length; ++i) {
                    let error = $root.meow.ServerCard.verify(message.pullServers[i], _depth + 1);
                    if (error)
                        return "pullServers." + error;
                }
            }
            if (message.symKey != null && $Object.hasOwnProperty.call(message, "symKey"))
                if (!(message.symKey && typeof message.symKey.length === "number" || $util.isString(message.symKey)))
                    return "symKey: buffer expected";
            if (message.drRootKey != null && $Object.hasOwnProperty.call(message, "drRootKey"))
                if (!(message.drRootKey && typeof message.drRootKey.length === "number" || $util.isString(message.drRootKey)))
                    return "drRootKey: buffer expected";
            if (message.drPublicKey != null && $Object.hasOwnProperty.call(message, "drPublicKey"))
                if (!(message.drPublicKey && typeof message.drPublicKey.length === "number" || $util.isString(message.drPublicKey)))
                    return "drPublicKey: buffer expected";
            if (message.invitationUuid != null && $Object.hasOwnProperty.call(message, "invitationUuid"))
                if (!$util.isString(message.invitationUuid))
                    return "invitationUuid: string expected";
            if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                    return "createdAt: integer|Long expected";
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                    return "signature: buffer expected";
            if (message.deviceUid != null && $Object.hasOwnProperty.call(message, "deviceUid"))
                if (!$util.isString(message.deviceUid))
                    return "deviceUid: string expected";
            if (message.sendToken != null && $Object.hasOwnProperty.call(message, "sendToken"))
                if (!(message.sendToken && typeof message.sendToken.length === "number" || $util.isString(message.sendToken)))
                    return "sendToken: buffer expected";
            return null;
        };

        /**
         * Creates a ContactCard message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.ContactCard
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.ContactCard} ContactCard
         */
        ContactCard.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.ContactCard)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.ContactCard: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.ContactCard();
            if (object.version != null)
                if ($Number(object.version) !== 0)
                    message.version = object.version >>> 0;
            if (object.type != null)
                if (typeof object.type !== "string" || object.type.length)
                    message.type = $String(object.type);
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.identityPublicKey != null)
                if (object.identityPublicKey.length)
                    if (typeof object.identityPublicKey === "string")
                        $util.base64.decode(object.identityPublicKey, message.identityPublicKey = $util.newBuffer($util.base64.length(object.identityPublicKey)), 0);
                    else if (object.identityPublicKey.length >= 0)
                        message.identityPublicKey = object.identityPublicKey;
            if (object.encryptionPublicKey != null)
                if (object.encryptionPublicKey.length)
                    if (typeof object.encryptionPublicKey === "string")
                        $util.base64.decode(object.encryptionPublicKey, message.encryptionPublicKey = $util.newBuffer($util.base64.length(object.encryptionPublicKey)), 0);
                    else if (object.encryptionPublicKey.length >= 0)
                        message.encryptionPublicKey = object.encryptionPublicKey;
            if (object.lookupKey != null)
                if (object.lookupKey.length)
                    if (typeof object.lookupKey === "string")
                        $util.base64.decode(object.lookupKey, message.lookupKey = $util.newBuffer($util.base64.length(object.lookupKey)), 0);
                    else if (object.lookupKey.length >= 0)
                        message.lookupKey = object.lookupKey;
            if (object.pullServers) {
                if (!$Array.isArray(object.pullServers))
                    throw $TypeError(".meow.ContactCard.pullServers: array expected");
                message.pullServers = $Array(object.pullServers.length);
                for (let i = 0; i < object.pullServers.length; ++i) {
                    if (!$util.isObject(object.pullServers[i]))
                        throw $TypeError(".meow.ContactCard.pullServers: object expected");
                    message.pullServers[i] = $root.meow.ServerCard.fromObject(object.pullServers[i], _depth + 1);
                }
            }
            if (object.symKey != null)
                if (object.symKey.length)
                    if (typeof object.symKey === "string")
                        $util.base64.decode(object.symKey, message.symKey = $util.newBuffer($util.base64.length(object.symKey)), 0);
                    else if (object.symKey.length >= 0)
                        message.symKey = object.symKey;
            if (object.drRootKey != null)
                if (object.drRootKey.length)
                    if (typeof object.drRootKey === "string")
                        $util.base64.decode(object.drRootKey, message.drRootKey = $util.newBuffer($util.base64.length(object.drRootKey)), 0);
                    else if (object.drRootKey.length >= 0)
                        message.drRootKey = object.drRootKey;
            if (object.drPublicKey != null)
                if (object.drPublicKey.length)
                    if (typeof object.drPublicKey === "string")
                        $util.base64.decode(object.drPublicKey, message.drPublicKey = $util.newBuffer($util.base64.length(object.drPublicKey)), 0);
                    else if (object.drPublicKey.length >= 0)
                        message.drPublicKey = object.drPublicKey;
            if (object.invitationUuid != null)
                if (typeof object.invitationUuid !== "string" || object.invitationUuid.length)
                    message.invitationUuid = $String(object.invitationUuid);
            if (object.createdAt != null)
                if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                    if ($util.Long)
                        message.createdAt = $util.Long.fromValue(object.createdAt, false);
                    else if (typeof object.createdAt === "string")
                        message.createdAt = $parseInt(object.createdAt, 10);
                    else if (typeof object.createdAt === "number")
                        message.createdAt = object.createdAt;
                    else if (typeof object.createdAt === "object")
                        message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
            if (object.signature != null)
                if (object.signature.length)
                    if (typeof object.signature === "string")
                        $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                    else if (object.signature.length >= 0)
                        message.signature = object.signature;
            if (object.deviceUid != null)
                if (typeof object.deviceUid !== "string" || object.deviceUid.length)
                    message.deviceUid = $String(object.deviceUid);
            if (object.sendToken != null)
                if (object.sendToken.length)
                    if (typeof object.sendToken === "string")
                        $util.base64.decode(object.sendToken, message.sendToken = $util.newBuffer($util.base64.length(object.sendToken)), 0);
                    else if (object.sendToken.length >= 0)
                        message.sendToken = object.sendToken;
            return message;
        };

        /**
         * Creates a plain object from a ContactCard message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.ContactCard
         * @static
         * @param {meow.ContactCard} message ContactCard
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ContactCard.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.pullServers = [];
            if (options.defaults) {
                object.version = 0;
                object.type = "";
                object.name = "";
                if (options.bytes === $String)
                    object.identityPublicKey = "";
                else {
                    object.identityPublicKey = [];
                    if (options.bytes !== $Array)
                        object.identityPublicKey = $util.newBuffer(object.identityPublicKey);
                }
                if (options.bytes === $String)
                    object.encryptionPublicKey = "";
                else {
                    object.encryptionPublicKey = [];
                    if (options.bytes !== $Array)
                        object.encryptionPublicKey = $util.newBuffer(object.encryptionPublicKey);
                }
                if (options.bytes === $String)
                    object.lookupKey = "";
                else {
                    object.lookupKey = [];
                    if (options.bytes !== $Array)
                        object.lookupKey = $util.newBuffer(object.lookupKey);
                }
                if (options.bytes === $String)
                    object.symKey = "";
                else {
                    object.symKey = [];
                    if (options.bytes !== $Array)
                        object.symKey = $util.newBuffer(object.symKey);
                }
                if (options.bytes === $String)
                    object.drRootKey = "";
                else {
                    object.drRootKey = [];
                    if (options.bytes !== $Array)
                        object.drRootKey = $util.newBuffer(object.drRootKey);
                }
                if (options.bytes === $String)
                    object.drPublicKey = "";
                else {
                    object.drPublicKey = [];
                    if (options.bytes !== $Array)
                        object.drPublicKey = $util.newBuffer(object.drPublicKey);
                }
                object.invitationUuid = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (options.bytes === $String)
                    object.signature = "";
                else {
                    object.signature = [];
                    if (options.bytes !== $Array)
                        object.signature = $util.newBuffer(object.signature);
                }
                object.deviceUid = "";
                if (options.bytes === $String)
                    object.sendToken = "";
                else {
                    object.sendToken = [];
                    if (options.bytes !== $Array)
                        object.sendToken = $util.newBuffer(object.sendToken);
                }
            }
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.identityPublicKey != null && $Object.hasOwnProperty.call(message, "identityPublicKey"))
                object.identityPublicKey = options.bytes === $String ? $util.base64.encode(message.identityPublicKey, 0, message.identityPublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.identityPublicKey) : message.identityPublicKey;
            if (message.encryptionPublicKey != null && $Object.hasOwnProperty.call(message, "encryptionPublicKey"))
                object.encryptionPublicKey = options.bytes === $String ? $util.base64.encode(message.encryptionPublicKey, 0, message.encryptionPublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.encryptionPublicKey) : message.encryptionPublicKey;
            if (message.lookupKey != null && $Object.hasOwnProperty.call(message, "lookupKey"))
                object.lookupKey = options.bytes === $String ? $util.base64.encode(message.lookupKey, 0, message.lookupKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.lookupKey) : message.lookupKey;
            if (message.pullServers && message.pullServers.length) {
                object.pullServers = $Array(message.pullServers.length);
                for (let j = 0; j < message.pullServers.length; ++j)
                    object.pullServers[j] = $root.meow.ServerCard.toObject(message.pullServers[j], options, _depth + 1);
            }
            if (message.symKey != null && $Object.hasOwnProperty.call(message, "symKey"))
                object.symKey = options.bytes === $String ? $util.base64.encode(message.symKey, 0, message.symKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.symKey) : message.symKey;
            if (message.drRootKey != null && $Object.hasOwnProperty.call(message, "drRootKey"))
                object.drRootKey = options.bytes === $String ? $util.base64.encode(message.drRootKey, 0, message.drRootKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.drRootKey) : message.drRootKey;
            if (message.drPublicKey != null && $Object.hasOwnProperty.call(message, "drPublicKey"))
                object.drPublicKey = options.bytes === $String ? $util.base64.encode(message.drPublicKey, 0, message.drPublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.drPublicKey) : message.drPublicKey;
            if (message.invitationUuid != null && $Object.hasOwnProperty.call(message, "invitationUuid"))
                object.invitationUuid = message.invitationUuid;
            if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                else if (typeof message.createdAt === "number")
                    object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                else
                    object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
            if (message.deviceUid != null && $Object.hasOwnProperty.call(message, "deviceUid"))
                object.deviceUid = message.deviceUid;
            if (message.sendToken != null && $Object.hasOwnProperty.call(message, "sendToken"))
                object.sendToken = options.bytes === $String ? $util.base64.encode(message.sendToken, 0, message.sendToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sendToken) : message.sendToken;
            return object;
        };

        /**
         * Converts this ContactCard to JSON.
         * @function toJSON
         * @memberof meow.ContactCard
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ContactCard.prototype.toJSON = function() {
            return ContactCard.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ContactCard
         * @function getTypeUrl
         * @memberof meow.ContactCard
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ContactCard.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.ContactCard";
        };

        return ContactCard;
    })();

    meow.Invitation = (function() {

        /**
         * Properties of an Invitation.
         * @typedef {Object} meow.Invitation.$Properties
         * @property {Uint8Array|null} [payload] Invitation payload
         * @property {number|null} [timeout] Invitation timeout
         * @property {number|null} [shortcodeLen] Invitation shortcodeLen
         * @property {string|null} [shortcode] Invitation shortcode
         * @property {string|null} [password] Invitation password
         * @property {string|null} [uuid] Invitation uuid
         * @property {number|null} [expiry] Invitation expiry
         * @property {number|null} [step] Invitation step
         * @property {Uint8Array|null} [deleteToken] Invitation deleteToken
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Invitation.
         * @memberof meow
         * @interface IInvitation
         * @augments meow.Invitation.$Properties
         * @deprecated Use meow.Invitation.$Properties instead.
         */

        /**
         * Shape of an Invitation.
         * @typedef {meow.Invitation.$Properties} meow.Invitation.$Shape
         */

        /**
         * Constructs a new Invitation.
         * @memberof meow
         * @classdesc Represents an Invitation.
         * @constructor
         * @param {meow.Invitation.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Invitation = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Invitation payload.
         * @member {Uint8Array} payload
         * @memberof meow.Invitation
         * @instance
         */
        Invitation.prototype.payload = $util.newBuffer([]);

        /**
         * Invitation timeout.
         * @member {number} timeout
         * @memberof meow.Invitation
         * @instance
         */
        Invitation.prototype.timeout = 0;

        /**
         * Invitation shortcodeLen.
         * @member {number} shortcodeLen
         * @memberof meow.Invitation
         * @instance
         */
        Invitation.prototype.shortcodeLen = 0;

        /**
         * Invitation shortcode.
         * @member {string} shortcode
         * @memberof meow.Invitation
         * @instance
         */
        Invitation.prototype.shortcode = "";

        /**
         * Invitation password.
         * @member {string} password
         * @memberof meow.Invitation
         * @instance
         */
        Invitation.prototype.password = "";

        /**
         * Invitation uuid.
         * @member {string} uuid
         * @memberof meow.Invitation
         * @instance
         */
        Invitation.prototype.uuid = "";

        /**
         * Invitation expiry.
         * @member {number} expiry
         * @memberof meow.Invitation
         * @instance
         */
        Invitation.prototype.expiry = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Invitation step.
         * @member {number} step
         * @memberof meow.Invitation
         * @instance
         */
        Invitation.prototype.step = 0;

        /**
         * Invitation deleteToken.
         * @member {Uint8Array} deleteToken
         * @memberof meow.Invitation
         * @instance
         */
        Invitation.prototype.deleteToken = $util.newBuffer([]);

        /**
         * Creates a new Invitation instance using the specified properties.
         * @function create
         * @memberof meow.Invitation
         * @static
         * @param {meow.Invitation.$Properties=} [properties] Properties to set
         * @returns {meow.Invitation} Invitation instance
         * @type {{
         *   (properties: meow.Invitation.$Shape): meow.Invitation & meow.Invitation.$Shape;
         *   (properties?: meow.Invitation.$Properties): meow.Invitation;
         * }}
         */
        Invitation.create = function(properties) {
            return new Invitation(properties);
        };

        /**
         * Encodes the specified Invitation message. Does not implicitly {@link meow.Invitation.verify|verify} messages.
         * @function encode
         * @memberof meow.Invitation
         * @static
         * @param {meow.Invitation.$Properties} message Invitation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Invitation.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
            if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout") && message.timeout !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.timeout);
            if (message.shortcodeLen != null && $Object.hasOwnProperty.call(message, "shortcodeLen") && message.shortcodeLen !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.shortcodeLen);
            if (message.shortcode != null && $Object.hasOwnProperty.call(message, "shortcode") && message.shortcode !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.shortcode);
            if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.password);
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.uuid);
            if (message.expiry != null && $Object.hasOwnProperty.call(message, "expiry") && (typeof message.expiry === "object" ? message.expiry.low || message.expiry.high : message.expiry !== 0))
                writer.uint32(/* id 7, wireType 0 =*/56).int64(message.expiry);
            if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.step);
            if (message.deleteToken != null && $Object.hasOwnProperty.call(message, "deleteToken") && message.deleteToken.length)
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.deleteToken);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Invitation message, length delimited. Does not implicitly {@link meow.Invitation.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.Invitation
         * @static
         * @param {meow.Invitation.$Properties} message Invitation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Invitation.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Invitation message from the specified reader or buffer.
         * @function decode
         * @memberof meow.Invitation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.Invitation & meow.Invitation.$Shape} Invitation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Invitation.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.Invitation();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.timeout = value;
                        else
                            delete message.timeout;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.shortcodeLen = value;
                        else
                            delete message.shortcodeLen;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.shortcode = value;
                        else
                            delete message.shortcode;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.password = value;
                        else
                            delete message.password;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uuid = value;
                        else
                            delete message.uuid;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.expiry = value;
                        else
                            delete message.expiry;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.step = value;
                        else
                            delete message.step;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.deleteToken = value;
                        else
                            delete message.deleteToken;
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

        /**
         * Decodes an Invitation message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.Invitation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.Invitation & meow.Invitation.$Shape} Invitation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Invitation.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an Invitation message.
         * @function verify
         * @memberof meow.Invitation
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Invitation.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                    return "payload: buffer expected";
            if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout"))
                if (!$util.isInteger(message.timeout))
                    return "timeout: integer expected";
            if (message.shortcodeLen != null && $Object.hasOwnProperty.call(message, "shortcodeLen"))
                if (!$util.isInteger(message.shortcodeLen))
                    return "shortcodeLen: integer expected";
            if (message.shortcode != null && $Object.hasOwnProperty.call(message, "shortcode"))
                if (!$util.isString(message.shortcode))
                    return "shortcode: string expected";
            if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                if (!$util.isString(message.password))
                    return "password: string expected";
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                if (!$util.isString(message.uuid))
                    return "uuid: string expected";
            if (message.expiry != null && $Object.hasOwnProperty.call(message, "expiry"))
                if (!$util.isInteger(message.expiry) && !(message.expiry && $util.isInteger(message.expiry.low) && $util.isInteger(message.expiry.high)))
                    return "expiry: integer|Long expected";
            if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                if (!$util.isInteger(message.step))
                    return "step: integer expected";
            if (message.deleteToken != null && $Object.hasOwnProperty.call(message, "deleteToken"))
                if (!(message.deleteToken && typeof message.deleteToken.length === "number" || $util.isString(message.deleteToken)))
                    return "deleteToken: buffer expected";
            return null;
        };

        /**
         * Creates an Invitation message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.Invitation
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.Invitation} Invitation
         */
        Invitation.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.Invitation)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.Invitation: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.Invitation();
            if (object.payload != null)
                if (object.payload.length)
                    if (typeof object.payload === "string")
                        $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                    else if (object.payload.length >= 0)
                        message.payload = object.payload;
            if (object.timeout != null)
                if ($Number(object.timeout) !== 0)
                    message.timeout = object.timeout >>> 0;
            if (object.shortcodeLen != null)
                if ($Number(object.shortcodeLen) !== 0)
                    message.shortcodeLen = object.shortcodeLen >>> 0;
            if (object.shortcode != null)
                if (typeof object.shortcode !== "string" || object.shortcode.length)
                    message.shortcode = $String(object.shortcode);
            if (object.password != null)
                if (typeof object.password !== "string" || object.password.length)
                    message.password = $String(object.password);
            if (object.uuid != null)
                if (typeof object.uuid !== "string" || object.uuid.length)
                    message.uuid = $String(object.uuid);
            if (object.expiry != null)
                if (typeof object.expiry === "object" ? object.expiry.low || object.expiry.high : $Number(object.expiry) !== 0)
                    if ($util.Long)
                        message.expiry = $util.Long.fromValue(object.expiry, false);
                    else if (typeof object.expiry === "string")
                        message.expiry = $parseInt(object.expiry, 10);
                    else if (typeof object.expiry === "number")
                        message.expiry = object.expiry;
                    else if (typeof object.expiry === "object")
                        message.expiry = new $util.LongBits(object.expiry.low >>> 0, object.expiry.high >>> 0).toNumber();
            if (object.step != null)
                if ($Number(object.step) !== 0)
                    message.step = object.step >>> 0;
            if (object.deleteToken != null)
                if (object.deleteToken.length)
                    if (typeof object.deleteToken === "string")
                        $util.base64.decode(object.deleteToken, message.deleteToken = $util.newBuffer($util.base64.length(object.deleteToken)), 0);
                    else if (object.deleteToken.length >= 0)
                        message.deleteToken = object.deleteToken;
            return message;
        };

        /**
         * Creates a plain object from an Invitation message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.Invitation
         * @static
         * @param {meow.Invitation} message Invitation
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Invitation.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === $String)
                    object.payload = "";
                else {
                    object.payload = [];
                    if (options.bytes !== $Array)
                        object.payload = $util.newBuffer(object.payload);
                }
                object.timeout = 0;
                object.shortcodeLen = 0;
                object.shortcode = "";
                object.password = "";
                object.uuid = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.expiry = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.expiry = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.step = 0;
                if (options.bytes === $String)
                    object.deleteToken = "";
                else {
                    object.deleteToken = [];
                    if (options.bytes !== $Array)
                        object.deleteToken = $util.newBuffer(object.deleteToken);
                }
            }
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
            if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout"))
                object.timeout = message.timeout;
            if (message.shortcodeLen != null && $Object.hasOwnProperty.call(message, "shortcodeLen"))
                object.shortcodeLen = message.shortcodeLen;
            if (message.shortcode != null && $Object.hasOwnProperty.call(message, "shortcode"))
                object.shortcode = message.shortcode;
            if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                object.password = message.password;
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                object.uuid = message.uuid;
            if (message.expiry != null && $Object.hasOwnProperty.call(message, "expiry"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.expiry = typeof message.expiry === "number" ? $BigInt(message.expiry) : $util.Long.fromBits(message.expiry.low >>> 0, message.expiry.high >>> 0, false).toBigInt();
                else if (typeof message.expiry === "number")
                    object.expiry = options.longs === $String ? $String(message.expiry) : message.expiry;
                else
                    object.expiry = options.longs === $String ? $util.Long.prototype.toString.call(message.expiry) : options.longs === $Number ? new $util.LongBits(message.expiry.low >>> 0, message.expiry.high >>> 0).toNumber() : message.expiry;
            if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                object.step = message.step;
            if (message.deleteToken != null && $Object.hasOwnProperty.call(message, "deleteToken"))
                object.deleteToken = options.bytes === $String ? $util.base64.encode(message.deleteToken, 0, message.deleteToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.deleteToken) : message.deleteToken;
            return object;
        };

        /**
         * Converts this Invitation to JSON.
         * @function toJSON
         * @memberof meow.Invitation
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Invitation.prototype.toJSON = function() {
            return Invitation.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Invitation
         * @function getTypeUrl
         * @memberof meow.Invitation
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Invitation.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.Invitation";
        };

        return Invitation;
    })();

    meow.DbMessage = (function() {

        /**
         * Properties of a DbMessage.
         * @typedef {Object} meow.DbMessage.$Properties
         * @property {boolean|null} [outbound] DbMessage outbound
         * @property {string|null} [type] DbMessage type
         * @property {string|null} [text] DbMessage text
         * @property {Uint8Array|null} [appdata] DbMessage appdata
         * @property {meow.ConversationStatus.$Properties|null} [status] DbMessage status
         * @property {string|null} [state] DbMessage state
         * @property {string|null} [failureReason] DbMessage failureReason
         * @property {number|null} [createdAt] DbMessage createdAt
         * @property {number|null} [deliveredAt] DbMessage deliveredAt
         * @property {number|null} [readAt] DbMessage readAt
         * @property {Array.<meow.MessageEdit.$Properties>|null} [edits] DbMessage edits
         * @property {number|null} [editedAt] DbMessage editedAt
         * @property {string|null} [deleted] DbMessage deleted
         * @property {number|null} [expireTimer] DbMessage expireTimer
         * @property {number|null} [expireStart] DbMessage expireStart
         * @property {meow.ExpiryTimerChange.$Properties|null} [timerChange] DbMessage timerChange
         * @property {Array.<meow.AttachmentPointer.$Properties>|null} [attachments] DbMessage attachments
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DbMessage.
         * @memberof meow
         * @interface IDbMessage
         * @augments meow.DbMessage.$Properties
         * @deprecated Use meow.DbMessage.$Properties instead.
         */

        /**
         * Shape of a DbMessage.
         * @typedef {meow.DbMessage.$Properties} meow.DbMessage.$Shape
         */

        /**
         * Constructs a new DbMessage.
         * @memberof meow
         * @classdesc Represents a DbMessage.
         * @constructor
         * @param {meow.DbMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DbMessage = function (properties) {
            this.edits = [];
            this.attachments = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DbMessage outbound.
         * @member {boolean} outbound
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.outbound = false;

        /**
         * DbMessage type.
         * @member {string} type
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.type = "";

        /**
         * DbMessage text.
         * @member {string} text
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.text = "";

        /**
         * DbMessage appdata.
         * @member {Uint8Array} appdata
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.appdata = $util.newBuffer([]);

        /**
         * DbMessage status.
         * @member {meow.ConversationStatus.$Properties|null|undefined} status
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.status = null;

        /**
         * DbMessage state.
         * @member {string} state
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.state = "";

        /**
         * DbMessage failureReason.
         * @member {string} failureReason
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.failureReason = "";

        /**
         * DbMessage createdAt.
         * @member {number} createdAt
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * DbMessage deliveredAt.
         * @member {number} deliveredAt
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.deliveredAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * DbMessage readAt.
         * @member {number} readAt
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.readAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * DbMessage edits.
         * @member {Array.<meow.MessageEdit.$Properties>} edits
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.edits = $util.emptyArray;

        /**
         * DbMessage editedAt.
         * @member {number} editedAt
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.editedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * DbMessage deleted.
         * @member {string} deleted
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.deleted = "";

        /**
         * DbMessage expireTimer.
         * @member {number} expireTimer
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.expireTimer = 0;

        /**
         * DbMessage expireStart.
         * @member {number} expireStart
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.expireStart = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * DbMessage timerChange.
         * @member {meow.ExpiryTimerChange.$Properties|null|undefined} timerChange
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.timerChange = null;

        /**
         * DbMessage attachments.
         * @member {Array.<meow.AttachmentPointer.$Properties>} attachments
         * @memberof meow.DbMessage
         * @instance
         */
        DbMessage.prototype.attachments = $util.emptyArray;

        /**
         * Creates a new DbMessage instance using the specified properties.
         * @function create
         * @memberof meow.DbMessage
         * @static
         * @param {meow.DbMessage.$Properties=} [properties] Properties to set
         * @returns {meow.DbMessage} DbMessage instance
         * @type {{
         *   (properties: meow.DbMessage.$Shape): meow.DbMessage & meow.DbMessage.$Shape;
         *   (properties?: meow.DbMessage.$Properties): meow.DbMessage;
         * }}
         */
        DbMessage.create = function(properties) {
            return new DbMessage(properties);
        };

        /**
         * Encodes the specified DbMessage message. Does not implicitly {@link meow.DbMessage.verify|verify} messages.
         * @function encode
         * @memberof meow.DbMessage
         * @static
         * @param {meow.DbMessage.$Properties} message DbMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DbMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.outbound != null && $Object.hasOwnProperty.call(message, "outbound") && message.outbound !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.outbound);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
            if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
            if (message.appdata != null && $Object.hasOwnProperty.call(message, "appdata") && message.appdata.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.appdata);
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                $root.meow.ConversationStatus.encode(message.status, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.state);
            if (message.failureReason != null && $Object.hasOwnProperty.call(message, "failureReason") && message.failureReason !== "")
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.failureReason);
            if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                writer.uint32(/* id 9, wireType 0 =*/72).int64(message.createdAt);
            if (message.deliveredAt != null && $Object.hasOwnProperty.call(message, "deliveredAt") && (typeof message.deliveredAt === "object" ? message.deliveredAt.low || message.deliveredAt.high : message.deliveredAt !== 0))
                writer.uint32(/* id 10, wireType 0 =*/80).int64(message.deliveredAt);
            if (message.readAt != null && $Object.hasOwnProperty.call(message, "readAt") && (typeof message.readAt === "object" ? message.readAt.low || message.readAt.high : message.readAt !== 0))
                writer.uint32(/* id 11, wireType 0 =*/88).int64(message.readAt);
            if (message.edits != null && message.edits.length)
                for (let i = 0; i < message.edits.length; ++i)
                    $root.meow.MessageEdit.encode(message.edits[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.editedAt != null && $Object.hasOwnProperty.call(message, "editedAt") && (typeof message.editedAt === "object" ? message.editedAt.low || message.editedAt.high : message.editedAt !== 0))
                writer.uint32(/* id 13, wireType 0 =*/104).int64(message.editedAt);
            if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && message.deleted !== "")
                writer.uint32(/* id 14, wireType 2 =*/114).string(message.deleted);
            if (message.expireTimer != null && $Object.hasOwnProperty.call(message, "expireTimer") && message.expireTimer !== 0)
                writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.expireTimer);
            if (message.expireStart != null && $Object.hasOwnProperty.call(message, "expireStart") && (typeof message.expireStart === "object" ? message.expireStart.low || message.expireStart.high : message.expireStart !== 0))
                writer.uint32(/* id 16, wireType 0 =*/128).int64(message.expireStart);
            if (message.timerChange != null && $Object.hasOwnProperty.call(message, "timerChange"))
                $root.meow.ExpiryTimerChange.encode(message.timerChange, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
            if (message.attachments != null && message.attachments.length)
                for (let i = 0; i < message.attachments.length; ++i)
                    $root.meow.AttachmentPointer.encode(message.attachments[i], writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified DbMessage message, length delimited. Does not implicitly {@link meow.DbMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.DbMessage
         * @static
         * @param {meow.DbMessage.$Properties} message DbMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DbMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DbMessage message from the specified reader or buffer.
         * @function decode
         * @memberof meow.DbMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.DbMessage & meow.DbMessage.$Shape} DbMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DbMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.DbMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.outbound = value;
                        else
                            delete message.outbound;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.text = value;
                        else
                            delete message.text;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.appdata = value;
                        else
                            delete message.appdata;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.status = $root.meow.ConversationStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.state = value;
                        else
                            delete message.state;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.failureReason = value;
                        else
                            delete message.failureReason;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.createdAt = value;
                        else
                            delete message.createdAt;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deliveredAt = value;
                        else
                            delete message.deliveredAt;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.readAt = value;
                        else
                            delete message.readAt;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if (!(message.edits && message.edits.length))
                            message.edits = [];
                        message.edits.push($root.meow.MessageEdit.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.editedAt = value;
                        else
                            delete message.editedAt;
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.deleted = value;
                        else
                            delete message.deleted;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.expireTimer = value;
                        else
                            delete message.expireTimer;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.expireStart = value;
                        else
                            delete message.expireStart;
                        continue;
                    }
                case 17: {
                        if (wireType !== 2)
                            break;
                        message.timerChange = $root.meow.ExpiryTimerChange.decode(reader, reader.size(), $undefined, _depth + 1, message.timerChange);
                        continue;
                    }
                case 18: {
                        if (wireType !== 2)
                            break;
                        if (!(message.attachments && message.attachments.length))
                            message.attachments = [];
                        message.attachments.push($root.meow.AttachmentPointer.decode(reader, reader.size(), $undefined, _depth + 1));
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

        /**
         * Decodes a DbMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.DbMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.DbMessage & meow.DbMessage.$Shape} DbMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DbMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DbMessage message.
         * @function verify
         * @memberof meow.DbMessage
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DbMessage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.outbound != null && $Object.hasOwnProperty.call(message, "outbound"))
                if (typeof message.outbound !== "boolean")
                    return "outbound: boolean expected";
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                if (!$util.isString(message.type))
                    return "type: string expected";
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                if (!$util.isString(message.text))
                    return "text: string expected";
            if (message.appdata != null && $Object.hasOwnProperty.call(message, "appdata"))
                if (!(message.appdata && typeof message.appdata.length === "number" || $util.isString(message.appdata)))
                    return "appdata: buffer expected";
            if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                let error = $root.meow.ConversationStatus.verify(message.status, _depth + 1);
                if (error)
                    return "status." + error;
            }
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                if (!$util.isString(message.state))
                    return "state: string expected";
            if (message.failureReason != null && $Object.hasOwnProperty.call(message, "failureReason"))
                if (!$util.isString(message.failureReason))
                    return "failureReason: string expected";
            if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                    return "createdAt: integer|Long expected";
            if (message.deliveredAt != null && $Object.hasOwnProperty.call(message, "deliveredAt"))
                if (!$util.isInteger(message.deliveredAt) && !(message.deliveredAt && $util.isInteger(message.deliveredAt.low) && $util.isInteger(message.deliveredAt.high)))
                    return "deliveredAt: integer|Long expected";
            if (message.readAt != null && $Object.hasOwnProperty.call(message, "readAt"))
                if (!$util.isInteger(message.readAt) && !(message.readAt && $util.isInteger(message.readAt.low) && $util.isInteger(message.readAt.high)))
                    return "readAt: integer|Long expected";
            if (message.edits != null && $Object.hasOwnProperty.call(message, "edits")) {
                if (!$Array.isArray(message.edits))
                    return "edits: array expected";
                for (let i = 0; i < message.edits.length; ++i) {
                    let error = $root.meow.MessageEdit.verify(message.edits[i], _depth + 1);
                    if (error)
                        return "edits." + error;
                }
            }
            if (message.editedAt != null && $Object.hasOwnProperty.call(message, "editedAt"))
                if (!$util.isInteger(message.editedAt) && !(message.editedAt && $util.isInteger(message.editedAt.low) && $util.isInteger(message.editedAt.high)))
                    return "editedAt: integer|Long expected";
            if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                if (!$util.isString(message.deleted))
                    return "deleted: string expected";
            if (message.expireTimer != null && $Object.hasOwnProperty.call(message, "expireTimer"))
                if (!$util.isInteger(message.expireTimer))
                    return "expireTimer: integer expected";
            if (message.expireStart != null && $Object.hasOwnProperty.call(message, "expireStart"))
                if (!$util.isInteger(message.expireStart) && !(message.expireStart && $util.isInteger(message.expireStart.low) && $util.isInteger(message.expireStart.high)))
                    return "expireStart: integer|Long expected";
            if (message.timerChange != null && $Object.hasOwnProperty.call(message, "timerChange")) {
                let error = $root.meow.ExpiryTimerChange.verify(message.timerChange, _depth + 1);
                if (error)
                    return "timerChange." + error;
            }
            if (message.attachments != null && $Object.hasOwnProperty.call(message, "attachments")) {
                if (!$Array.isArray(message.attachments))
                    return "attachments: array expected";
                for (let i = 0; i < message.attachments.length; ++i) {
                    let error = $root.meow.AttachmentPointer.verify(message.attachments[i], _depth + 1);
                    if (error)
                        return "attachments." + error;
                }
            }
            return null;
        };

        /**
         * Creates a DbMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.DbMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.DbMessage} DbMessage
         */
        DbMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.DbMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.DbMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.DbMessage();
            if (object.outbound != null)
                if (object.outbound)
                    message.outbound = $Boolean(object.outbound);
            if (object.type != null)
                if (typeof object.type !== "string" || object.type.length)
                    message.type = $String(object.type);
            if (object.text != null)
                if (typeof object.text !== "string" || object.text.length)
                    message.text = $String(object.text);
            if (object.appdata != null)
                if (object.appdata.length)
                    if (typeof object.appdata === "string")
                        $util.base64.decode(object.appdata, message.appdata = $util.newBuffer($util.base64.length(object.appdata)), 0);
                    else if (object.appdata.length >= 0)
                        message.appdata = object.appdata;
            if (object.status != null) {
                if (!$util.isObject(object.status))
                    throw $TypeError(".meow.DbMessage.status: object expected");
                message.status = $root.meow.ConversationStatus.fromObject(object.status, _depth + 1);
            }
            if (object.state != null)
                if (typeof object.state !== "string" || object.state.length)
                    message.state = $String(object.state);
            if (object.failureReason != null)
                if (typeof object.failureReason !== "string" || object.failureReason.length)
                    message.failureReason = $String(object.failureReason);
            if (object.createdAt != null)
                if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                    if ($util.Long)
                        message.createdAt = $util.Long.fromValue(object.createdAt, false);
                    else if (typeof object.createdAt === "string")
                        message.createdAt = $parseInt(object.createdAt, 10);
                    else if (typeof object.createdAt === "number")
                        message.createdAt = object.createdAt;
                    else if (typeof object.createdAt === "object")
                        message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
            if (object.deliveredAt != null)
                if (typeof object.deliveredAt === "object" ? object.deliveredAt.low || object.deliveredAt.high : $Number(object.deliveredAt) !== 0)
                    if ($util.Long)
                        message.deliveredAt = $util.Long.fromValue(object.deliveredAt, false);
                    else if (typeof object.deliveredAt === "string")
                        message.deliveredAt = $parseInt(object.deliveredAt, 10);
                    else if (typeof object.deliveredAt === "number")
                        message.deliveredAt = object.deliveredAt;
                    else if (typeof object.deliveredAt === "object")
                        message.deliveredAt = new $util.LongBits(object.deliveredAt.low >>> 0, object.deliveredAt.high >>> 0).toNumber();
            if (object.readAt != null)
                if (typeof object.readAt === "object" ? object.readAt.low || object.readAt.high : $Number(object.readAt) !== 0)
                    if ($util.Long)
                        message.readAt = $util.Long.fromValue(object.readAt, false);
                    else if (typeof object.readAt === "string")
                        message.readAt = $parseInt(object.readAt, 10);
                    else if (typeof object.readAt === "number")
                        message.readAt = object.readAt;
                    else if (typeof object.readAt === "object")
                        message.readAt = new $util.LongBits(object.readAt.low >>> 0, object.readAt.high >>> 0).toNumber();
            if (object.edits) {
                if (!$Array.isArray(object.edits))
                    throw $TypeError(".meow.DbMessage.edits: array expected");
                message.edits = $Array(object.edits.length);
                for (let i = 0; i < object.edits.length; ++i) {
                    if (!$util.isObject(object.edits[i]))
                        throw $TypeError(".meow.DbMessage.edits: object expected");
                    message.edits[i] = $root.meow.MessageEdit.fromObject(object.edits[i], _depth + 1);
                }
            }
            if (object.editedAt != null)
                if (typeof object.editedAt === "object" ? object.editedAt.low || object.editedAt.high : $Number(object.editedAt) !== 0)
                    if ($util.Long)
                        message.editedAt = $util.Long.fromValue(object.editedAt, false);
                    else if (typeof object.editedAt === "string")
                        message.editedAt = $parseInt(object.editedAt, 10);
                    else if (typeof object.editedAt === "number")
                        message.editedAt = object.editedAt;
                    else if (typeof object.editedAt === "object")
                        message.editedAt = new $util.LongBits(object.editedAt.low >>> 0, object.editedAt.high >>> 0).toNumber();
            if (object.deleted != null)
                if (typeof object.deleted !== "string" || object.deleted.length)
                    message.deleted = $String(object.deleted);
            if (object.expireTimer != null)
                if ($Number(object.expireTimer) !== 0)
                    message.expireTimer = object.expireTimer >>> 0;
            if (object.expireStart != null)
                if (typeof object.expireStart === "object" ? object.expireStart.low || object.expireStart.high : $Number(object.expireStart) !== 0)
                    if ($util.Long)
                        message.expireStart = $util.Long.fromValue(object.expireStart, false);
                    else if (typeof object.expireStart === "string")
                        message.expireStart = $parseInt(object.expireStart, 10);
                    else if (typeof object.expireStart === "number")
                        message.expireStart = object.expireStart;
                    else if (typeof object.expireStart === "object")
                        message.expireStart = new $util.LongBits(object.expireStart.low >>> 0, object.expireStart.high >>> 0).toNumber();
            if (object.timerChange != null) {
                if (!$util.isObject(object.timerChange))
                    throw $TypeError(".meow.DbMessage.timerChange: object expected");
                message.timerChange = $root.meow.ExpiryTimerChange.fromObject(object.timerChange, _depth + 1);
            }
            if (object.attachments) {
                if (!$Array.isArray(object.attachments))
                    throw $TypeError(".meow.DbMessage.attachments: array expected");
                message.attachments = $Array(object.attachments.length);
                for (let i = 0; i < object.attachments.length; ++i) {
                    if (!$util.isObject(object.attachments[i]))
                        throw $TypeError(".meow.DbMessage.attachments: object expected");
                    message.attachments[i] = $root.meow.AttachmentPointer.fromObject(object.attachments[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a DbMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.DbMessage
         * @static
         * @param {meow.DbMessage} message DbMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DbMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.edits = [];
                object.attachments = [];
            }
            if (options.defaults) {
                object.outbound = false;
                object.type = "";
                object.text = "";
                if (options.bytes === $String)
                    object.appdata = "";
                else {
                    object.appdata = [];
                    if (options.bytes !== $Array)
                        object.appdata = $util.newBuffer(object.appdata);
                }
                object.status = null;
                object.state = "";
                object.failureReason = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deliveredAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deliveredAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.readAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.readAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.editedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.editedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.deleted = "";
                object.expireTimer = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.expireStart = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.expireStart = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.timerChange = null;
            }
            if (message.outbound != null && $Object.hasOwnProperty.call(message, "outbound"))
                object.outbound = message.outbound;
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                object.text = message.text;
            if (message.appdata != null && $Object.hasOwnProperty.call(message, "appdata"))
                object.appdata = options.bytes === $String ? $util.base64.encode(message.appdata, 0, message.appdata.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.appdata) : message.appdata;
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                object.status = $root.meow.ConversationStatus.toObject(message.status, options, _depth + 1);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                object.state = message.state;
            if (message.failureReason != null && $Object.hasOwnProperty.call(message, "failureReason"))
                object.failureReason = message.failureReason;
            if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                else if (typeof message.createdAt === "number")
                    object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                else
                    object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
            if (message.deliveredAt != null && $Object.hasOwnProperty.call(message, "deliveredAt"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deliveredAt = typeof message.deliveredAt === "number" ? $BigInt(message.deliveredAt) : $util.Long.fromBits(message.deliveredAt.low >>> 0, message.deliveredAt.high >>> 0, false).toBigInt();
                else if (typeof message.deliveredAt === "number")
                    object.deliveredAt = options.longs === $String ? $String(message.deliveredAt) : message.deliveredAt;
                else
                    object.deliveredAt = options.longs === $String ? $util.Long.prototype.toString.call(message.deliveredAt) : options.longs === $Number ? new $util.LongBits(message.deliveredAt.low >>> 0, message.deliveredAt.high >>> 0).toNumber() : message.deliveredAt;
            if (message.readAt != null && $Object.hasOwnProperty.call(message, "readAt"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.readAt = typeof message.readAt === "number" ? $BigInt(message.readAt) : $util.Long.fromBits(message.readAt.low >>> 0, message.readAt.high >>> 0, false).toBigInt();
                else if (typeof message.readAt === "number")
                    object.readAt = options.longs === $String ? $String(message.readAt) : message.readAt;
                else
                    object.readAt = options.longs === $String ? $util.Long.prototype.toString.call(message.readAt) : options.longs === $Number ? new $util.LongBits(message.readAt.low >>> 0, message.readAt.high >>> 0).toNumber() : message.readAt;
            if (message.edits && message.edits.length) {
                object.edits = $Array(message.edits.length);
                for (let j = 0; j < message.edits.length; ++j)
                    object.edits[j] = $root.meow.MessageEdit.toObject(message.edits[j], options, _depth + 1);
            }
            if (message.editedAt != null && $Object.hasOwnProperty.call(message, "editedAt"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.editedAt = typeof message.editedAt === "number" ? $BigInt(message.editedAt) : $util.Long.fromBits(message.editedAt.low >>> 0, message.editedAt.high >>> 0, false).toBigInt();
                else if (typeof message.editedAt === "number")
                    object.editedAt = options.longs === $String ? $String(message.editedAt) : message.editedAt;
                else
                    object.editedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.editedAt) : options.longs === $Number ? new $util.LongBits(message.editedAt.low >>> 0, message.editedAt.high >>> 0).toNumber() : message.editedAt;
            if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                object.deleted = message.deleted;
            if (message.expireTimer != null && $Object.hasOwnProperty.call(message, "expireTimer"))
                object.expireTimer = message.expireTimer;
            if (message.expireStart != null && $Object.hasOwnProperty.call(message, "expireStart"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.expireStart = typeof message.expireStart === "number" ? $BigInt(message.expireStart) : $util.Long.fromBits(message.expireStart.low >>> 0, message.expireStart.high >>> 0, false).toBigInt();
                else if (typeof message.expireStart === "number")
                    object.expireStart = options.longs === $String ? $String(message.expireStart) : message.expireStart;
                else
                    object.expireStart = options.longs === $String ? $util.Long.prototype.toString.call(message.expireStart) : options.longs === $Number ? new $util.LongBits(message.expireStart.low >>> 0, message.expireStart.high >>> 0).toNumber() : message.expireStart;
            if (message.timerChange != null && $Object.hasOwnProperty.call(message, "timerChange"))
                object.timerChange = $root.meow.ExpiryTimerChange.toObject(message.timerChange, options, _depth + 1);
            if (message.attachments && message.attachments.length) {
                object.attachments = $Array(message.attachments.length);
                for (let j = 0; j < message.attachments.length; ++j)
                    object.attachments[j] = $root.meow.AttachmentPointer.toObject(message.attachments[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this DbMessage to JSON.
         * @function toJSON
         * @memberof meow.DbMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DbMessage.prototype.toJSON = function() {
            return DbMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DbMessage
         * @function getTypeUrl
         * @memberof meow.DbMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DbMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.DbMessage";
        };

        return DbMessage;
    })();

    meow.MessageEdit = (function() {

        /**
         * Properties of a MessageEdit.
         * @typedef {Object} meow.MessageEdit.$Properties
         * @property {string|null} [editUuid] MessageEdit editUuid
         * @property {number|null} [revision] MessageEdit revision
         * @property {number|null} [sent] MessageEdit sent
         * @property {string|null} [text] MessageEdit text
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MessageEdit.
         * @memberof meow
         * @interface IMessageEdit
         * @augments meow.MessageEdit.$Properties
         * @deprecated Use meow.MessageEdit.$Properties instead.
         */

        /**
         * Shape of a MessageEdit.
         * @typedef {meow.MessageEdit.$Properties} meow.MessageEdit.$Shape
         */

        /**
         * Constructs a new MessageEdit.
         * @memberof meow
         * @classdesc Represents a MessageEdit.
         * @constructor
         * @param {meow.MessageEdit.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MessageEdit = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MessageEdit editUuid.
         * @member {string} editUuid
         * @memberof meow.MessageEdit
         * @instance
         */
        MessageEdit.prototype.editUuid = "";

        /**
         * MessageEdit revision.
         * @member {number} revision
         * @memberof meow.MessageEdit
         * @instance
         */
        MessageEdit.prototype.revision = 0;

        /**
         * MessageEdit sent.
         * @member {number} sent
         * @memberof meow.MessageEdit
         * @instance
         */
        MessageEdit.prototype.sent = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * MessageEdit text.
         * @member {string} text
         * @memberof meow.MessageEdit
         * @instance
         */
        MessageEdit.prototype.text = "";

        /**
         * Creates a new MessageEdit instance using the specified properties.
         * @function create
         * @memberof meow.MessageEdit
         * @static
         * @param {meow.MessageEdit.$Properties=} [properties] Properties to set
         * @returns {meow.MessageEdit} MessageEdit instance
         * @type {{
         *   (properties: meow.MessageEdit.$Shape): meow.MessageEdit & meow.MessageEdit.$Shape;
         *   (properties?: meow.MessageEdit.$Properties): meow.MessageEdit;
         * }}
         */
        MessageEdit.create = function(properties) {
            return new MessageEdit(properties);
        };

        /**
         * Encodes the specified MessageEdit message. Does not implicitly {@link meow.MessageEdit.verify|verify} messages.
         * @function encode
         * @memberof meow.MessageEdit
         * @static
         * @param {meow.MessageEdit.$Properties} message MessageEdit message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MessageEdit.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.editUuid != null && $Object.hasOwnProperty.call(message, "editUuid") && message.editUuid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.editUuid);
            if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && message.revision !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.revision);
            if (message.sent != null && $Object.hasOwnProperty.call(message, "sent") && (typeof message.sent === "object" ? message.sent.low || message.sent.high : message.sent !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.sent);
            if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.text);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified MessageEdit message, length delimited. Does not implicitly {@link meow.MessageEdit.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.MessageEdit
         * @static
         * @param {meow.MessageEdit.$Properties} message MessageEdit message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MessageEdit.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MessageEdit message from the specified reader or buffer.
         * @function decode
         * @memberof meow.MessageEdit
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.MessageEdit & meow.MessageEdit.$Shape} MessageEdit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MessageEdit.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.MessageEdit();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.editUuid = value;
                        else
                            delete message.editUuid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.revision = value;
                        else
                            delete message.revision;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.sent = value;
                        else
                            delete message.sent;
                        continue;
                    }
                case 4: {
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

        /**
         * Decodes a MessageEdit message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.MessageEdit
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.MessageEdit & meow.MessageEdit.$Shape} MessageEdit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MessageEdit.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MessageEdit message.
         * @function verify
         * @memberof meow.MessageEdit
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MessageEdit.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.editUuid != null && $Object.hasOwnProperty.call(message, "editUuid"))
                if (!$util.isString(message.editUuid))
                    return "editUuid: string expected";
            if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                if (!$util.isInteger(message.revision))
                    return "revision: integer expected";
            if (message.sent != null && $Object.hasOwnProperty.call(message, "sent"))
                if (!$util.isInteger(message.sent) && !(message.sent && $util.isInteger(message.sent.low) && $util.isInteger(message.sent.high)))
                    return "sent: integer|Long expected";
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                if (!$util.isString(message.text))
                    return "text: string expected";
            return null;
        };

        /**
         * Creates a MessageEdit message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.MessageEdit
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.MessageEdit} MessageEdit
         */
        MessageEdit.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.MessageEdit)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.MessageEdit: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.MessageEdit();
            if (object.editUuid != null)
                if (typeof object.editUuid !== "string" || object.editUuid.length)
                    message.editUuid = $String(object.editUuid);
            if (object.revision != null)
                if ($Number(object.revision) !== 0)
                    message.revision = object.revision >>> 0;
            if (object.sent != null)
                if (typeof object.sent === "object" ? object.sent.low || object.sent.high : $Number(object.sent) !== 0)
                    if ($util.Long)
                        message.sent = $util.Long.fromValue(object.sent, false);
                    else if (typeof object.sent === "string")
                        message.sent = $parseInt(object.sent, 10);
                    else if (typeof object.sent === "number")
                        message.sent = object.sent;
                    else if (typeof object.sent === "object")
                        message.sent = new $util.LongBits(object.sent.low >>> 0, object.sent.high >>> 0).toNumber();
            if (object.text != null)
                if (typeof object.text !== "string" || object.text.length)
                    message.text = $String(object.text);
            return message;
        };

        /**
         * Creates a plain object from a MessageEdit message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.MessageEdit
         * @static
         * @param {meow.MessageEdit} message MessageEdit
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MessageEdit.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.editUuid = "";
                object.revision = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.sent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.sent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.text = "";
            }
            if (message.editUuid != null && $Object.hasOwnProperty.call(message, "editUuid"))
                object.editUuid = message.editUuid;
            if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                object.revision = message.revision;
            if (message.sent != null && $Object.hasOwnProperty.call(message, "sent"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.sent = typeof message.sent === "number" ? $BigInt(message.sent) : $util.Long.fromBits(message.sent.low >>> 0, message.sent.high >>> 0, false).toBigInt();
                else if (typeof message.sent === "number")
                    object.sent = options.longs === $String ? $String(message.sent) : message.sent;
                else
                    object.sent = options.longs === $String ? $util.Long.prototype.toString.call(message.sent) : options.longs === $Number ? new $util.LongBits(message.sent.low >>> 0, message.sent.high >>> 0).toNumber() : message.sent;
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                object.text = message.text;
            return object;
        };

        /**
         * Converts this MessageEdit to JSON.
         * @function toJSON
         * @memberof meow.MessageEdit
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MessageEdit.prototype.toJSON = function() {
            return MessageEdit.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MessageEdit
         * @function getTypeUrl
         * @memberof meow.MessageEdit
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MessageEdit.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.MessageEdit";
        };

        return MessageEdit;
    })();

    meow.ExpiryTimerChange = (function() {

        /**
         * Properties of an ExpiryTimerChange.
         * @typedef {Object} meow.ExpiryTimerChange.$Properties
         * @property {number|null} [seconds] ExpiryTimerChange seconds
         * @property {number|null} [version] ExpiryTimerChange version
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ExpiryTimerChange.
         * @memberof meow
         * @interface IExpiryTimerChange
         * @augments meow.ExpiryTimerChange.$Properties
         * @deprecated Use meow.ExpiryTimerChange.$Properties instead.
         */

        /**
         * Shape of an ExpiryTimerChange.
         * @typedef {meow.ExpiryTimerChange.$Properties} meow.ExpiryTimerChange.$Shape
         */

        /**
         * Constructs a new ExpiryTimerChange.
         * @memberof meow
         * @classdesc Represents an ExpiryTimerChange.
         * @constructor
         * @param {meow.ExpiryTimerChange.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ExpiryTimerChange = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ExpiryTimerChange seconds.
         * @member {number} seconds
         * @memberof meow.ExpiryTimerChange
         * @instance
         */
        ExpiryTimerChange.prototype.seconds = 0;

        /**
         * ExpiryTimerChange version.
         * @member {number} version
         * @memberof meow.ExpiryTimerChange
         * @instance
         */
        ExpiryTimerChange.prototype.version = 0;

        /**
         * Creates a new ExpiryTimerChange instance using the specified properties.
         * @function create
         * @memberof meow.ExpiryTimerChange
         * @static
         * @param {meow.ExpiryTimerChange.$Properties=} [properties] Properties to set
         * @returns {meow.ExpiryTimerChange} ExpiryTimerChange instance
         * @type {{
         *   (properties: meow.ExpiryTimerChange.$Shape): meow.ExpiryTimerChange & meow.ExpiryTimerChange.$Shape;
         *   (properties?: meow.ExpiryTimerChange.$Properties): meow.ExpiryTimerChange;
         * }}
         */
        ExpiryTimerChange.create = function(properties) {
            return new ExpiryTimerChange(properties);
        };

        /**
         * Encodes the specified ExpiryTimerChange message. Does not implicitly {@link meow.ExpiryTimerChange.verify|verify} messages.
         * @function encode
         * @memberof meow.ExpiryTimerChange
         * @static
         * @param {meow.ExpiryTimerChange.$Properties} message ExpiryTimerChange message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ExpiryTimerChange.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && message.seconds !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seconds);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ExpiryTimerChange message, length delimited. Does not implicitly {@link meow.ExpiryTimerChange.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.ExpiryTimerChange
         * @static
         * @param {meow.ExpiryTimerChange.$Properties} message ExpiryTimerChange message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ExpiryTimerChange.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ExpiryTimerChange message from the specified reader or buffer.
         * @function decode
         * @memberof meow.ExpiryTimerChange
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.ExpiryTimerChange & meow.ExpiryTimerChange.$Shape} ExpiryTimerChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ExpiryTimerChange.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.ExpiryTimerChange();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.seconds = value;
                        else
                            delete message.seconds;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.version = value;
                        else
                            delete message.version;
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

        /**
         * Decodes an ExpiryTimerChange message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.ExpiryTimerChange
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.ExpiryTimerChange & meow.ExpiryTimerChange.$Shape} ExpiryTimerChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ExpiryTimerChange.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ExpiryTimerChange message.
         * @function verify
         * @memberof meow.ExpiryTimerChange
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ExpiryTimerChange.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                if (!$util.isInteger(message.seconds))
                    return "seconds: integer expected";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            return null;
        };

        /**
         * Creates an ExpiryTimerChange message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.ExpiryTimerChange
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.ExpiryTimerChange} ExpiryTimerChange
         */
        ExpiryTimerChange.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.ExpiryTimerChange)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.ExpiryTimerChange: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.ExpiryTimerChange();
            if (object.seconds != null)
                if ($Number(object.seconds) !== 0)
                    message.seconds = object.seconds >>> 0;
            if (object.version != null)
                if ($Number(object.version) !== 0)
                    message.version = object.version >>> 0;
            return message;
        };

        /**
         * Creates a plain object from an ExpiryTimerChange message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.ExpiryTimerChange
         * @static
         * @param {meow.ExpiryTimerChange} message ExpiryTimerChange
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ExpiryTimerChange.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.seconds = 0;
                object.version = 0;
            }
            if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                object.seconds = message.seconds;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            return object;
        };

        /**
         * Converts this ExpiryTimerChange to JSON.
         * @function toJSON
         * @memberof meow.ExpiryTimerChange
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ExpiryTimerChange.prototype.toJSON = function() {
            return ExpiryTimerChange.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ExpiryTimerChange
         * @function getTypeUrl
         * @memberof meow.ExpiryTimerChange
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ExpiryTimerChange.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.ExpiryTimerChange";
        };

        return ExpiryTimerChange;
    })();

    meow.DeviceSyncPayload = (function() {

        /**
         * Properties of a DeviceSyncPayload.
         * @typedef {Object} meow.DeviceSyncPayload.$Properties
         * @property {string|null} [syncType] DeviceSyncPayload syncType
         * @property {string|null} [peerUid] DeviceSyncPayload peerUid
         * @property {meow.DbMessage.$Properties|null} [dbMessage] DeviceSyncPayload dbMessage
         * @property {string|null} [dedupId] DeviceSyncPayload dedupId
         * @property {Uint8Array|null} [peerData] DeviceSyncPayload peerData
         * @property {Uint8Array|null} [identityData] DeviceSyncPayload identityData
         * @property {Uint8Array|null} [forwardPayload] DeviceSyncPayload forwardPayload
         * @property {string|null} [forwardPeerUid] DeviceSyncPayload forwardPeerUid
         * @property {meow.ServerCard.$Properties|null} [server] DeviceSyncPayload server
         * @property {meow.HistoryRequest.$Properties|null} [historyRequest] DeviceSyncPayload historyRequest
         * @property {meow.HistoryChunk.$Properties|null} [historyChunk] DeviceSyncPayload historyChunk
         * @property {string|null} [revokedDeviceUid] DeviceSyncPayload revokedDeviceUid
         * @property {number|null} [primaryEpoch] DeviceSyncPayload primaryEpoch
         * @property {meow.PrimaryHandoff.$Properties|null} [handoff] DeviceSyncPayload handoff
         * @property {Array.<Uint8Array>|null} [entries] DeviceSyncPayload entries
         * @property {number|null} [clearedAt] DeviceSyncPayload clearedAt
         * @property {meow.AttachmentCopy.$Properties|null} [attachment] DeviceSyncPayload attachment
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeviceSyncPayload.
         * @memberof meow
         * @interface IDeviceSyncPayload
         * @augments meow.DeviceSyncPayload.$Properties
         * @deprecated Use meow.DeviceSyncPayload.$Properties instead.
         */

        /**
         * Shape of a DeviceSyncPayload.
         * @typedef {meow.DeviceSyncPayload.$Properties} meow.DeviceSyncPayload.$Shape
         */

        /**
         * Constructs a new DeviceSyncPayload.
         * @memberof meow
         * @classdesc Represents a DeviceSyncPayload.
         * @constructor
         * @param {meow.DeviceSyncPayload.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeviceSyncPayload = function (properties) {
            this.entries = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DeviceSyncPayload syncType.
         * @member {string} syncType
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.syncType = "";

        /**
         * DeviceSyncPayload peerUid.
         * @member {string} peerUid
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.peerUid = "";

        /**
         * DeviceSyncPayload dbMessage.
         * @member {meow.DbMessage.$Properties|null|undefined} dbMessage
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.dbMessage = null;

        /**
         * DeviceSyncPayload dedupId.
         * @member {string} dedupId
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.dedupId = "";

        /**
         * DeviceSyncPayload peerData.
         * @member {Uint8Array} peerData
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.peerData = $util.newBuffer([]);

        /**
         * DeviceSyncPayload identityData.
         * @member {Uint8Array} identityData
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.identityData = $util.newBuffer([]);

        /**
         * DeviceSyncPayload forwardPayload.
         * @member {Uint8Array} forwardPayload
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.forwardPayload = $util.newBuffer([]);

        /**
         * DeviceSyncPayload forwardPeerUid.
         * @member {string} forwardPeerUid
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.forwardPeerUid = "";

        /**
         * DeviceSyncPayload server.
         * @member {meow.ServerCard.$Properties|null|undefined} server
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.server = null;

        /**
         * DeviceSyncPayload historyRequest.
         * @member {meow.HistoryRequest.$Properties|null|undefined} historyRequest
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.historyRequest = null;

        /**
         * DeviceSyncPayload historyChunk.
         * @member {meow.HistoryChunk.$Properties|null|undefined} historyChunk
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.historyChunk = null;

        /**
         * DeviceSyncPayload revokedDeviceUid.
         * @member {string} revokedDeviceUid
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.revokedDeviceUid = "";

        /**
         * DeviceSyncPayload primaryEpoch.
         * @member {number} primaryEpoch
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.primaryEpoch = 0;

        /**
         * DeviceSyncPayload handoff.
         * @member {meow.PrimaryHandoff.$Properties|null|undefined} handoff
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.handoff = null;

        /**
         * DeviceSyncPayload entries.
         * @member {Array.<Uint8Array>} entries
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.entries = $util.emptyArray;

        /**
         * DeviceSyncPayload clearedAt.
         * @member {number} clearedAt
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.clearedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * DeviceSyncPayload attachment.
         * @member {meow.AttachmentCopy.$Properties|null|undefined} attachment
         * @memberof meow.DeviceSyncPayload
         * @instance
         */
        DeviceSyncPayload.prototype.attachment = null;

        /**
         * Creates a new DeviceSyncPayload instance using the specified properties.
         * @function create
         * @memberof meow.DeviceSyncPayload
         * @static
         * @param {meow.DeviceSyncPayload.$Properties=} [properties] Properties to set
         * @returns {meow.DeviceSyncPayload} DeviceSyncPayload instance
         * @type {{
         *   (properties: meow.DeviceSyncPayload.$Shape): meow.DeviceSyncPayload & meow.DeviceSyncPayload.$Shape;
         *   (properties?: meow.DeviceSyncPayload.$Properties): meow.DeviceSyncPayload;
         * }}
         */
        DeviceSyncPayload.create = function(properties) {
            return new DeviceSyncPayload(properties);
        };

        /**
         * Encodes the specified DeviceSyncPayload message. Does not implicitly {@link meow.DeviceSyncPayload.verify|verify} messages.
         * @function encode
         * @memberof meow.DeviceSyncPayload
         * @static
         * @param {meow.DeviceSyncPayload.$Properties} message DeviceSyncPayload message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeviceSyncPayload.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.syncType != null && $Object.hasOwnProperty.call(message, "syncType") && message.syncType !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.syncType);
            if (message.peerUid != null && $Object.hasOwnProperty.call(message, "peerUid") && message.peerUid !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.peerUid);
            if (message.dbMessage != null && $Object.hasOwnProperty.call(message, "dbMessage"))
                $root.meow.DbMessage.encode(message.dbMessage, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.dedupId != null && $Object.hasOwnProperty.call(message, "dedupId") && message.dedupId !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.dedupId);
            if (message.peerData != null && $Object.hasOwnProperty.call(message, "peerData") && message.peerData.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.peerData);
            if (message.identityData != null && $Object.hasOwnProperty.call(message, "identityData") && message.identityData.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.identityData);
            if (message.forwardPayload != null && $Object.hasOwnProperty.call(message, "forwardPayload") && message.forwardPayload.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.forwardPayload);
            if (message.forwardPeerUid != null && $Object.hasOwnProperty.call(message, "forwardPeerUid") && message.forwardPeerUid !== "")
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.forwardPeerUid);
            if (message.server != null && $Object.hasOwnProperty.call(message, "server"))
                $root.meow.ServerCard.encode(message.server, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.historyRequest != null && $Object.hasOwnProperty.call(message, "historyRequest"))
                $root.meow.HistoryRequest.encode(message.historyRequest, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.historyChunk != null && $Object.hasOwnProperty.call(message, "historyChunk"))
                $root.meow.HistoryChunk.encode(message.historyChunk, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.revokedDeviceUid != null && $Object.hasOwnProperty.call(message, "revokedDeviceUid") && message.revokedDeviceUid !== "")
                writer.uint32(/* id 12, wireType 2 =*/98).string(message.revokedDeviceUid);
            if (message.primaryEpoch != null && $Object.hasOwnProperty.call(message, "primaryEpoch") && message.primaryEpoch !== 0)
                writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.primaryEpoch);
            if (message.handoff != null && $Object.hasOwnProperty.call(message, "handoff"))
                $root.meow.PrimaryHandoff.encode(message.handoff, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
            if (message.entries != null && message.entries.length)
                for (let i = 0; i < message.entries.length; ++i)
                    writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.entries[i]);
            if (message.clearedAt != null && $Object.hasOwnProperty.call(message, "clearedAt") && (typeof message.clearedAt === "object" ? message.clearedAt.low || message.clearedAt.high : message.clearedAt !== 0))
                writer.uint32(/* id 20, wireType 0 =*/160).int64(message.clearedAt);
            if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment"))
                $root.meow.AttachmentCopy.encode(message.attachment, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified DeviceSyncPayload message, length delimited. Does not implicitly {@link meow.DeviceSyncPayload.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.DeviceSyncPayload
         * @static
         * @param {meow.DeviceSyncPayload.$Properties} message DeviceSyncPayload message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeviceSyncPayload.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DeviceSyncPayload message from the specified reader or buffer.
         * @function decode
         * @memberof meow.DeviceSyncPayload
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.DeviceSyncPayload & meow.DeviceSyncPayload.$Shape} DeviceSyncPayload
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeviceSyncPayload.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.DeviceSyncPayload();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.syncType = value;
                        else
                            delete message.syncType;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.peerUid = value;
                        else
                            delete message.peerUid;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.dbMessage = $root.meow.DbMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.dbMessage);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.dedupId = value;
                        else
                            delete message.dedupId;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.peerData = value;
                        else
                            delete message.peerData;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.identityData = value;
                        else
                            delete message.identityData;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.forwardPayload = value;
                        else
                            delete message.forwardPayload;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.forwardPeerUid = value;
                        else
                            delete message.forwardPeerUid;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.server = $root.meow.ServerCard.decode(reader, reader.size(), $undefined, _depth + 1, message.server);
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.historyRequest = $root.meow.HistoryRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.historyRequest);
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.historyChunk = $root.meow.HistoryChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.historyChunk);
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.revokedDeviceUid = value;
                        else
                            delete message.revokedDeviceUid;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.primaryEpoch = value;
                        else
                            delete message.primaryEpoch;
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        message.handoff = $root.meow.PrimaryHandoff.decode(reader, reader.size(), $undefined, _depth + 1, message.handoff);
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if (!(message.entries && message.entries.length))
                            message.entries = [];
                        message.entries.push(reader.bytes());
                        continue;
                    }
                case 20: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.clearedAt = value;
                        else
                            delete message.clearedAt;
                        continue;
                    }
                case 21: {
                        if (wireType !== 2)
                            break;
                        message.attachment = $root.meow.AttachmentCopy.decode(reader, reader.size(), $undefined, _depth + 1, message.attachment);
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

        /**
         * Decodes a DeviceSyncPayload message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.DeviceSyncPayload
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.DeviceSyncPayload & meow.DeviceSyncPayload.$Shape} DeviceSyncPayload
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeviceSyncPayload.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DeviceSyncPayload message.
         * @function verify
         * @memberof meow.DeviceSyncPayload
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DeviceSyncPayload.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.syncType != null && $Object.hasOwnProperty.call(message, "syncType"))
                if (!$util.isString(message.syncType))
                    return "syncType: string expected";
            if (message.peerUid != null && $Object.hasOwnProperty.call(message, "peerUid"))
                if (!$util.isString(message.peerUid))
                    return "peerUid: string expected";
            if (message.dbMessage != null && $Object.hasOwnProperty.call(message, "dbMessage")) {
                let error = $root.meow.DbMessage.verify(message.dbMessage, _depth + 1);
                if (error)
                    return "dbMessage." + error;
            }
            if (message.dedupId != null && $Object.hasOwnProperty.call(message, "dedupId"))
                if (!$util.isString(message.dedupId))
                    return "dedupId: string expected";
            if (message.peerData != null && $Object.hasOwnProperty.call(message, "peerData"))
                if (!(message.peerData && typeof message.peerData.length === "number" || $util.isString(message.peerData)))
                    return "peerData: buffer expected";
            if (message.identityData != null && $Object.hasOwnProperty.call(message, "identityData"))
                if (!(message.identityData && typeof message.identityData.length === "number" || $util.isString(message.identityData)))
                    return "identityData: buffer expected";
            if (message.forwardPayload != null && $Object.hasOwnProperty.call(message, "forwardPayload"))
                if (!(message.forwardPayload && typeof message.forwardPayload.length === "number" || $util.isString(message.forwardPayload)))
                    return "forwardPayload: buffer expected";
            if (message.forwardPeerUid != null && $Object.hasOwnProperty.call(message, "forwardPeerUid"))
                if (!$util.isString(message.forwardPeerUid))
                    return "forwardPeerUid: string expected";
            if (message.server != null && $Object.hasOwnProperty.call(message, "server")) {
                let error = $root.meow.ServerCard.verify(message.server, _depth + 1);
                if (error)
                    return "server." + error;
            }
            if (message.historyRequest != null && $Object.hasOwnProperty.call(message, "historyRequest")) {
                let error = $root.meow.HistoryRequest.verify(message.historyRequest, _depth + 1);
                if (error)
                    return "historyRequest." + error;
            }
            if (message.historyChunk != null && $Object.hasOwnProperty.call(message, "historyChunk")) {
                let error = $root.meow.HistoryChunk.verify(message.historyChunk, _depth + 1);
                if (error)
                    return "historyChunk." + error;
            }
            if (message.revokedDeviceUid != null && $Object.hasOwnProperty.call(message, "revokedDeviceUid"))
                if (!$util.isString(message.revokedDeviceUid))
                    return "revokedDeviceUid: string expected";
            if (message.primaryEpoch != null && $Object.hasOwnProperty.call(message, "primaryEpoch"))
                if (!$util.isInteger(message.primaryEpoch))
                    return "primaryEpoch: integer expected";
            if (message.handoff != null && $Object.hasOwnProperty.call(message, "handoff")) {
                let error = $root.meow.PrimaryHandoff.verify(message.handoff, _depth + 1);
                if (error)
                    return "handoff." + error;
            }
            if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                if (!$Array.isArray(message.entries))
                    return "entries: array expected";
                for (let i = 0; i < message.entries.length; ++i)
                    if (!(message.entries[i] && typeof message.entries[i].length === "number" || $util.isString(message.entries[i])))
                        return "entries: buffer[] expected";
            }
            if (message.clearedAt != null && $Object.hasOwnProperty.call(message, "clearedAt"))
                if (!$util.isInteger(message.clearedAt) && !(message.clearedAt && $util.isInteger(message.clearedAt.low) && $util.isInteger(message.clearedAt.high)))
                    return "clearedAt: integer|Long expected";
            if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment")) {
                let error = $root.meow.AttachmentCopy.verify(message.attachment, _depth + 1);
                if (error)
                    return "attachment." + error;
            }
            return null;
        };

        /**
         * Creates a DeviceSyncPayload message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.DeviceSyncPayload
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.DeviceSyncPayload} DeviceSyncPayload
         */
        DeviceSyncPayload.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.DeviceSyncPayload)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.DeviceSyncPayload: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.DeviceSyncPayload();
            if (object.syncType != null)
                if (typeof object.syncType !== "string" || object.syncType.length)
                    message.syncType = $String(object.syncType);
            if (object.peerUid != null)
                if (typeof object.peerUid !== "string" || object.peerUid.length)
                    message.peerUid = $String(object.peerUid);
            if (object.dbMessage != null) {
                if (!$util.isObject(object.dbMessage))
                    throw $TypeError(".meow.DeviceSyncPayload.dbMessage: object expected");
                message.dbMessage = $root.meow.DbMessage.fromObject(object.dbMessage, _depth + 1);
            }
            if (object.dedupId != null)
                if (typeof object.dedupId !== "string" || object.dedupId.length)
                    message.dedupId = $String(object.dedupId);
            if (object.peerData != null)
                if (object.peerData.length)
                    if (typeof object.peerData === "string")
                        $util.base64.decode(object.peerData, message.peerData = $util.newBuffer($util.base64.length(object.peerData)), 0);
                    else if (object.peerData.length >= 0)
                        message.peerData = object.peerData;
            if (object.identityData != null)
                if (object.identityData.length)
                    if (typeof object.identityData === "string")
                        $util.base64.decode(object.identityData, message.identityData = $util.newBuffer($util.base64.length(object.identityData)), 0);
                    else if (object.identityData.length >= 0)
                        message.identityData = object.identityData;
            if (object.forwardPayload != null)
                if (object.forwardPayload.length)
                    if (typeof object.forwardPayload === "string")
                        $util.base64.decode(object.forwardPayload, message.forwardPayload = $util.newBuffer($util.base64.length(object.forwardPayload)), 0);
                    else if (object.forwardPayload.length >= 0)
                        message.forwardPayload = object.forwardPayload;
            if (object.forwardPeerUid != null)
                if (typeof object.forwardPeerUid !== "string" || object.forwardPeerUid.length)
                    message.forwardPeerUid = $String(object.forwardPeerUid);
            if (object.server != null) {
                if (!$util.isObject(object.server))
                    throw $TypeError(".meow.DeviceSyncPayload.server: object expected");
                message.server = $root.meow.ServerCard.fromObject(object.server, _depth + 1);
            }
            if (object.historyRequest != null) {
                if (!$util.isObject(object.historyRequest))
                    throw $TypeError(".meow.DeviceSyncPayload.historyRequest: object expected");
                message.historyRequest = $root.meow.HistoryRequest.fromObject(object.historyRequest, _depth + 1);
            }
            if (object.historyChunk != null) {
                if (!$util.isObject(object.historyChunk))
                    throw $TypeError(".meow.DeviceSyncPayload.historyChunk: object expected");
                message.historyChunk = $root.meow.HistoryChunk.fromObject(object.historyChunk, _depth + 1);
            }
            if (object.revokedDeviceUid != null)
                if (typeof object.revokedDeviceUid !== "string" || object.revokedDeviceUid.length)
                    message.revokedDeviceUid = $String(object.revokedDeviceUid);
            if (object.primaryEpoch != null)
                if ($Number(object.primaryEpoch) !== 0)
                    message.primaryEpoch = object.primaryEpoch >>> 0;
            if (object.handoff != null) {
                if (!$util.isObject(object.handoff))
                    throw $TypeError(".meow.DeviceSyncPayload.handoff: object expected");
                message.handoff = $root.meow.PrimaryHandoff.fromObject(object.handoff, _depth + 1);
            }
            if (object.entries) {
                if (!$Array.isArray(object.entries))
                    throw $TypeError(".meow.DeviceSyncPayload.entries: array expected");
                message.entries = $Array(object.entries.length);
                for (let i = 0; i < object.entries.length; ++i)
                    if (typeof object.entries[i] === "string")
                        $util.base64.decode(object.entries[i], message.entries[i] = $util.newBuffer($util.base64.length(object.entries[i])), 0);
                    else if (object.entries[i].length >= 0)
                        message.entries[i] = object.entries[i];
            }
            if (object.clearedAt != null)
                if (typeof object.clearedAt === "object" ? object.clearedAt.low || object.clearedAt.high : $Number(object.clearedAt) !== 0)
                    if ($util.Long)
                        message.clearedAt = $util.Long.fromValue(object.clearedAt, false);
                    else if (typeof object.clearedAt === "string")
                        message.clearedAt = $parseInt(object.clearedAt, 10);
                    else if (typeof object.clearedAt === "number")
                        message.clearedAt = object.clearedAt;
                    else if (typeof object.clearedAt === "object")
                        message.clearedAt = new $util.LongBits(object.clearedAt.low >>> 0, object.clearedAt.high >>> 0).toNumber();
            if (object.attachment != null) {
                if (!$util.isObject(object.attachment))
                    throw $TypeError(".meow.DeviceSyncPayload.attachment: object expected");
                message.attachment = $root.meow.AttachmentCopy.fromObject(object.attachment, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a DeviceSyncPayload message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.DeviceSyncPayload
         * @static
         * @param {meow.DeviceSyncPayload} message DeviceSyncPayload
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DeviceSyncPayload.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.entries = [];
            if (options.defaults) {
                object.syncType = "";
                object.peerUid = "";
                object.dbMessage = null;
                object.dedupId = "";
                if (options.bytes === $String)
                    object.peerData = "";
                else {
                    object.peerData = [];
                    if (options.bytes !== $Array)
                        object.peerData = $util.newBuffer(object.peerData);
                }
                if (options.bytes === $String)
                    object.identityData = "";
                else {
                    object.identityData = [];
                    if (options.bytes !== $Array)
                        object.identityData = $util.newBuffer(object.identityData);
                }
                if (options.bytes === $String)
                    object.forwardPayload = "";
                else {
                    object.forwardPayload = [];
                    if (options.bytes !== $Array)
                        object.forwardPayload = $util.newBuffer(object.forwardPayload);
                }
                object.forwardPeerUid = "";
                object.server = null;
                object.historyRequest = null;
                object.historyChunk = null;
                object.revokedDeviceUid = "";
                object.primaryEpoch = 0;
                object.handoff = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.clearedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.clearedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.attachment = null;
            }
            if (message.syncType != null && $Object.hasOwnProperty.call(message, "syncType"))
                object.syncType = message.syncType;
            if (message.peerUid != null && $Object.hasOwnProperty.call(message, "peerUid"))
                object.peerUid = message.peerUid;
            if (message.dbMessage != null && $Object.hasOwnProperty.call(message, "dbMessage"))
                object.dbMessage = $root.meow.DbMessage.toObject(message.dbMessage, options, _depth + 1);
            if (message.dedupId != null && $Object.hasOwnProperty.call(message, "dedupId"))
                object.dedupId = message.dedupId;
            if (message.peerData != null && $Object.hasOwnProperty.call(message, "peerData"))
                object.peerData = options.bytes === $String ? $util.base64.encode(message.peerData, 0, message.peerData.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.peerData) : message.peerData;
            if (message.identityData != null && $Object.hasOwnProperty.call(message, "identityData"))
                object.identityData = options.bytes === $String ? $util.base64.encode(message.identityData, 0, message.identityData.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.identityData) : message.identityData;
            if (message.forwardPayload != null && $Object.hasOwnProperty.call(message, "forwardPayload"))
                object.forwardPayload = options.bytes === $String ? $util.base64.encode(message.forwardPayload, 0, message.forwardPayload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.forwardPayload) : message.forwardPayload;
            if (message.forwardPeerUid != null && $Object.hasOwnProperty.call(message, "forwardPeerUid"))
                object.forwardPeerUid = message.forwardPeerUid;
            if (message.server != null && $Object.hasOwnProperty.call(message, "server"))
                object.server = $root.meow.ServerCard.toObject(message.server, options, _depth + 1);
            if (message.historyRequest != null && $Object.hasOwnProperty.call(message, "historyRequest"))
                object.historyRequest = $root.meow.HistoryRequest.toObject(message.historyRequest, options, _depth + 1);
            if (message.historyChunk != null && $Object.hasOwnProperty.call(message, "historyChunk"))
                object.historyChunk = $root.meow.HistoryChunk.toObject(message.historyChunk, options, _depth + 1);
            if (message.revokedDeviceUid != null && $Object.hasOwnProperty.call(message, "revokedDeviceUid"))
                object.revokedDeviceUid = message.revokedDeviceUid;
            if (message.primaryEpoch != null && $Object.hasOwnProperty.call(message, "primaryEpoch"))
                object.primaryEpoch = message.primaryEpoch;
            if (message.handoff != null && $Object.hasOwnProperty.call(message, "handoff"))
                object.handoff = $root.meow.PrimaryHandoff.toObject(message.handoff, options, _depth + 1);
            if (message.entries && message.entries.length) {
                object.entries = $Array(message.entries.length);
                for (let j = 0; j < message.entries.length; ++j)
                    object.entries[j] = options.bytes === $String ? $util.base64.encode(message.entries[j], 0, message.entries[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.entries[j]) : message.entries[j];
            }
            if (message.clearedAt != null && $Object.hasOwnProperty.call(message, "clearedAt"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.clearedAt = typeof message.clearedAt === "number" ? $BigInt(message.clearedAt) : $util.Long.fromBits(message.clearedAt.low >>> 0, message.clearedAt.high >>> 0, false).toBigInt();
                else if (typeof message.clearedAt === "number")
                    object.clearedAt = options.longs === $String ? $String(message.clearedAt) : message.clearedAt;
                else
                    object.clearedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.clearedAt) : options.longs === $Number ? new $util.LongBits(message.clearedAt.low >>> 0, message.clearedAt.high >>> 0).toNumber() : message.clearedAt;
            if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment"))
                object.attachment = $root.meow.AttachmentCopy.toObject(message.attachment, options, _depth + 1);
            return object;
        };

        /**
         * Converts this DeviceSyncPayload to JSON.
         * @function toJSON
         * @memberof meow.DeviceSyncPayload
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DeviceSyncPayload.prototype.toJSON = function() {
            return DeviceSyncPayload.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DeviceSyncPayload
         * @function getTypeUrl
         * @memberof meow.DeviceSyncPayload
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DeviceSyncPayload.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.DeviceSyncPayload";
        };

        return DeviceSyncPayload;
    })();

    meow.AttachmentCopy = (function() {

        /**
         * Properties of an AttachmentCopy.
         * @typedef {Object} meow.AttachmentCopy.$Properties
         * @property {string|null} [messageUuid] AttachmentCopy messageUuid
         * @property {number|null} [position] AttachmentCopy position
         * @property {meow.AttachmentPointer.$Properties|null} [pointer] AttachmentCopy pointer
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AttachmentCopy.
         * @memberof meow
         * @interface IAttachmentCopy
         * @augments meow.AttachmentCopy.$Properties
         * @deprecated Use meow.AttachmentCopy.$Properties instead.
         */

        /**
         * Shape of an AttachmentCopy.
         * @typedef {meow.AttachmentCopy.$Properties} meow.AttachmentCopy.$Shape
         */

        /**
         * Constructs a new AttachmentCopy.
         * @memberof meow
         * @classdesc Represents an AttachmentCopy.
         * @constructor
         * @param {meow.AttachmentCopy.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AttachmentCopy = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AttachmentCopy messageUuid.
         * @member {string} messageUuid
         * @memberof meow.AttachmentCopy
         * @instance
         */
        AttachmentCopy.prototype.messageUuid = "";

        /**
         * AttachmentCopy position.
         * @member {number} position
         * @memberof meow.AttachmentCopy
         * @instance
         */
        AttachmentCopy.prototype.position = 0;

        /**
         * AttachmentCopy pointer.
         * @member {meow.AttachmentPointer.$Properties|null|undefined} pointer
         * @memberof meow.AttachmentCopy
         * @instance
         */
        AttachmentCopy.prototype.pointer = null;

        /**
         * Creates a new AttachmentCopy instance using the specified properties.
         * @function create
         * @memberof meow.AttachmentCopy
         * @static
         * @param {meow.AttachmentCopy.$Properties=} [properties] Properties to set
         * @returns {meow.AttachmentCopy} AttachmentCopy instance
         * @type {{
         *   (properties: meow.AttachmentCopy.$Shape): meow.AttachmentCopy & meow.AttachmentCopy.$Shape;
         *   (properties?: meow.AttachmentCopy.$Properties): meow.AttachmentCopy;
         * }}
         */
        AttachmentCopy.create = function(properties) {
            return new AttachmentCopy(properties);
        };

        /**
         * Encodes the specified AttachmentCopy message. Does not implicitly {@link meow.AttachmentCopy.verify|verify} messages.
         * @function encode
         * @memberof meow.AttachmentCopy
         * @static
         * @param {meow.AttachmentCopy.$Properties} message AttachmentCopy message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttachmentCopy.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.messageUuid != null && $Object.hasOwnProperty.call(message, "messageUuid") && message.messageUuid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageUuid);
            if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.position);
            if (message.pointer != null && $Object.hasOwnProperty.call(message, "pointer"))
                $root.meow.AttachmentPointer.encode(message.pointer, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified AttachmentCopy message, length delimited. Does not implicitly {@link meow.AttachmentCopy.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.AttachmentCopy
         * @static
         * @param {meow.AttachmentCopy.$Properties} message AttachmentCopy message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttachmentCopy.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AttachmentCopy message from the specified reader or buffer.
         * @function decode
         * @memberof meow.AttachmentCopy
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.AttachmentCopy & meow.AttachmentCopy.$Shape} AttachmentCopy
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttachmentCopy.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.AttachmentCopy();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.messageUuid = value;
                        else
                            delete message.messageUuid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.position = value;
                        else
                            delete message.position;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.pointer = $root.meow.AttachmentPointer.decode(reader, reader.size(), $undefined, _depth + 1, message.pointer);
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

        /**
         * Decodes an AttachmentCopy message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.AttachmentCopy
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.AttachmentCopy & meow.AttachmentCopy.$Shape} AttachmentCopy
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttachmentCopy.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AttachmentCopy message.
         * @function verify
         * @memberof meow.AttachmentCopy
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AttachmentCopy.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.messageUuid != null && $Object.hasOwnProperty.call(message, "messageUuid"))
                if (!$util.isString(message.messageUuid))
                    return "messageUuid: string expected";
            if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                if (!$util.isInteger(message.position))
                    return "position: integer expected";
            if (message.pointer != null && $Object.hasOwnProperty.call(message, "pointer")) {
                let error = $root.meow.AttachmentPointer.verify(message.pointer, _depth + 1);
                if (error)
                    return "pointer." + error;
            }
            return null;
        };

        /**
         * Creates an AttachmentCopy message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.AttachmentCopy
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.AttachmentCopy} AttachmentCopy
         */
        AttachmentCopy.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.AttachmentCopy)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.AttachmentCopy: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.AttachmentCopy();
            if (object.messageUuid != null)
                if (typeof object.messageUuid !== "string" || object.messageUuid.length)
                    message.messageUuid = $String(object.messageUuid);
            if (object.position != null)
                if ($Number(object.position) !== 0)
                    message.position = object.position >>> 0;
            if (object.pointer != null) {
                if (!$util.isObject(object.pointer))
                    throw $TypeError(".meow.AttachmentCopy.pointer: object expected");
                message.pointer = $root.meow.AttachmentPointer.fromObject(object.pointer, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from an AttachmentCopy message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.AttachmentCopy
         * @static
         * @param {meow.AttachmentCopy} message AttachmentCopy
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AttachmentCopy.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.messageUuid = "";
                object.position = 0;
                object.pointer = null;
            }
            if (message.messageUuid != null && $Object.hasOwnProperty.call(message, "messageUuid"))
                object.messageUuid = message.messageUuid;
            if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                object.position = message.position;
            if (message.pointer != null && $Object.hasOwnProperty.call(message, "pointer"))
                object.pointer = $root.meow.AttachmentPointer.toObject(message.pointer, options, _depth + 1);
            return object;
        };

        /**
         * Converts this AttachmentCopy to JSON.
         * @function toJSON
         * @memberof meow.AttachmentCopy
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AttachmentCopy.prototype.toJSON = function() {
            return AttachmentCopy.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AttachmentCopy
         * @function getTypeUrl
         * @memberof meow.AttachmentCopy
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AttachmentCopy.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.AttachmentCopy";
        };

        return AttachmentCopy;
    })();

    meow.PrimaryHandoff = (function() {

        /**
         * Properties of a PrimaryHandoff.
         * @typedef {Object} meow.PrimaryHandoff.$Properties
         * @property {Uint8Array|null} [peerData] PrimaryHandoff peerData
         * @property {number|null} [epoch] PrimaryHandoff epoch
         * @property {Array.<Uint8Array>|null} [seenEnvelopes] PrimaryHandoff seenEnvelopes
         * @property {Array.<meow.OwedAckEntry.$Properties>|null} [owedAcks] PrimaryHandoff owedAcks
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PrimaryHandoff.
         * @memberof meow
         * @interface IPrimaryHandoff
         * @augments meow.PrimaryHandoff.$Properties
         * @deprecated Use meow.PrimaryHandoff.$Properties instead.
         */

        /**
         * Shape of a PrimaryHandoff.
         * @typedef {meow.PrimaryHandoff.$Properties} meow.PrimaryHandoff.$Shape
         */

        /**
         * Constructs a new PrimaryHandoff.
         * @memberof meow
         * @classdesc Represents a PrimaryHandoff.
         * @constructor
         * @param {meow.PrimaryHandoff.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PrimaryHandoff = function (properties) {
            this.seenEnvelopes = [];
            this.owedAcks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PrimaryHandoff peerData.
         * @member {Uint8Array} peerData
         * @memberof meow.PrimaryHandoff
         * @instance
         */
        PrimaryHandoff.prototype.peerData = $util.newBuffer([]);

        /**
         * PrimaryHandoff epoch.
         * @member {number} epoch
         * @memberof meow.PrimaryHandoff
         * @instance
         */
        PrimaryHandoff.prototype.epoch = 0;

        /**
         * PrimaryHandoff seenEnvelopes.
         * @member {Array.<Uint8Array>} seenEnvelopes
         * @memberof meow.PrimaryHandoff
         * @instance
         */
        PrimaryHandoff.prototype.seenEnvelopes = $util.emptyArray;

        /**
         * PrimaryHandoff owedAcks.
         * @member {Array.<meow.OwedAckEntry.$Properties>} owedAcks
         * @memberof meow.PrimaryHandoff
         * @instance
         */
        PrimaryHandoff.prototype.owedAcks = $util.emptyArray;

        /**
         * Creates a new PrimaryHandoff instance using the specified properties.
         * @function create
         * @memberof meow.PrimaryHandoff
         * @static
         * @param {meow.PrimaryHandoff.$Properties=} [properties] Properties to set
         * @returns {meow.PrimaryHandoff} PrimaryHandoff instance
         * @type {{
         *   (properties: meow.PrimaryHandoff.$Shape): meow.PrimaryHandoff & meow.PrimaryHandoff.$Shape;
         *   (properties?: meow.PrimaryHandoff.$Properties): meow.PrimaryHandoff;
         * }}
         */
        PrimaryHandoff.create = function(properties) {
            return new PrimaryHandoff(properties);
        };

        /**
         * Encodes the specified PrimaryHandoff message. Does not implicitly {@link meow.PrimaryHandoff.verify|verify} messages.
         * @function encode
         * @memberof meow.PrimaryHandoff
         * @static
         * @param {meow.PrimaryHandoff.$Properties} message PrimaryHandoff message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PrimaryHandoff.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.peerData != null && $Object.hasOwnProperty.call(message, "peerData") && message.peerData.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.peerData);
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.epoch);
            if (message.seenEnvelopes != null && message.seenEnvelopes.length)
                for (let i = 0; i < message.seenEnvelopes.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.seenEnvelopes[i]);
            if (message.owedAcks != null && message.owedAcks.length)
                for (let i = 0; i < message.owedAcks.length; ++i)
                    $root.meow.OwedAckEntry.encode(message.owedAcks[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PrimaryHandoff message, length delimited. Does not implicitly {@link meow.PrimaryHandoff.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.PrimaryHandoff
         * @static
         * @param {meow.PrimaryHandoff.$Properties} message PrimaryHandoff message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PrimaryHandoff.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PrimaryHandoff message from the specified reader or buffer.
         * @function decode
         * @memberof meow.PrimaryHandoff
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.PrimaryHandoff & meow.PrimaryHandoff.$Shape} PrimaryHandoff
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PrimaryHandoff.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.PrimaryHandoff();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.peerData = value;
                        else
                            delete message.peerData;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.epoch = value;
                        else
                            delete message.epoch;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.seenEnvelopes && message.seenEnvelopes.length))
                            message.seenEnvelopes = [];
                        message.seenEnvelopes.push(reader.bytes());
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.owedAcks && message.owedAcks.length))
                            message.owedAcks = [];
                        message.owedAcks.push($root.meow.OwedAckEntry.decode(reader, reader.size(), $undefined, _depth + 1));
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

        /**
         * Decodes a PrimaryHandoff message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.PrimaryHandoff
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.PrimaryHandoff & meow.PrimaryHandoff.$Shape} PrimaryHandoff
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PrimaryHandoff.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PrimaryHandoff message.
         * @function verify
         * @memberof meow.PrimaryHandoff
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PrimaryHandoff.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.peerData != null && $Object.hasOwnProperty.call(message, "peerData"))
                if (!(message.peerData && typeof message.peerData.length === "number" || $util.isString(message.peerData)))
                    return "peerData: buffer expected";
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                if (!$util.isInteger(message.epoch))
                    return "epoch: integer expected";
            if (message.seenEnvelopes != null && $Object.hasOwnProperty.call(message, "seenEnvelopes")) {
                if (!$Array.isArray(message.seenEnvelopes))
                    return "seenEnvelopes: array expected";
                for (let i = 0; i < message.seenEnvelopes.length; ++i)
                    if (!(message.seenEnvelopes[i] && typeof message.seenEnvelopes[i].length === "number" || $util.isString(message.seenEnvelopes[i])))
                        return "seenEnvelopes: buffer[] expected";
            }
            if (message.owedAcks != null && $Object.hasOwnProperty.call(message, "owedAcks")) {
                if (!$Array.isArray(message.owedAcks))
                    return "owedAcks: array expected";
                for (let i = 0; i < message.owedAcks.length; ++i) {
                    let error = $root.meow.OwedAckEntry.verify(message.owedAcks[i], _depth + 1);
                    if (error)
                        return "owedAcks." + error;
                }
            }
            return null;
        };

        /**
         * Creates a PrimaryHandoff message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.PrimaryHandoff
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.PrimaryHandoff} PrimaryHandoff
         */
        PrimaryHandoff.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.PrimaryHandoff)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.PrimaryHandoff: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.PrimaryHandoff();
            if (object.peerData != null)
                if (object.peerData.length)
                    if (typeof object.peerData === "string")
                        $util.base64.decode(object.peerData, message.peerData = $util.newBuffer($util.base64.length(object.peerData)), 0);
                    else if (object.peerData.length >= 0)
                        message.peerData = object.peerData;
            if (object.epoch != null)
                if ($Number(object.epoch) !== 0)
                    message.epoch = object.epoch >>> 0;
            if (object.seenEnvelopes) {
                if (!$Array.isArray(object.seenEnvelopes))
                    throw $TypeError(".meow.PrimaryHandoff.seenEnvelopes: array expected");
                message.seenEnvelopes = $Array(object.seenEnvelopes.length);
                for (let i = 0; i < object.seenEnvelopes.length; ++i)
                    if (typeof object.seenEnvelopes[i] === "string")
                        $util.base64.decode(object.seenEnvelopes[i], message.seenEnvelopes[i] = $util.newBuffer($util.base64.length(object.seenEnvelopes[i])), 0);
                    else if (object.seenEnvelopes[i].length >= 0)
                        message.seenEnvelopes[i] = object.seenEnvelopes[i];
            }
            if (object.owedAcks) {
                if (!$Array.isArray(object.owedAcks))
                    throw $TypeError(".meow.PrimaryHandoff.owedAcks: array expected");
                message.owedAcks = $Array(object.owedAcks.length);
                for (let i = 0; i < object.owedAcks.length; ++i) {
                    if (!$util.isObject(object.owedAcks[i]))
                        throw $TypeError(".meow.PrimaryHandoff.owedAcks: object expected");
                    message.owedAcks[i] = $root.meow.OwedAckEntry.fromObject(object.owedAcks[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a PrimaryHandoff message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.PrimaryHandoff
         * @static
         * @param {meow.PrimaryHandoff} message PrimaryHandoff
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PrimaryHandoff.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.seenEnvelopes = [];
                object.owedAcks = [];
            }
            if (options.defaults) {
                if (options.bytes === $String)
                    object.peerData = "";
                else {
                    object.peerData = [];
                    if (options.bytes !== $Array)
                        object.peerData = $util.newBuffer(object.peerData);
                }
                object.epoch = 0;
            }
            if (message.peerData != null && $Object.hasOwnProperty.call(message, "peerData"))
                object.peerData = options.bytes === $String ? $util.base64.encode(message.peerData, 0, message.peerData.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.peerData) : message.peerData;
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                object.epoch = message.epoch;
            if (message.seenEnvelopes && message.seenEnvelopes.length) {
                object.seenEnvelopes = $Array(message.seenEnvelopes.length);
                for (let j = 0; j < message.seenEnvelopes.length; ++j)
                    object.seenEnvelopes[j] = options.bytes === $String ? $util.base64.encode(message.seenEnvelopes[j], 0, message.seenEnvelopes[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.seenEnvelopes[j]) : message.seenEnvelopes[j];
            }
            if (message.owedAcks && message.owedAcks.length) {
                object.owedAcks = $Array(message.owedAcks.length);
                for (let j = 0; j < message.owedAcks.length; ++j)
                    object.owedAcks[j] = $root.meow.OwedAckEntry.toObject(message.owedAcks[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this PrimaryHandoff to JSON.
         * @function toJSON
         * @memberof meow.PrimaryHandoff
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PrimaryHandoff.prototype.toJSON = function() {
            return PrimaryHandoff.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PrimaryHandoff
         * @function getTypeUrl
         * @memberof meow.PrimaryHandoff
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PrimaryHandoff.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.PrimaryHandoff";
        };

        return PrimaryHandoff;
    })();

    meow.OwedAckEntry = (function() {

        /**
         * Properties of an OwedAckEntry.
         * @typedef {Object} meow.OwedAckEntry.$Properties
         * @property {string|null} [uuid] OwedAckEntry uuid
         * @property {string|null} [kind] OwedAckEntry kind
         * @property {number|null} [at] OwedAckEntry at
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OwedAckEntry.
         * @memberof meow
         * @interface IOwedAckEntry
         * @augments meow.OwedAckEntry.$Properties
         * @deprecated Use meow.OwedAckEntry.$Properties instead.
         */

        /**
         * Shape of an OwedAckEntry.
         * @typedef {meow.OwedAckEntry.$Properties} meow.OwedAckEntry.$Shape
         */

        /**
         * Constructs a new OwedAckEntry.
         * @memberof meow
         * @classdesc Represents an OwedAckEntry.
         * @constructor
         * @param {meow.OwedAckEntry.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OwedAckEntry = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * OwedAckEntry uuid.
         * @member {string} uuid
         * @memberof meow.OwedAckEntry
         * @instance
         */
        OwedAckEntry.prototype.uuid = "";

        /**
         * OwedAckEntry kind.
         * @member {string} kind
         * @memberof meow.OwedAckEntry
         * @instance
         */
        OwedAckEntry.prototype.kind = "";

        /**
         * OwedAckEntry at.
         * @member {number} at
         * @memberof meow.OwedAckEntry
         * @instance
         */
        OwedAckEntry.prototype.at = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new OwedAckEntry instance using the specified properties.
         * @function create
         * @memberof meow.OwedAckEntry
         * @static
         * @param {meow.OwedAckEntry.$Properties=} [properties] Properties to set
         * @returns {meow.OwedAckEntry} OwedAckEntry instance
         * @type {{
         *   (properties: meow.OwedAckEntry.$Shape): meow.OwedAckEntry & meow.OwedAckEntry.$Shape;
         *   (properties?: meow.OwedAckEntry.$Properties): meow.OwedAckEntry;
         * }}
         */
        OwedAckEntry.create = function(properties) {
            return new OwedAckEntry(properties);
        };

        /**
         * Encodes the specified OwedAckEntry message. Does not implicitly {@link meow.OwedAckEntry.verify|verify} messages.
         * @function encode
         * @memberof meow.OwedAckEntry
         * @static
         * @param {meow.OwedAckEntry.$Properties} message OwedAckEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OwedAckEntry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.uuid);
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
            if (message.at != null && $Object.hasOwnProperty.call(message, "at") && (typeof message.at === "object" ? message.at.low || message.at.high : message.at !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.at);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified OwedAckEntry message, length delimited. Does not implicitly {@link meow.OwedAckEntry.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.OwedAckEntry
         * @static
         * @param {meow.OwedAckEntry.$Properties} message OwedAckEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OwedAckEntry.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an OwedAckEntry message from the specified reader or buffer.
         * @function decode
         * @memberof meow.OwedAckEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.OwedAckEntry & meow.OwedAckEntry.$Shape} OwedAckEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OwedAckEntry.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.OwedAckEntry();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.uuid = value;
                        else
                            delete message.uuid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.kind = value;
                        else
                            delete message.kind;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.at = value;
                        else
                            delete message.at;
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

        /**
         * Decodes an OwedAckEntry message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.OwedAckEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.OwedAckEntry & meow.OwedAckEntry.$Shape} OwedAckEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OwedAckEntry.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an OwedAckEntry message.
         * @function verify
         * @memberof meow.OwedAckEntry
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        OwedAckEntry.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                if (!$util.isString(message.uuid))
                    return "uuid: string expected";
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                if (!$util.isString(message.kind))
                    return "kind: string expected";
            if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                if (!$util.isInteger(message.at) && !(message.at && $util.isInteger(message.at.low) && $util.isInteger(message.at.high)))
                    return "at: integer|Long expected";
            return null;
        };

        /**
         * Creates an OwedAckEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.OwedAckEntry
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.OwedAckEntry} OwedAckEntry
         */
        OwedAckEntry.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.OwedAckEntry)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.OwedAckEntry: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.OwedAckEntry();
            if (object.uuid != null)
                if (typeof object.uuid !== "string" || object.uuid.length)
                    message.uuid = $String(object.uuid);
            if (object.kind != null)
                if (typeof object.kind !== "string" || object.kind.length)
                    message.kind = $String(object.kind);
            if (object.at != null)
                if (typeof object.at === "object" ? object.at.low || object.at.high : $Number(object.at) !== 0)
                    if ($util.Long)
                        message.at = $util.Long.fromValue(object.at, false);
                    else if (typeof object.at === "string")
                        message.at = $parseInt(object.at, 10);
                    else if (typeof object.at === "number")
                        message.at = object.at;
                    else if (typeof object.at === "object")
                        message.at = new $util.LongBits(object.at.low >>> 0, object.at.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from an OwedAckEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.OwedAckEntry
         * @static
         * @param {meow.OwedAckEntry} message OwedAckEntry
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OwedAckEntry.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.uuid = "";
                object.kind = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.at = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.at = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                object.uuid = message.uuid;
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                object.kind = message.kind;
            if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.at = typeof message.at === "number" ? $BigInt(message.at) : $util.Long.fromBits(message.at.low >>> 0, message.at.high >>> 0, false).toBigInt();
                else if (typeof message.at === "number")
                    object.at = options.longs === $String ? $String(message.at) : message.at;
                else
                    object.at = options.longs === $String ? $util.Long.prototype.toString.call(message.at) : options.longs === $Number ? new $util.LongBits(message.at.low >>> 0, message.at.high >>> 0).toNumber() : message.at;
            return object;
        };

        /**
         * Converts this OwedAckEntry to JSON.
         * @function toJSON
         * @memberof meow.OwedAckEntry
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OwedAckEntry.prototype.toJSON = function() {
            return OwedAckEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for OwedAckEntry
         * @function getTypeUrl
         * @memberof meow.OwedAckEntry
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        OwedAckEntry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.OwedAckEntry";
        };

        return OwedAckEntry;
    })();

    meow.HistoryRequest = (function() {

        /**
         * Properties of a HistoryRequest.
         * @typedef {Object} meow.HistoryRequest.$Properties
         * @property {string|null} [requestId] HistoryRequest requestId
         * @property {number|null} [since] HistoryRequest since
         * @property {number|null} [resumeFromChunk] HistoryRequest resumeFromChunk
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HistoryRequest.
         * @memberof meow
         * @interface IHistoryRequest
         * @augments meow.HistoryRequest.$Properties
         * @deprecated Use meow.HistoryRequest.$Properties instead.
         */

        /**
         * Shape of a HistoryRequest.
         * @typedef {meow.HistoryRequest.$Properties} meow.HistoryRequest.$Shape
         */

        /**
         * Constructs a new HistoryRequest.
         * @memberof meow
         * @classdesc Represents a HistoryRequest.
         * @constructor
         * @param {meow.HistoryRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HistoryRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HistoryRequest requestId.
         * @member {string} requestId
         * @memberof meow.HistoryRequest
         * @instance
         */
        HistoryRequest.prototype.requestId = "";

        /**
         * HistoryRequest since.
         * @member {number} since
         * @memberof meow.HistoryRequest
         * @instance
         */
        HistoryRequest.prototype.since = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * HistoryRequest resumeFromChunk.
         * @member {number} resumeFromChunk
         * @memberof meow.HistoryRequest
         * @instance
         */
        HistoryRequest.prototype.resumeFromChunk = 0;

        /**
         * Creates a new HistoryRequest instance using the specified properties.
         * @function create
         * @memberof meow.HistoryRequest
         * @static
         * @param {meow.HistoryRequest.$Properties=} [properties] Properties to set
         * @returns {meow.HistoryRequest} HistoryRequest instance
         * @type {{
         *   (properties: meow.HistoryRequest.$Shape): meow.HistoryRequest & meow.HistoryRequest.$Shape;
         *   (properties?: meow.HistoryRequest.$Properties): meow.HistoryRequest;
         * }}
         */
        HistoryRequest.create = function(properties) {
            return new HistoryRequest(properties);
        };

        /**
         * Encodes the specified HistoryRequest message. Does not implicitly {@link meow.HistoryRequest.verify|verify} messages.
         * @function encode
         * @memberof meow.HistoryRequest
         * @static
         * @param {meow.HistoryRequest.$Properties} message HistoryRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HistoryRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
            if (message.since != null && $Object.hasOwnProperty.call(message, "since") && (typeof message.since === "object" ? message.since.low || message.since.high : message.since !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.since);
            if (message.resumeFromChunk != null && $Object.hasOwnProperty.call(message, "resumeFromChunk") && message.resumeFromChunk !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.resumeFromChunk);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified HistoryRequest message, length delimited. Does not implicitly {@link meow.HistoryRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.HistoryRequest
         * @static
         * @param {meow.HistoryRequest.$Properties} message HistoryRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HistoryRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a HistoryRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meow.HistoryRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.HistoryRequest & meow.HistoryRequest.$Shape} HistoryRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HistoryRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.HistoryRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.requestId = value;
                        else
                            delete message.requestId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.since = value;
                        else
                            delete message.since;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.resumeFromChunk = value;
                        else
                            delete message.resumeFromChunk;
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

        /**
         * Decodes a HistoryRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.HistoryRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.HistoryRequest & meow.HistoryRequest.$Shape} HistoryRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HistoryRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a HistoryRequest message.
         * @function verify
         * @memberof meow.HistoryRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        HistoryRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                if (!$util.isString(message.requestId))
                    return "requestId: string expected";
            if (message.since != null && $Object.hasOwnProperty.call(message, "since"))
                if (!$util.isInteger(message.since) && !(message.since && $util.isInteger(message.since.low) && $util.isInteger(message.since.high)))
                    return "since: integer|Long expected";
            if (message.resumeFromChunk != null && $Object.hasOwnProperty.call(message, "resumeFromChunk"))
                if (!$util.isInteger(message.resumeFromChunk))
                    return "resumeFromChunk: integer expected";
            return null;
        };

        /**
         * Creates a HistoryRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.HistoryRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.HistoryRequest} HistoryRequest
         */
        HistoryRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.HistoryRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.HistoryRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.HistoryRequest();
            if (object.requestId != null)
                if (typeof object.requestId !== "string" || object.requestId.length)
                    message.requestId = $String(object.requestId);
            if (object.since != null)
                if (typeof object.since === "object" ? object.since.low || object.since.high : $Number(object.since) !== 0)
                    if ($util.Long)
                        message.since = $util.Long.fromValue(object.since, false);
                    else if (typeof object.since === "string")
                        message.since = $parseInt(object.since, 10);
                    else if (typeof object.since === "number")
                        message.since = object.since;
                    else if (typeof object.since === "object")
                        message.since = new $util.LongBits(object.since.low >>> 0, object.since.high >>> 0).toNumber();
            if (object.resumeFromChunk != null)
                if ($Number(object.resumeFromChunk) !== 0)
                    message.resumeFromChunk = object.resumeFromChunk >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a HistoryRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.HistoryRequest
         * @static
         * @param {meow.HistoryRequest} message HistoryRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HistoryRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.requestId = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.since = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.since = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.resumeFromChunk = 0;
            }
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                object.requestId = message.requestId;
            if (message.since != null && $Object.hasOwnProperty.call(message, "since"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.since = typeof message.since === "number" ? $BigInt(message.since) : $util.Long.fromBits(message.since.low >>> 0, message.since.high >>> 0, false).toBigInt();
                else if (typeof message.since === "number")
                    object.since = options.longs === $String ? $String(message.since) : message.since;
                else
                    object.since = options.longs === $String ? $util.Long.prototype.toString.call(message.since) : options.longs === $Number ? new $util.LongBits(message.since.low >>> 0, message.since.high >>> 0).toNumber() : message.since;
            if (message.resumeFromChunk != null && $Object.hasOwnProperty.call(message, "resumeFromChunk"))
                object.resumeFromChunk = message.resumeFromChunk;
            return object;
        };

        /**
         * Converts this HistoryRequest to JSON.
         * @function toJSON
         * @memberof meow.HistoryRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HistoryRequest.prototype.toJSON = function() {
            return HistoryRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for HistoryRequest
         * @function getTypeUrl
         * @memberof meow.HistoryRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        HistoryRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.HistoryRequest";
        };

        return HistoryRequest;
    })();

    meow.HistoryChunk = (function() {

        /**
         * Properties of a HistoryChunk.
         * @typedef {Object} meow.HistoryChunk.$Properties
         * @property {string|null} [requestId] HistoryChunk requestId
         * @property {number|null} [index] HistoryChunk index
         * @property {number|null} [total] HistoryChunk total
         * @property {Array.<meow.SyncedMessage.$Properties>|null} [messages] HistoryChunk messages
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HistoryChunk.
         * @memberof meow
         * @interface IHistoryChunk
         * @augments meow.HistoryChunk.$Properties
         * @deprecated Use meow.HistoryChunk.$Properties instead.
         */

        /**
         * Shape of a HistoryChunk.
         * @typedef {meow.HistoryChunk.$Properties} meow.HistoryChunk.$Shape
         */

        /**
         * Constructs a new HistoryChunk.
         * @memberof meow
         * @classdesc Represents a HistoryChunk.
         * @constructor
         * @param {meow.HistoryChunk.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HistoryChunk = function (properties) {
            this.messages = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HistoryChunk requestId.
         * @member {string} requestId
         * @memberof meow.HistoryChunk
         * @instance
         */
        HistoryChunk.prototype.requestId = "";

        /**
         * HistoryChunk index.
         * @member {number} index
         * @memberof meow.HistoryChunk
         * @instance
         */
        HistoryChunk.prototype.index = 0;

        /**
         * HistoryChunk total.
         * @member {number} total
         * @memberof meow.HistoryChunk
         * @instance
         */
        HistoryChunk.prototype.total = 0;

        /**
         * HistoryChunk messages.
         * @member {Array.<meow.SyncedMessage.$Properties>} messages
         * @memberof meow.HistoryChunk
         * @instance
         */
        HistoryChunk.prototype.messages = $util.emptyArray;

        /**
         * Creates a new HistoryChunk instance using the specified properties.
         * @function create
         * @memberof meow.HistoryChunk
         * @static
         * @param {meow.HistoryChunk.$Properties=} [properties] Properties to set
         * @returns {meow.HistoryChunk} HistoryChunk instance
         * @type {{
         *   (properties: meow.HistoryChunk.$Shape): meow.HistoryChunk & meow.HistoryChunk.$Shape;
         *   (properties?: meow.HistoryChunk.$Properties): meow.HistoryChunk;
         * }}
         */
        HistoryChunk.create = function(properties) {
            return new HistoryChunk(properties);
        };

        /**
         * Encodes the specified HistoryChunk message. Does not implicitly {@link meow.HistoryChunk.verify|verify} messages.
         * @function encode
         * @memberof meow.HistoryChunk
         * @static
         * @param {meow.HistoryChunk.$Properties} message HistoryChunk message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HistoryChunk.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.index);
            if (message.total != null && $Object.hasOwnProperty.call(message, "total") && message.total !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.total);
            if (message.messages != null && message.messages.length)
                for (let i = 0; i < message.messages.length; ++i)
                    $root.meow.SyncedMessage.encode(message.messages[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified HistoryChunk message, length delimited. Does not implicitly {@link meow.HistoryChunk.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.HistoryChunk
         * @static
         * @param {meow.HistoryChunk.$Properties} message HistoryChunk message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HistoryChunk.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a HistoryChunk message from the specified reader or buffer.
         * @function decode
         * @memberof meow.HistoryChunk
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.HistoryChunk & meow.HistoryChunk.$Shape} HistoryChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HistoryChunk.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.HistoryChunk();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.requestId = value;
                        else
                            delete message.requestId;
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
                        if (value = reader.uint32())
                            message.total = value;
                        else
                            delete message.total;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.messages && message.messages.length))
                            message.messages = [];
                        message.messages.push($root.meow.SyncedMessage.decode(reader, reader.size(), $undefined, _depth + 1));
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

        /**
         * Decodes a HistoryChunk message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.HistoryChunk
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.HistoryChunk & meow.HistoryChunk.$Shape} HistoryChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HistoryChunk.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a HistoryChunk message.
         * @function verify
         * @memberof meow.HistoryChunk
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        HistoryChunk.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                if (!$util.isString(message.requestId))
                    return "requestId: string expected";
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                if (!$util.isInteger(message.index))
                    return "index: integer expected";
            if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                if (!$util.isInteger(message.total))
                    return "total: integer expected";
            if (message.messages != null && $Object.hasOwnProperty.call(message, "messages")) {
                if (!$Array.isArray(message.messages))
                    return "messages: array expected";
                for (let i = 0; i < message.messages.length; ++i) {
                    let error = $root.meow.SyncedMessage.verify(message.messages[i], _depth + 1);
                    if (error)
                        return "messages." + error;
                }
            }
            return null;
        };

        /**
         * Creates a HistoryChunk message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.HistoryChunk
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.HistoryChunk} HistoryChunk
         */
        HistoryChunk.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.HistoryChunk)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.HistoryChunk: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.HistoryChunk();
            if (object.requestId != null)
                if (typeof object.requestId !== "string" || object.requestId.length)
                    message.requestId = $String(object.requestId);
            if (object.index != null)
                if ($Number(object.index) !== 0)
                    message.index = object.index >>> 0;
            if (object.total != null)
                if ($Number(object.total) !== 0)
                    message.total = object.total >>> 0;
            if (object.messages) {
                if (!$Array.isArray(object.messages))
                    throw $TypeError(".meow.HistoryChunk.messages: array expected");
                message.messages = $Array(object.messages.length);
                for (let i = 0; i < object.messages.length; ++i) {
                    if (!$util.isObject(object.messages[i]))
                        throw $TypeError(".meow.HistoryChunk.messages: object expected");
                    message.messages[i] = $root.meow.SyncedMessage.fromObject(object.messages[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a HistoryChunk message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.HistoryChunk
         * @static
         * @param {meow.HistoryChunk} message HistoryChunk
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HistoryChunk.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.messages = [];
            if (options.defaults) {
                object.requestId = "";
                object.index = 0;
                object.total = 0;
            }
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                object.requestId = message.requestId;
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                object.index = message.index;
            if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                object.total = message.total;
            if (message.messages && message.messages.length) {
                object.messages = $Array(message.messages.length);
                for (let j = 0; j < message.messages.length; ++j)
                    object.messages[j] = $root.meow.SyncedMessage.toObject(message.messages[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this HistoryChunk to JSON.
         * @function toJSON
         * @memberof meow.HistoryChunk
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HistoryChunk.prototype.toJSON = function() {
            return HistoryChunk.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for HistoryChunk
         * @function getTypeUrl
         * @memberof meow.HistoryChunk
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        HistoryChunk.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.HistoryChunk";
        };

        return HistoryChunk;
    })();

    meow.SyncedMessage = (function() {

        /**
         * Properties of a SyncedMessage.
         * @typedef {Object} meow.SyncedMessage.$Properties
         * @property {string|null} [peerUid] SyncedMessage peerUid
         * @property {meow.DbMessage.$Properties|null} [message] SyncedMessage message
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SyncedMessage.
         * @memberof meow
         * @interface ISyncedMessage
         * @augments meow.SyncedMessage.$Properties
         * @deprecated Use meow.SyncedMessage.$Properties instead.
         */

        /**
         * Shape of a SyncedMessage.
         * @typedef {meow.SyncedMessage.$Properties} meow.SyncedMessage.$Shape
         */

        /**
         * Constructs a new SyncedMessage.
         * @memberof meow
         * @classdesc Represents a SyncedMessage.
         * @constructor
         * @param {meow.SyncedMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SyncedMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SyncedMessage peerUid.
         * @member {string} peerUid
         * @memberof meow.SyncedMessage
         * @instance
         */
        SyncedMessage.prototype.peerUid = "";

        /**
         * SyncedMessage message.
         * @member {meow.DbMessage.$Properties|null|undefined} message
         * @memberof meow.SyncedMessage
         * @instance
         */
        SyncedMessage.prototype.message = null;

        /**
         * Creates a new SyncedMessage instance using the specified properties.
         * @function create
         * @memberof meow.SyncedMessage
         * @static
         * @param {meow.SyncedMessage.$Properties=} [properties] Properties to set
         * @returns {meow.SyncedMessage} SyncedMessage instance
         * @type {{
         *   (properties: meow.SyncedMessage.$Shape): meow.SyncedMessage & meow.SyncedMessage.$Shape;
         *   (properties?: meow.SyncedMessage.$Properties): meow.SyncedMessage;
         * }}
         */
        SyncedMessage.create = function(properties) {
            return new SyncedMessage(properties);
        };

        /**
         * Encodes the specified SyncedMessage message. Does not implicitly {@link meow.SyncedMessage.verify|verify} messages.
         * @function encode
         * @memberof meow.SyncedMessage
         * @static
         * @param {meow.SyncedMessage.$Properties} message SyncedMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SyncedMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.peerUid != null && $Object.hasOwnProperty.call(message, "peerUid") && message.peerUid !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerUid);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                $root.meow.DbMessage.encode(message.message, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SyncedMessage message, length delimited. Does not implicitly {@link meow.SyncedMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meow.SyncedMessage
         * @static
         * @param {meow.SyncedMessage.$Properties} message SyncedMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SyncedMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SyncedMessage message from the specified reader or buffer.
         * @function decode
         * @memberof meow.SyncedMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meow.SyncedMessage & meow.SyncedMessage.$Shape} SyncedMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SyncedMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.meow.SyncedMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.peerUid = value;
                        else
                            delete message.peerUid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.message = $root.meow.DbMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
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

        /**
         * Decodes a SyncedMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meow.SyncedMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meow.SyncedMessage & meow.SyncedMessage.$Shape} SyncedMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SyncedMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SyncedMessage message.
         * @function verify
         * @memberof meow.SyncedMessage
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SyncedMessage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.peerUid != null && $Object.hasOwnProperty.call(message, "peerUid"))
                if (!$util.isString(message.peerUid))
                    return "peerUid: string expected";
            if (message.message != null && $Object.hasOwnProperty.call(message, "message")) {
                let error = $root.meow.DbMessage.verify(message.message, _depth + 1);
                if (error)
                    return "message." + error;
            }
            return null;
        };

        /**
         * Creates a SyncedMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meow.SyncedMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {meow.SyncedMessage} SyncedMessage
         */
        SyncedMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.meow.SyncedMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".meow.SyncedMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.meow.SyncedMessage();
            if (object.peerUid != null)
                if (typeof object.peerUid !== "string" || object.peerUid.length)
                    message.peerUid = $String(object.peerUid);
            if (object.message != null) {
                if (!$util.isObject(object.message))
                    throw $TypeError(".meow.SyncedMessage.message: object expected");
                message.message = $root.meow.DbMessage.fromObject(object.message, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a SyncedMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meow.SyncedMessage
         * @static
         * @param {meow.SyncedMessage} message SyncedMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SyncedMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.peerUid = "";
                object.message = null;
            }
            if (message.peerUid != null && $Object.hasOwnProperty.call(message, "peerUid"))
                object.peerUid = message.peerUid;
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                object.message = $root.meow.DbMessage.toObject(message.message, options, _depth + 1);
            return object;
        };

        /**
         * Converts this SyncedMessage to JSON.
         * @function toJSON
         * @memberof meow.SyncedMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SyncedMessage.prototype.toJSON = function() {
            return SyncedMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SyncedMessage
         * @function getTypeUrl
         * @memberof meow.SyncedMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SyncedMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meow.SyncedMessage";
        };

        return SyncedMessage;
    })();

    return meow;
})();

export {
  $root as default
};
