import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace meow {

    interface IPackedServerMessage extends meow.PackedServerMessage.$Properties {
    }

    class PackedServerMessage {
        constructor(properties?: meow.PackedServerMessage.$Properties);
        $unknowns?: Uint8Array[];
        from: Uint8Array;
        payload: Uint8Array;
        signature: Uint8Array;
        version: number;
        static create(properties: meow.PackedServerMessage.$Shape): meow.PackedServerMessage & meow.PackedServerMessage.$Shape;
        static create(properties?: meow.PackedServerMessage.$Properties): meow.PackedServerMessage;
        static encode(message: meow.PackedServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.PackedServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.PackedServerMessage & meow.PackedServerMessage.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.PackedServerMessage & meow.PackedServerMessage.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.PackedServerMessage;
        static toObject(message: meow.PackedServerMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PackedServerMessage {
        interface $Properties {
            from?: (Uint8Array|null);
            payload?: (Uint8Array|null);
            signature?: (Uint8Array|null);
            version?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.PackedServerMessage.$Properties;
    }

    interface IPackedServerReply extends meow.PackedServerReply.$Properties {
    }

    class PackedServerReply {
        constructor(properties?: meow.PackedServerReply.$Properties);
        $unknowns?: Uint8Array[];
        payload: Uint8Array;
        error?: (meow.ServerError.$Properties|null);
        version: number;
        static create(properties: meow.PackedServerReply.$Shape): meow.PackedServerReply & meow.PackedServerReply.$Shape;
        static create(properties?: meow.PackedServerReply.$Properties): meow.PackedServerReply;
        static encode(message: meow.PackedServerReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.PackedServerReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.PackedServerReply & meow.PackedServerReply.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.PackedServerReply & meow.PackedServerReply.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.PackedServerReply;
        static toObject(message: meow.PackedServerReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PackedServerReply {
        interface $Properties {
            payload?: (Uint8Array|null);
            error?: (meow.ServerError.$Properties|null);
            version?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.PackedServerReply.$Properties;
    }

    interface IToServerMessage extends meow.ToServerMessage.$Properties {
    }

    class ToServerMessage {
        constructor(properties?: meow.ToServerMessage.$Properties);
        $unknowns?: Uint8Array[];
        version: number;
        uuid: string;
        timestamp: number;
        messages: meow.PackedUserMessage.$Properties[];
        pullRequests: meow.PullRequest.$Properties[];
        longPollMs: number;
        acks: meow.QueueAck.$Properties[];
        invitation?: (meow.InvitationRequest.$Properties|null);
        blob?: (meow.BlobRequest.$Properties|null);
        static create(properties: meow.ToServerMessage.$Shape): meow.ToServerMessage & meow.ToServerMessage.$Shape;
        static create(properties?: meow.ToServerMessage.$Properties): meow.ToServerMessage;
        static encode(message: meow.ToServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.ToServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.ToServerMessage & meow.ToServerMessage.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.ToServerMessage & meow.ToServerMessage.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.ToServerMessage;
        static toObject(message: meow.ToServerMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ToServerMessage {
        interface $Properties {
            version?: (number|null);
            uuid?: (string|null);
            timestamp?: (number|null);
            messages?: (meow.PackedUserMessage.$Properties[]|null);
            pullRequests?: (meow.PullRequest.$Properties[]|null);
            longPollMs?: (number|null);
            acks?: (meow.QueueAck.$Properties[]|null);
            invitation?: (meow.InvitationRequest.$Properties|null);
            blob?: (meow.BlobRequest.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.ToServerMessage.$Properties;
    }

    interface IPullRequest extends meow.PullRequest.$Properties {
    }

    class PullRequest {
        constructor(properties?: meow.PullRequest.$Properties);
        $unknowns?: Uint8Array[];
        lookupKey: Uint8Array;
        pullToken: Uint8Array;
        after: number;
        maxEntries: number;
        static create(properties: meow.PullRequest.$Shape): meow.PullRequest & meow.PullRequest.$Shape;
        static create(properties?: meow.PullRequest.$Properties): meow.PullRequest;
        static encode(message: meow.PullRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.PullRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.PullRequest & meow.PullRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.PullRequest & meow.PullRequest.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.PullRequest;
        static toObject(message: meow.PullRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PullRequest {
        interface $Properties {
            lookupKey?: (Uint8Array|null);
            pullToken?: (Uint8Array|null);
            after?: (number|null);
            maxEntries?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.PullRequest.$Properties;
    }

    interface IQueueAck extends meow.QueueAck.$Properties {
    }

    class QueueAck {
        constructor(properties?: meow.QueueAck.$Properties);
        $unknowns?: Uint8Array[];
        lookupKey: Uint8Array;
        pullToken: Uint8Array;
        cursor: number;
        static create(properties: meow.QueueAck.$Shape): meow.QueueAck & meow.QueueAck.$Shape;
        static create(properties?: meow.QueueAck.$Properties): meow.QueueAck;
        static encode(message: meow.QueueAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.QueueAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.QueueAck & meow.QueueAck.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.QueueAck & meow.QueueAck.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.QueueAck;
        static toObject(message: meow.QueueAck, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace QueueAck {
        interface $Properties {
            lookupKey?: (Uint8Array|null);
            pullToken?: (Uint8Array|null);
            cursor?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.QueueAck.$Properties;
    }

    interface IBlobRequest extends meow.BlobRequest.$Properties {
    }

    class BlobRequest {
        constructor(properties?: meow.BlobRequest.$Properties);
        $unknowns?: Uint8Array[];
        op: meow.BlobRequest.Op;
        blobId: Uint8Array;
        token: Uint8Array;
        index: number;
        chunkCount: number;
        chunkHashes: Uint8Array;
        uploadTokenHash: Uint8Array;
        deleteTokenHash: Uint8Array;
        static create(properties: meow.BlobRequest.$Shape): meow.BlobRequest & meow.BlobRequest.$Shape;
        static create(properties?: meow.BlobRequest.$Properties): meow.BlobRequest;
        static encode(message: meow.BlobRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.BlobRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.BlobRequest & meow.BlobRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.BlobRequest & meow.BlobRequest.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.BlobRequest;
        static toObject(message: meow.BlobRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BlobRequest {
        interface $Properties {
            op?: (meow.BlobRequest.Op|null);
            blobId?: (Uint8Array|null);
            token?: (Uint8Array|null);
            index?: (number|null);
            chunkCount?: (number|null);
            chunkHashes?: (Uint8Array|null);
            uploadTokenHash?: (Uint8Array|null);
            deleteTokenHash?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.BlobRequest.$Properties;

        enum Op {
            OP_UNSPECIFIED = 0,
            CREATE = 1,
            PUT = 2,
            GET = 3,
            STATUS = 4,
            DELETE = 5
        }
    }

    interface IBlobResult extends meow.BlobResult.$Properties {
    }

    class BlobResult {
        constructor(properties?: meow.BlobResult.$Properties);
        $unknowns?: Uint8Array[];
        chunkCount: number;
        present: Uint8Array;
        expiresAt: number;
        index: number;
        static create(properties: meow.BlobResult.$Shape): meow.BlobResult & meow.BlobResult.$Shape;
        static create(properties?: meow.BlobResult.$Properties): meow.BlobResult;
        static encode(message: meow.BlobResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.BlobResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.BlobResult & meow.BlobResult.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.BlobResult & meow.BlobResult.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.BlobResult;
        static toObject(message: meow.BlobResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BlobResult {
        interface $Properties {
            chunkCount?: (number|null);
            present?: (Uint8Array|null);
            expiresAt?: (number|null);
            index?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.BlobResult.$Properties;
    }

    interface IInvitationRequest extends meow.InvitationRequest.$Properties {
    }

    class InvitationRequest {
        constructor(properties?: meow.InvitationRequest.$Properties);
        $unknowns?: Uint8Array[];
        op: meow.InvitationRequest.Op;
        invitation?: (meow.Invitation.$Properties|null);
        static create(properties: meow.InvitationRequest.$Shape): meow.InvitationRequest & meow.InvitationRequest.$Shape;
        static create(properties?: meow.InvitationRequest.$Properties): meow.InvitationRequest;
        static encode(message: meow.InvitationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.InvitationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.InvitationRequest & meow.InvitationRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.InvitationRequest & meow.InvitationRequest.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.InvitationRequest;
        static toObject(message: meow.InvitationRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace InvitationRequest {
        interface $Properties {
            op?: (meow.InvitationRequest.Op|null);
            invitation?: (meow.Invitation.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.InvitationRequest.$Properties;

        enum Op {
            OP_UNSPECIFIED = 0,
            CREATE = 1,
            GET = 2,
            DELETE = 3
        }
    }

    interface IFromServerMessage extends meow.FromServerMessage.$Properties {
    }

    class FromServerMessage {
        constructor(properties?: meow.FromServerMessage.$Properties);
        $unknowns?: Uint8Array[];
        version: number;
        uuid: string;
        serverTime: number;
        chat: meow.QueueBatch.$Properties[];
        pushResults: meow.PushResult.$Properties[];
        invitation?: (meow.InvitationResult.$Properties|null);
        error?: (meow.ServerError.$Properties|null);
        ackResults: meow.AckResult.$Properties[];
        blob?: (meow.BlobResult.$Properties|null);
        static create(properties: meow.FromServerMessage.$Shape): meow.FromServerMessage & meow.FromServerMessage.$Shape;
        static create(properties?: meow.FromServerMessage.$Properties): meow.FromServerMessage;
        static encode(message: meow.FromServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.FromServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.FromServerMessage & meow.FromServerMessage.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.FromServerMessage & meow.FromServerMessage.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.FromServerMessage;
        static toObject(message: meow.FromServerMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace FromServerMessage {
        interface $Properties {
            version?: (number|null);
            uuid?: (string|null);
            serverTime?: (number|null);
            chat?: (meow.QueueBatch.$Properties[]|null);
            pushResults?: (meow.PushResult.$Properties[]|null);
            invitation?: (meow.InvitationResult.$Properties|null);
            error?: (meow.ServerError.$Properties|null);
            ackResults?: (meow.AckResult.$Properties[]|null);
            blob?: (meow.BlobResult.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.FromServerMessage.$Properties;
    }

    interface IQueueEntry extends meow.QueueEntry.$Properties {
    }

    class QueueEntry {
        constructor(properties?: meow.QueueEntry.$Properties);
        $unknowns?: Uint8Array[];
        seq: number;
        message?: (meow.PackedUserMessage.$Properties|null);
        receivedAt: number;
        static create(properties: meow.QueueEntry.$Shape): meow.QueueEntry & meow.QueueEntry.$Shape;
        static create(properties?: meow.QueueEntry.$Properties): meow.QueueEntry;
        static encode(message: meow.QueueEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.QueueEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.QueueEntry & meow.QueueEntry.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.QueueEntry & meow.QueueEntry.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.QueueEntry;
        static toObject(message: meow.QueueEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace QueueEntry {
        interface $Properties {
            seq?: (number|null);
            message?: (meow.PackedUserMessage.$Properties|null);
            receivedAt?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.QueueEntry.$Properties;
    }

    interface IQueueBatch extends meow.QueueBatch.$Properties {
    }

    class QueueBatch {
        constructor(properties?: meow.QueueBatch.$Properties);
        $unknowns?: Uint8Array[];
        lookupKey: Uint8Array;
        entries: meow.QueueEntry.$Properties[];
        cursor: number;
        more: boolean;
        errorCode: string;
        expired: number;
        expiredUnknown: boolean;
        static create(properties: meow.QueueBatch.$Shape): meow.QueueBatch & meow.QueueBatch.$Shape;
        static create(properties?: meow.QueueBatch.$Properties): meow.QueueBatch;
        static encode(message: meow.QueueBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.QueueBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.QueueBatch & meow.QueueBatch.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.QueueBatch & meow.QueueBatch.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.QueueBatch;
        static toObject(message: meow.QueueBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace QueueBatch {
        interface $Properties {
            lookupKey?: (Uint8Array|null);
            entries?: (meow.QueueEntry.$Properties[]|null);
            cursor?: (number|null);
            more?: (boolean|null);
            errorCode?: (string|null);
            expired?: (number|null);
            expiredUnknown?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.QueueBatch.$Properties;
    }

    interface IPushResult extends meow.PushResult.$Properties {
    }

    class PushResult {
        constructor(properties?: meow.PushResult.$Properties);
        $unknowns?: Uint8Array[];
        accepted: boolean;
        errorCode: string;
        retryAfterMs: number;
        static create(properties: meow.PushResult.$Shape): meow.PushResult & meow.PushResult.$Shape;
        static create(properties?: meow.PushResult.$Properties): meow.PushResult;
        static encode(message: meow.PushResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.PushResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.PushResult & meow.PushResult.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.PushResult & meow.PushResult.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.PushResult;
        static toObject(message: meow.PushResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PushResult {
        interface $Properties {
            accepted?: (boolean|null);
            errorCode?: (string|null);
            retryAfterMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.PushResult.$Properties;
    }

    interface IAckResult extends meow.AckResult.$Properties {
    }

    class AckResult {
        constructor(properties?: meow.AckResult.$Properties);
        $unknowns?: Uint8Array[];
        ok: boolean;
        errorCode: string;
        static create(properties: meow.AckResult.$Shape): meow.AckResult & meow.AckResult.$Shape;
        static create(properties?: meow.AckResult.$Properties): meow.AckResult;
        static encode(message: meow.AckResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.AckResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.AckResult & meow.AckResult.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.AckResult & meow.AckResult.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.AckResult;
        static toObject(message: meow.AckResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AckResult {
        interface $Properties {
            ok?: (boolean|null);
            errorCode?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.AckResult.$Properties;
    }

    interface IInvitationResult extends meow.InvitationResult.$Properties {
    }

    class InvitationResult {
        constructor(properties?: meow.InvitationResult.$Properties);
        $unknowns?: Uint8Array[];
        ok: boolean;
        invitation?: (meow.Invitation.$Properties|null);
        errorCode: string;
        static create(properties: meow.InvitationResult.$Shape): meow.InvitationResult & meow.InvitationResult.$Shape;
        static create(properties?: meow.InvitationResult.$Properties): meow.InvitationResult;
        static encode(message: meow.InvitationResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.InvitationResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.InvitationResult & meow.InvitationResult.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.InvitationResult & meow.InvitationResult.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.InvitationResult;
        static toObject(message: meow.InvitationResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace InvitationResult {
        interface $Properties {
            ok?: (boolean|null);
            invitation?: (meow.Invitation.$Properties|null);
            errorCode?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.InvitationResult.$Properties;
    }

    interface IServerError extends meow.ServerError.$Properties {
    }

    class ServerError {
        constructor(properties?: meow.ServerError.$Properties);
        $unknowns?: Uint8Array[];
        code: string;
        message: string;
        retryAfterMs: number;
        static create(properties: meow.ServerError.$Shape): meow.ServerError & meow.ServerError.$Shape;
        static create(properties?: meow.ServerError.$Properties): meow.ServerError;
        static encode(message: meow.ServerError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.ServerError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.ServerError & meow.ServerError.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.ServerError & meow.ServerError.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.ServerError;
        static toObject(message: meow.ServerError, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ServerError {
        interface $Properties {
            code?: (string|null);
            message?: (string|null);
            retryAfterMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.ServerError.$Properties;
    }

    interface IServerCard extends meow.ServerCard.$Properties {
    }

    class ServerCard {
        constructor(properties?: meow.ServerCard.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        url: string;
        publicKey: Uint8Array;
        protocolVersion: number;
        limits?: (meow.ServerLimits.$Properties|null);
        software: string;
        signingKey: Uint8Array;
        signature: Uint8Array;
        static create(properties: meow.ServerCard.$Shape): meow.ServerCard & meow.ServerCard.$Shape;
        static create(properties?: meow.ServerCard.$Properties): meow.ServerCard;
        static encode(message: meow.ServerCard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.ServerCard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.ServerCard & meow.ServerCard.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.ServerCard & meow.ServerCard.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.ServerCard;
        static toObject(message: meow.ServerCard, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ServerCard {
        interface $Properties {
            name?: (string|null);
            url?: (string|null);
            publicKey?: (Uint8Array|null);
            protocolVersion?: (number|null);
            limits?: (meow.ServerLimits.$Properties|null);
            software?: (string|null);
            signingKey?: (Uint8Array|null);
            signature?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.ServerCard.$Properties;
    }

    interface IServerLimits extends meow.ServerLimits.$Properties {
    }

    class ServerLimits {
        constructor(properties?: meow.ServerLimits.$Properties);
        $unknowns?: Uint8Array[];
        maxBodyBytes: number;
        maxMessageBytes: number;
        maxMessagesPerPush: number;
        maxKeysPerPull: number;
        maxEntriesPerPull: number;
        maxLongPollMs: number;
        queueTtlSeconds: number;
        queueMaxLength: number;
        invitationMaxExpirySeconds: number;
        queueMaxBytes: number;
        replayWindowMs: number;
        maxHeldPollsPerAddress: number;
        blobMaxChunks: number;
        blobTtlSeconds: number;
        static create(properties: meow.ServerLimits.$Shape): meow.ServerLimits & meow.ServerLimits.$Shape;
        static create(properties?: meow.ServerLimits.$Properties): meow.ServerLimits;
        static encode(message: meow.ServerLimits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.ServerLimits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.ServerLimits & meow.ServerLimits.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.ServerLimits & meow.ServerLimits.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.ServerLimits;
        static toObject(message: meow.ServerLimits, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ServerLimits {
        interface $Properties {
            maxBodyBytes?: (number|null);
            maxMessageBytes?: (number|null);
            maxMessagesPerPush?: (number|null);
            maxKeysPerPull?: (number|null);
            maxEntriesPerPull?: (number|null);
            maxLongPollMs?: (number|null);
            queueTtlSeconds?: (number|null);
            queueMaxLength?: (number|null);
            invitationMaxExpirySeconds?: (number|null);
            queueMaxBytes?: (number|null);
            replayWindowMs?: (number|null);
            maxHeldPollsPerAddress?: (number|null);
            blobMaxChunks?: (number|null);
            blobTtlSeconds?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.ServerLimits.$Properties;
    }

    interface IPackedUserMessage extends meow.PackedUserMessage.$Properties {
    }

    class PackedUserMessage {
        constructor(properties?: meow.PackedUserMessage.$Properties);
        $unknowns?: Uint8Array[];
        destination: Uint8Array;
        payload: Uint8Array;
        sendToken: Uint8Array;
        static create(properties: meow.PackedUserMessage.$Shape): meow.PackedUserMessage & meow.PackedUserMessage.$Shape;
        static create(properties?: meow.PackedUserMessage.$Properties): meow.PackedUserMessage;
        static encode(message: meow.PackedUserMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.PackedUserMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.PackedUserMessage & meow.PackedUserMessage.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.PackedUserMessage & meow.PackedUserMessage.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.PackedUserMessage;
        static toObject(message: meow.PackedUserMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PackedUserMessage {
        interface $Properties {
            destination?: (Uint8Array|null);
            payload?: (Uint8Array|null);
            sendToken?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.PackedUserMessage.$Properties;
    }

    interface IUserMessage extends meow.UserMessage.$Properties {
    }

    class UserMessage {
        constructor(properties?: meow.UserMessage.$Properties);
        $unknowns?: Uint8Array[];
        type: string;
        text: string;
        appdata: Uint8Array;
        status?: (meow.ConversationStatus.$Properties|null);
        acks: meow.MessageAck.$Properties[];
        contact?: (meow.ContactCard.$Properties|null);
        fromName: string;
        targetUuid: string;
        revision: number;
        expireTimer: number;
        expireTimerVersion: number;
        attachments: meow.AttachmentPointer.$Properties[];
        static create(properties: meow.UserMessage.$Shape): meow.UserMessage & meow.UserMessage.$Shape;
        static create(properties?: meow.UserMessage.$Properties): meow.UserMessage;
        static encode(message: meow.UserMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.UserMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.UserMessage & meow.UserMessage.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.UserMessage & meow.UserMessage.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.UserMessage;
        static toObject(message: meow.UserMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace UserMessage {
        interface $Properties {
            type?: (string|null);
            text?: (string|null);
            appdata?: (Uint8Array|null);
            status?: (meow.ConversationStatus.$Properties|null);
            acks?: (meow.MessageAck.$Properties[]|null);
            contact?: (meow.ContactCard.$Properties|null);
            fromName?: (string|null);
            targetUuid?: (string|null);
            revision?: (number|null);
            expireTimer?: (number|null);
            expireTimerVersion?: (number|null);
            attachments?: (meow.AttachmentPointer.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.UserMessage.$Properties;
    }

    interface ISessionReset extends meow.SessionReset.$Properties {
    }

    class SessionReset {
        constructor(properties?: meow.SessionReset.$Properties);
        $unknowns?: Uint8Array[];
        resetId: string;
        resetAt: number;
        drRootKey: Uint8Array;
        drPublicKey: Uint8Array;
        signature: Uint8Array;
        static create(properties: meow.SessionReset.$Shape): meow.SessionReset & meow.SessionReset.$Shape;
        static create(properties?: meow.SessionReset.$Properties): meow.SessionReset;
        static encode(message: meow.SessionReset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.SessionReset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.SessionReset & meow.SessionReset.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.SessionReset & meow.SessionReset.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.SessionReset;
        static toObject(message: meow.SessionReset, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SessionReset {
        interface $Properties {
            resetId?: (string|null);
            resetAt?: (number|null);
            drRootKey?: (Uint8Array|null);
            drPublicKey?: (Uint8Array|null);
            signature?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.SessionReset.$Properties;
    }

    interface IAddressUpdate extends meow.AddressUpdate.$Properties {
    }

    class AddressUpdate {
        constructor(properties?: meow.AddressUpdate.$Properties);
        $unknowns?: Uint8Array[];
        lookupKey: Uint8Array;
        sendToken: Uint8Array;
        static create(properties: meow.AddressUpdate.$Shape): meow.AddressUpdate & meow.AddressUpdate.$Shape;
        static create(properties?: meow.AddressUpdate.$Properties): meow.AddressUpdate;
        static encode(message: meow.AddressUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.AddressUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.AddressUpdate & meow.AddressUpdate.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.AddressUpdate & meow.AddressUpdate.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.AddressUpdate;
        static toObject(message: meow.AddressUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AddressUpdate {
        interface $Properties {
            lookupKey?: (Uint8Array|null);
            sendToken?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.AddressUpdate.$Properties;
    }

    interface IConversationStatus extends meow.ConversationStatus.$Properties {
    }

    class ConversationStatus {
        constructor(properties?: meow.ConversationStatus.$Properties);
        $unknowns?: Uint8Array[];
        uuid: string;
        sent: number;
        received: number;
        processed: number;
        replyToUuid: string;
        static create(properties: meow.ConversationStatus.$Shape): meow.ConversationStatus & meow.ConversationStatus.$Shape;
        static create(properties?: meow.ConversationStatus.$Properties): meow.ConversationStatus;
        static encode(message: meow.ConversationStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.ConversationStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.ConversationStatus & meow.ConversationStatus.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.ConversationStatus & meow.ConversationStatus.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.ConversationStatus;
        static toObject(message: meow.ConversationStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ConversationStatus {
        interface $Properties {
            uuid?: (string|null);
            sent?: (number|null);
            received?: (number|null);
            processed?: (number|null);
            replyToUuid?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.ConversationStatus.$Properties;
    }

    interface IMessageAck extends meow.MessageAck.$Properties {
    }

    class MessageAck {
        constructor(properties?: meow.MessageAck.$Properties);
        $unknowns?: Uint8Array[];
        uuid: string;
        delivered: number;
        processed: number;
        static create(properties: meow.MessageAck.$Shape): meow.MessageAck & meow.MessageAck.$Shape;
        static create(properties?: meow.MessageAck.$Properties): meow.MessageAck;
        static encode(message: meow.MessageAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.MessageAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.MessageAck & meow.MessageAck.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.MessageAck & meow.MessageAck.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.MessageAck;
        static toObject(message: meow.MessageAck, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace MessageAck {
        interface $Properties {
            uuid?: (string|null);
            delivered?: (number|null);
            processed?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.MessageAck.$Properties;
    }

    interface IAttachmentPointer extends meow.AttachmentPointer.$Properties {
    }

    class AttachmentPointer {
        constructor(properties?: meow.AttachmentPointer.$Properties);
        $unknowns?: Uint8Array[];
        version: number;
        relayUrl: string;
        readToken: Uint8Array;
        key: Uint8Array;
        digest: Uint8Array;
        plaintextLength: number;
        chunkCount: number;
        mimeType: string;
        name: string;
        width: number;
        height: number;
        thumbnail: Uint8Array;
        static create(properties: meow.AttachmentPointer.$Shape): meow.AttachmentPointer & meow.AttachmentPointer.$Shape;
        static create(properties?: meow.AttachmentPointer.$Properties): meow.AttachmentPointer;
        static encode(message: meow.AttachmentPointer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.AttachmentPointer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.AttachmentPointer & meow.AttachmentPointer.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.AttachmentPointer & meow.AttachmentPointer.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.AttachmentPointer;
        static toObject(message: meow.AttachmentPointer, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AttachmentPointer {
        interface $Properties {
            version?: (number|null);
            relayUrl?: (string|null);
            readToken?: (Uint8Array|null);
            key?: (Uint8Array|null);
            digest?: (Uint8Array|null);
            plaintextLength?: (number|null);
            chunkCount?: (number|null);
            mimeType?: (string|null);
            name?: (string|null);
            width?: (number|null);
            height?: (number|null);
            thumbnail?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.AttachmentPointer.$Properties;
    }

    interface IContactCard extends meow.ContactCard.$Properties {
    }

    class ContactCard {
        constructor(properties?: meow.ContactCard.$Properties);
        $unknowns?: Uint8Array[];
        version: number;
        type: string;
        name: string;
        identityPublicKey: Uint8Array;
        encryptionPublicKey: Uint8Array;
        lookupKey: Uint8Array;
        pullServers: meow.ServerCard.$Properties[];
        symKey: Uint8Array;
        drRootKey: Uint8Array;
        drPublicKey: Uint8Array;
        invitationUuid: string;
        createdAt: number;
        signature: Uint8Array;
        deviceUid: string;
        sendToken: Uint8Array;
        static create(properties: meow.ContactCard.$Shape): meow.ContactCard & meow.ContactCard.$Shape;
        static create(properties?: meow.ContactCard.$Properties): meow.ContactCard;
        static encode(message: meow.ContactCard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.ContactCard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.ContactCard & meow.ContactCard.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.ContactCard & meow.ContactCard.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.ContactCard;
        static toObject(message: meow.ContactCard, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ContactCard {
        interface $Properties {
            version?: (number|null);
            type?: (string|null);
            name?: (string|null);
            identityPublicKey?: (Uint8Array|null);
            encryptionPublicKey?: (Uint8Array|null);
            lookupKey?: (Uint8Array|null);
            pullServers?: (meow.ServerCard.$Properties[]|null);
            symKey?: (Uint8Array|null);
            drRootKey?: (Uint8Array|null);
            drPublicKey?: (Uint8Array|null);
            invitationUuid?: (string|null);
            createdAt?: (number|null);
            signature?: (Uint8Array|null);
            deviceUid?: (string|null);
            sendToken?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.ContactCard.$Properties;
    }

    interface IInvitation extends meow.Invitation.$Properties {
    }

    class Invitation {
        constructor(properties?: meow.Invitation.$Properties);
        $unknowns?: Uint8Array[];
        payload: Uint8Array;
        timeout: number;
        shortcodeLen: number;
        shortcode: string;
        password: string;
        uuid: string;
        expiry: number;
        step: number;
        deleteToken: Uint8Array;
        static create(properties: meow.Invitation.$Shape): meow.Invitation & meow.Invitation.$Shape;
        static create(properties?: meow.Invitation.$Properties): meow.Invitation;
        static encode(message: meow.Invitation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.Invitation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.Invitation & meow.Invitation.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.Invitation & meow.Invitation.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.Invitation;
        static toObject(message: meow.Invitation, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Invitation {
        interface $Properties {
            payload?: (Uint8Array|null);
            timeout?: (number|null);
            shortcodeLen?: (number|null);
            shortcode?: (string|null);
            password?: (string|null);
            uuid?: (string|null);
            expiry?: (number|null);
            step?: (number|null);
            deleteToken?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.Invitation.$Properties;
    }

    interface IDbMessage extends meow.DbMessage.$Properties {
    }

    class DbMessage {
        constructor(properties?: meow.DbMessage.$Properties);
        $unknowns?: Uint8Array[];
        outbound: boolean;
        type: string;
        text: string;
        appdata: Uint8Array;
        status?: (meow.ConversationStatus.$Properties|null);
        state: string;
        failureReason: string;
        createdAt: number;
        deliveredAt: number;
        readAt: number;
        edits: meow.MessageEdit.$Properties[];
        editedAt: number;
        deleted: string;
        expireTimer: number;
        expireStart: number;
        timerChange?: (meow.ExpiryTimerChange.$Properties|null);
        attachments: meow.AttachmentPointer.$Properties[];
        static create(properties: meow.DbMessage.$Shape): meow.DbMessage & meow.DbMessage.$Shape;
        static create(properties?: meow.DbMessage.$Properties): meow.DbMessage;
        static encode(message: meow.DbMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.DbMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.DbMessage & meow.DbMessage.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.DbMessage & meow.DbMessage.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.DbMessage;
        static toObject(message: meow.DbMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DbMessage {
        interface $Properties {
            outbound?: (boolean|null);
            type?: (string|null);
            text?: (string|null);
            appdata?: (Uint8Array|null);
            status?: (meow.ConversationStatus.$Properties|null);
            state?: (string|null);
            failureReason?: (string|null);
            createdAt?: (number|null);
            deliveredAt?: (number|null);
            readAt?: (number|null);
            edits?: (meow.MessageEdit.$Properties[]|null);
            editedAt?: (number|null);
            deleted?: (string|null);
            expireTimer?: (number|null);
            expireStart?: (number|null);
            timerChange?: (meow.ExpiryTimerChange.$Properties|null);
            attachments?: (meow.AttachmentPointer.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.DbMessage.$Properties;
    }

    interface IMessageEdit extends meow.MessageEdit.$Properties {
    }

    class MessageEdit {
        constructor(properties?: meow.MessageEdit.$Properties);
        $unknowns?: Uint8Array[];
        editUuid: string;
        revision: number;
        sent: number;
        text: string;
        static create(properties: meow.MessageEdit.$Shape): meow.MessageEdit & meow.MessageEdit.$Shape;
        static create(properties?: meow.MessageEdit.$Properties): meow.MessageEdit;
        static encode(message: meow.MessageEdit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.MessageEdit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.MessageEdit & meow.MessageEdit.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.MessageEdit & meow.MessageEdit.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.MessageEdit;
        static toObject(message: meow.MessageEdit, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace MessageEdit {
        interface $Properties {
            editUuid?: (string|null);
            revision?: (number|null);
            sent?: (number|null);
            text?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.MessageEdit.$Properties;
    }

    interface IExpiryTimerChange extends meow.ExpiryTimerChange.$Properties {
    }

    class ExpiryTimerChange {
        constructor(properties?: meow.ExpiryTimerChange.$Properties);
        $unknowns?: Uint8Array[];
        seconds: number;
        version: number;
        static create(properties: meow.ExpiryTimerChange.$Shape): meow.ExpiryTimerChange & meow.ExpiryTimerChange.$Shape;
        static create(properties?: meow.ExpiryTimerChange.$Properties): meow.ExpiryTimerChange;
        static encode(message: meow.ExpiryTimerChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.ExpiryTimerChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.ExpiryTimerChange & meow.ExpiryTimerChange.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.ExpiryTimerChange & meow.ExpiryTimerChange.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.ExpiryTimerChange;
        static toObject(message: meow.ExpiryTimerChange, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ExpiryTimerChange {
        interface $Properties {
            seconds?: (number|null);
            version?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.ExpiryTimerChange.$Properties;
    }

    interface IDeviceSyncPayload extends meow.DeviceSyncPayload.$Properties {
    }

    class DeviceSyncPayload {
        constructor(properties?: meow.DeviceSyncPayload.$Properties);
        $unknowns?: Uint8Array[];
        syncType: string;
        peerUid: string;
        dbMessage?: (meow.DbMessage.$Properties|null);
        dedupId: string;
        peerData: Uint8Array;
        identityData: Uint8Array;
        forwardPayload: Uint8Array;
        forwardPeerUid: string;
        server?: (meow.ServerCard.$Properties|null);
        historyRequest?: (meow.HistoryRequest.$Properties|null);
        historyChunk?: (meow.HistoryChunk.$Properties|null);
        revokedDeviceUid: string;
        primaryEpoch: number;
        handoff?: (meow.PrimaryHandoff.$Properties|null);
        entries: Uint8Array[];
        clearedAt: number;
        attachment?: (meow.AttachmentCopy.$Properties|null);
        static create(properties: meow.DeviceSyncPayload.$Shape): meow.DeviceSyncPayload & meow.DeviceSyncPayload.$Shape;
        static create(properties?: meow.DeviceSyncPayload.$Properties): meow.DeviceSyncPayload;
        static encode(message: meow.DeviceSyncPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.DeviceSyncPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.DeviceSyncPayload & meow.DeviceSyncPayload.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.DeviceSyncPayload & meow.DeviceSyncPayload.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.DeviceSyncPayload;
        static toObject(message: meow.DeviceSyncPayload, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DeviceSyncPayload {
        interface $Properties {
            syncType?: (string|null);
            peerUid?: (string|null);
            dbMessage?: (meow.DbMessage.$Properties|null);
            dedupId?: (string|null);
            peerData?: (Uint8Array|null);
            identityData?: (Uint8Array|null);
            forwardPayload?: (Uint8Array|null);
            forwardPeerUid?: (string|null);
            server?: (meow.ServerCard.$Properties|null);
            historyRequest?: (meow.HistoryRequest.$Properties|null);
            historyChunk?: (meow.HistoryChunk.$Properties|null);
            revokedDeviceUid?: (string|null);
            primaryEpoch?: (number|null);
            handoff?: (meow.PrimaryHandoff.$Properties|null);
            entries?: (Uint8Array[]|null);
            clearedAt?: (number|null);
            attachment?: (meow.AttachmentCopy.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.DeviceSyncPayload.$Properties;
    }

    interface IAttachmentCopy extends meow.AttachmentCopy.$Properties {
    }

    class AttachmentCopy {
        constructor(properties?: meow.AttachmentCopy.$Properties);
        $unknowns?: Uint8Array[];
        messageUuid: string;
        position: number;
        pointer?: (meow.AttachmentPointer.$Properties|null);
        static create(properties: meow.AttachmentCopy.$Shape): meow.AttachmentCopy & meow.AttachmentCopy.$Shape;
        static create(properties?: meow.AttachmentCopy.$Properties): meow.AttachmentCopy;
        static encode(message: meow.AttachmentCopy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.AttachmentCopy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.AttachmentCopy & meow.AttachmentCopy.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.AttachmentCopy & meow.AttachmentCopy.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.AttachmentCopy;
        static toObject(message: meow.AttachmentCopy, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AttachmentCopy {
        interface $Properties {
            messageUuid?: (string|null);
            position?: (number|null);
            pointer?: (meow.AttachmentPointer.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.AttachmentCopy.$Properties;
    }

    interface IPrimaryHandoff extends meow.PrimaryHandoff.$Properties {
    }

    class PrimaryHandoff {
        constructor(properties?: meow.PrimaryHandoff.$Properties);
        $unknowns?: Uint8Array[];
        peerData: Uint8Array;
        epoch: number;
        seenEnvelopes: Uint8Array[];
        owedAcks: meow.OwedAckEntry.$Properties[];
        static create(properties: meow.PrimaryHandoff.$Shape): meow.PrimaryHandoff & meow.PrimaryHandoff.$Shape;
        static create(properties?: meow.PrimaryHandoff.$Properties): meow.PrimaryHandoff;
        static encode(message: meow.PrimaryHandoff.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.PrimaryHandoff.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.PrimaryHandoff & meow.PrimaryHandoff.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.PrimaryHandoff & meow.PrimaryHandoff.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.PrimaryHandoff;
        static toObject(message: meow.PrimaryHandoff, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PrimaryHandoff {
        interface $Properties {
            peerData?: (Uint8Array|null);
            epoch?: (number|null);
            seenEnvelopes?: (Uint8Array[]|null);
            owedAcks?: (meow.OwedAckEntry.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.PrimaryHandoff.$Properties;
    }

    interface IOwedAckEntry extends meow.OwedAckEntry.$Properties {
    }

    class OwedAckEntry {
        constructor(properties?: meow.OwedAckEntry.$Properties);
        $unknowns?: Uint8Array[];
        uuid: string;
        kind: string;
        at: number;
        static create(properties: meow.OwedAckEntry.$Shape): meow.OwedAckEntry & meow.OwedAckEntry.$Shape;
        static create(properties?: meow.OwedAckEntry.$Properties): meow.OwedAckEntry;
        static encode(message: meow.OwedAckEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.OwedAckEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.OwedAckEntry & meow.OwedAckEntry.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.OwedAckEntry & meow.OwedAckEntry.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.OwedAckEntry;
        static toObject(message: meow.OwedAckEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace OwedAckEntry {
        interface $Properties {
            uuid?: (string|null);
            kind?: (string|null);
            at?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.OwedAckEntry.$Properties;
    }

    interface IHistoryRequest extends meow.HistoryRequest.$Properties {
    }

    class HistoryRequest {
        constructor(properties?: meow.HistoryRequest.$Properties);
        $unknowns?: Uint8Array[];
        requestId: string;
        since: number;
        resumeFromChunk: number;
        static create(properties: meow.HistoryRequest.$Shape): meow.HistoryRequest & meow.HistoryRequest.$Shape;
        static create(properties?: meow.HistoryRequest.$Properties): meow.HistoryRequest;
        static encode(message: meow.HistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.HistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.HistoryRequest & meow.HistoryRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.HistoryRequest & meow.HistoryRequest.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.HistoryRequest;
        static toObject(message: meow.HistoryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace HistoryRequest {
        interface $Properties {
            requestId?: (string|null);
            since?: (number|null);
            resumeFromChunk?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.HistoryRequest.$Properties;
    }

    interface IHistoryChunk extends meow.HistoryChunk.$Properties {
    }

    class HistoryChunk {
        constructor(properties?: meow.HistoryChunk.$Properties);
        $unknowns?: Uint8Array[];
        requestId: string;
        index: number;
        total: number;
        messages: meow.SyncedMessage.$Properties[];
        static create(properties: meow.HistoryChunk.$Shape): meow.HistoryChunk & meow.HistoryChunk.$Shape;
        static create(properties?: meow.HistoryChunk.$Properties): meow.HistoryChunk;
        static encode(message: meow.HistoryChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.HistoryChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.HistoryChunk & meow.HistoryChunk.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.HistoryChunk & meow.HistoryChunk.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.HistoryChunk;
        static toObject(message: meow.HistoryChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace HistoryChunk {
        interface $Properties {
            requestId?: (string|null);
            index?: (number|null);
            total?: (number|null);
            messages?: (meow.SyncedMessage.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.HistoryChunk.$Properties;
    }

    interface ISyncedMessage extends meow.SyncedMessage.$Properties {
    }

    class SyncedMessage {
        constructor(properties?: meow.SyncedMessage.$Properties);
        $unknowns?: Uint8Array[];
        peerUid: string;
        message?: (meow.DbMessage.$Properties|null);
        static create(properties: meow.SyncedMessage.$Shape): meow.SyncedMessage & meow.SyncedMessage.$Shape;
        static create(properties?: meow.SyncedMessage.$Properties): meow.SyncedMessage;
        static encode(message: meow.SyncedMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: meow.SyncedMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meow.SyncedMessage & meow.SyncedMessage.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meow.SyncedMessage & meow.SyncedMessage.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): meow.SyncedMessage;
        static toObject(message: meow.SyncedMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SyncedMessage {
        interface $Properties {
            peerUid?: (string|null);
            message?: (meow.DbMessage.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = meow.SyncedMessage.$Properties;
    }
}
