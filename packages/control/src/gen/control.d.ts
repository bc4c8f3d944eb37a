import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace hvsim. */
export namespace hvsim {

    /** Namespace control. */
    namespace control {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a DomctlServiceCreateDomainRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceCreateDomainRequest.$Properties instead.
             */
            interface IDomctlServiceCreateDomainRequest extends hvsim.control.v1.DomctlServiceCreateDomainRequest.$Properties {
            }

            /** Represents a DomctlServiceCreateDomainRequest. */
            class DomctlServiceCreateDomainRequest {

                /**
                 * Constructs a new DomctlServiceCreateDomainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceCreateDomainRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * 0 lets the core pick the lowest free domid (as Xen does); otherwise a
                 * free domid below DOMID_FIRST_RESERVED (32752), else EEXIST / EINVAL.
                 */
                domid: number;

                /** DomctlServiceCreateDomainRequest type. */
                type: hvsim.control.v1.DomainType;

                /** Grants the domain domctl/sysctl rights (dom0 only, in practice). */
                privileged: boolean;

                /** vCPUs 0 .. max_vcpus-1 exist; vCPU 0 comes up when unpaused. */
                maxVcpus: number;

                /** Memory populated at creation, from guest-physical 0x8000_0000. */
                memoryKb: number;

                /** XEN_DOMCTL_max_mem; 0 means memory_kb. */
                maxMemoryKb: number;

                /** DomctlServiceCreateDomainRequest ssidref. */
                ssidref: number;

                /** xen_domain_handle_t: 16 bytes, or empty for all zeros. */
                handle: Uint8Array;

                /**
                 * Highest event channel port the domain may allocate (Xen's max_evtchn_port,
                 * inclusive): binding a port above it is ENOSPC on either ABI. 0 = no bound
                 * but the ABI's (4,095 two-level, 131,071 FIFO), as Xen gives dom0; libxl
                 * passes xl's max_event_channels (default 1023).
                 */
                maxEvtchnPort: number;

                /** Grant table frames (0 = the default). */
                maxGrantFrames: number;

                /**
                 * Creates a new DomctlServiceCreateDomainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceCreateDomainRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceCreateDomainRequest.$Shape): hvsim.control.v1.DomctlServiceCreateDomainRequest & hvsim.control.v1.DomctlServiceCreateDomainRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceCreateDomainRequest.$Properties): hvsim.control.v1.DomctlServiceCreateDomainRequest;

                /**
                 * Encodes the specified DomctlServiceCreateDomainRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceCreateDomainRequest.verify|verify} messages.
                 * @param message DomctlServiceCreateDomainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceCreateDomainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceCreateDomainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceCreateDomainRequest & hvsim.control.v1.DomctlServiceCreateDomainRequest.$Shape} DomctlServiceCreateDomainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceCreateDomainRequest & hvsim.control.v1.DomctlServiceCreateDomainRequest.$Shape;

                /**
                 * Creates a DomctlServiceCreateDomainRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceCreateDomainRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceCreateDomainRequest;

                /**
                 * Creates a plain object from a DomctlServiceCreateDomainRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceCreateDomainRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceCreateDomainRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceCreateDomainRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceCreateDomainRequest {

                /** Properties of a DomctlServiceCreateDomainRequest. */
                interface $Properties {

                    /**
                     * 0 lets the core pick the lowest free domid (as Xen does); otherwise a
                     * free domid below DOMID_FIRST_RESERVED (32752), else EEXIST / EINVAL.
                     */
                    domid?: number;

                    /** DomctlServiceCreateDomainRequest type */
                    type?: hvsim.control.v1.DomainType;

                    /** Grants the domain domctl/sysctl rights (dom0 only, in practice). */
                    privileged?: boolean;

                    /** vCPUs 0 .. max_vcpus-1 exist; vCPU 0 comes up when unpaused. */
                    maxVcpus?: number;

                    /** Memory populated at creation, from guest-physical 0x8000_0000. */
                    memoryKb?: number;

                    /** XEN_DOMCTL_max_mem; 0 means memory_kb. */
                    maxMemoryKb?: number;

                    /** DomctlServiceCreateDomainRequest ssidref */
                    ssidref?: number;

                    /** xen_domain_handle_t: 16 bytes, or empty for all zeros. */
                    handle?: Uint8Array;

                    /**
                     * Highest event channel port the domain may allocate (Xen's max_evtchn_port,
                     * inclusive): binding a port above it is ENOSPC on either ABI. 0 = no bound
                     * but the ABI's (4,095 two-level, 131,071 FIFO), as Xen gives dom0; libxl
                     * passes xl's max_event_channels (default 1023).
                     */
                    maxEvtchnPort?: number;

                    /** Grant table frames (0 = the default). */
                    maxGrantFrames?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceCreateDomainRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceCreateDomainRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceCreateDomainResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceCreateDomainResponse.$Properties instead.
             */
            interface IDomctlServiceCreateDomainResponse extends hvsim.control.v1.DomctlServiceCreateDomainResponse.$Properties {
            }

            /** Represents a DomctlServiceCreateDomainResponse. */
            class DomctlServiceCreateDomainResponse {

                /**
                 * Constructs a new DomctlServiceCreateDomainResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceCreateDomainResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceCreateDomainResponse domid. */
                domid: number;

                /**
                 * Creates a new DomctlServiceCreateDomainResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceCreateDomainResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceCreateDomainResponse.$Shape): hvsim.control.v1.DomctlServiceCreateDomainResponse & hvsim.control.v1.DomctlServiceCreateDomainResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceCreateDomainResponse.$Properties): hvsim.control.v1.DomctlServiceCreateDomainResponse;

                /**
                 * Encodes the specified DomctlServiceCreateDomainResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceCreateDomainResponse.verify|verify} messages.
                 * @param message DomctlServiceCreateDomainResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceCreateDomainResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceCreateDomainResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceCreateDomainResponse & hvsim.control.v1.DomctlServiceCreateDomainResponse.$Shape} DomctlServiceCreateDomainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceCreateDomainResponse & hvsim.control.v1.DomctlServiceCreateDomainResponse.$Shape;

                /**
                 * Creates a DomctlServiceCreateDomainResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceCreateDomainResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceCreateDomainResponse;

                /**
                 * Creates a plain object from a DomctlServiceCreateDomainResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceCreateDomainResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceCreateDomainResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceCreateDomainResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceCreateDomainResponse {

                /** Properties of a DomctlServiceCreateDomainResponse. */
                interface $Properties {

                    /** DomctlServiceCreateDomainResponse domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceCreateDomainResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceCreateDomainResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceDestroyDomainRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceDestroyDomainRequest.$Properties instead.
             */
            interface IDomctlServiceDestroyDomainRequest extends hvsim.control.v1.DomctlServiceDestroyDomainRequest.$Properties {
            }

            /** Represents a DomctlServiceDestroyDomainRequest. */
            class DomctlServiceDestroyDomainRequest {

                /**
                 * Constructs a new DomctlServiceDestroyDomainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceDestroyDomainRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceDestroyDomainRequest domid. */
                domid: number;

                /**
                 * Creates a new DomctlServiceDestroyDomainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceDestroyDomainRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceDestroyDomainRequest.$Shape): hvsim.control.v1.DomctlServiceDestroyDomainRequest & hvsim.control.v1.DomctlServiceDestroyDomainRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceDestroyDomainRequest.$Properties): hvsim.control.v1.DomctlServiceDestroyDomainRequest;

                /**
                 * Encodes the specified DomctlServiceDestroyDomainRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceDestroyDomainRequest.verify|verify} messages.
                 * @param message DomctlServiceDestroyDomainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceDestroyDomainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceDestroyDomainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceDestroyDomainRequest & hvsim.control.v1.DomctlServiceDestroyDomainRequest.$Shape} DomctlServiceDestroyDomainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceDestroyDomainRequest & hvsim.control.v1.DomctlServiceDestroyDomainRequest.$Shape;

                /**
                 * Creates a DomctlServiceDestroyDomainRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceDestroyDomainRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceDestroyDomainRequest;

                /**
                 * Creates a plain object from a DomctlServiceDestroyDomainRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceDestroyDomainRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceDestroyDomainRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceDestroyDomainRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceDestroyDomainRequest {

                /** Properties of a DomctlServiceDestroyDomainRequest. */
                interface $Properties {

                    /** DomctlServiceDestroyDomainRequest domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceDestroyDomainRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceDestroyDomainRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceDestroyDomainResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceDestroyDomainResponse.$Properties instead.
             */
            interface IDomctlServiceDestroyDomainResponse extends hvsim.control.v1.DomctlServiceDestroyDomainResponse.$Properties {
            }

            /** Represents a DomctlServiceDestroyDomainResponse. */
            class DomctlServiceDestroyDomainResponse {

                /**
                 * Constructs a new DomctlServiceDestroyDomainResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceDestroyDomainResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServiceDestroyDomainResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceDestroyDomainResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceDestroyDomainResponse.$Shape): hvsim.control.v1.DomctlServiceDestroyDomainResponse & hvsim.control.v1.DomctlServiceDestroyDomainResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceDestroyDomainResponse.$Properties): hvsim.control.v1.DomctlServiceDestroyDomainResponse;

                /**
                 * Encodes the specified DomctlServiceDestroyDomainResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceDestroyDomainResponse.verify|verify} messages.
                 * @param message DomctlServiceDestroyDomainResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceDestroyDomainResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceDestroyDomainResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceDestroyDomainResponse & hvsim.control.v1.DomctlServiceDestroyDomainResponse.$Shape} DomctlServiceDestroyDomainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceDestroyDomainResponse & hvsim.control.v1.DomctlServiceDestroyDomainResponse.$Shape;

                /**
                 * Creates a DomctlServiceDestroyDomainResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceDestroyDomainResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceDestroyDomainResponse;

                /**
                 * Creates a plain object from a DomctlServiceDestroyDomainResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceDestroyDomainResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceDestroyDomainResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceDestroyDomainResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceDestroyDomainResponse {

                /** Properties of a DomctlServiceDestroyDomainResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceDestroyDomainResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceDestroyDomainResponse.$Properties;
            }

            /**
             * Properties of a DomctlServicePauseDomainRequest.
             * @deprecated Use hvsim.control.v1.DomctlServicePauseDomainRequest.$Properties instead.
             */
            interface IDomctlServicePauseDomainRequest extends hvsim.control.v1.DomctlServicePauseDomainRequest.$Properties {
            }

            /** Represents a DomctlServicePauseDomainRequest. */
            class DomctlServicePauseDomainRequest {

                /**
                 * Constructs a new DomctlServicePauseDomainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServicePauseDomainRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServicePauseDomainRequest domid. */
                domid: number;

                /**
                 * Creates a new DomctlServicePauseDomainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServicePauseDomainRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServicePauseDomainRequest.$Shape): hvsim.control.v1.DomctlServicePauseDomainRequest & hvsim.control.v1.DomctlServicePauseDomainRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServicePauseDomainRequest.$Properties): hvsim.control.v1.DomctlServicePauseDomainRequest;

                /**
                 * Encodes the specified DomctlServicePauseDomainRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServicePauseDomainRequest.verify|verify} messages.
                 * @param message DomctlServicePauseDomainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServicePauseDomainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServicePauseDomainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServicePauseDomainRequest & hvsim.control.v1.DomctlServicePauseDomainRequest.$Shape} DomctlServicePauseDomainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServicePauseDomainRequest & hvsim.control.v1.DomctlServicePauseDomainRequest.$Shape;

                /**
                 * Creates a DomctlServicePauseDomainRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServicePauseDomainRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServicePauseDomainRequest;

                /**
                 * Creates a plain object from a DomctlServicePauseDomainRequest message. Also converts values to other types if specified.
                 * @param message DomctlServicePauseDomainRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServicePauseDomainRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServicePauseDomainRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServicePauseDomainRequest {

                /** Properties of a DomctlServicePauseDomainRequest. */
                interface $Properties {

                    /** DomctlServicePauseDomainRequest domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServicePauseDomainRequest. */
                type $Shape = hvsim.control.v1.DomctlServicePauseDomainRequest.$Properties;
            }

            /**
             * Properties of a DomctlServicePauseDomainResponse.
             * @deprecated Use hvsim.control.v1.DomctlServicePauseDomainResponse.$Properties instead.
             */
            interface IDomctlServicePauseDomainResponse extends hvsim.control.v1.DomctlServicePauseDomainResponse.$Properties {
            }

            /** Represents a DomctlServicePauseDomainResponse. */
            class DomctlServicePauseDomainResponse {

                /**
                 * Constructs a new DomctlServicePauseDomainResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServicePauseDomainResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServicePauseDomainResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServicePauseDomainResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServicePauseDomainResponse.$Shape): hvsim.control.v1.DomctlServicePauseDomainResponse & hvsim.control.v1.DomctlServicePauseDomainResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServicePauseDomainResponse.$Properties): hvsim.control.v1.DomctlServicePauseDomainResponse;

                /**
                 * Encodes the specified DomctlServicePauseDomainResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServicePauseDomainResponse.verify|verify} messages.
                 * @param message DomctlServicePauseDomainResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServicePauseDomainResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServicePauseDomainResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServicePauseDomainResponse & hvsim.control.v1.DomctlServicePauseDomainResponse.$Shape} DomctlServicePauseDomainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServicePauseDomainResponse & hvsim.control.v1.DomctlServicePauseDomainResponse.$Shape;

                /**
                 * Creates a DomctlServicePauseDomainResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServicePauseDomainResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServicePauseDomainResponse;

                /**
                 * Creates a plain object from a DomctlServicePauseDomainResponse message. Also converts values to other types if specified.
                 * @param message DomctlServicePauseDomainResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServicePauseDomainResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServicePauseDomainResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServicePauseDomainResponse {

                /** Properties of a DomctlServicePauseDomainResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServicePauseDomainResponse. */
                type $Shape = hvsim.control.v1.DomctlServicePauseDomainResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceUnpauseDomainRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceUnpauseDomainRequest.$Properties instead.
             */
            interface IDomctlServiceUnpauseDomainRequest extends hvsim.control.v1.DomctlServiceUnpauseDomainRequest.$Properties {
            }

            /** Represents a DomctlServiceUnpauseDomainRequest. */
            class DomctlServiceUnpauseDomainRequest {

                /**
                 * Constructs a new DomctlServiceUnpauseDomainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceUnpauseDomainRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceUnpauseDomainRequest domid. */
                domid: number;

                /**
                 * Creates a new DomctlServiceUnpauseDomainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceUnpauseDomainRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceUnpauseDomainRequest.$Shape): hvsim.control.v1.DomctlServiceUnpauseDomainRequest & hvsim.control.v1.DomctlServiceUnpauseDomainRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceUnpauseDomainRequest.$Properties): hvsim.control.v1.DomctlServiceUnpauseDomainRequest;

                /**
                 * Encodes the specified DomctlServiceUnpauseDomainRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceUnpauseDomainRequest.verify|verify} messages.
                 * @param message DomctlServiceUnpauseDomainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceUnpauseDomainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceUnpauseDomainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceUnpauseDomainRequest & hvsim.control.v1.DomctlServiceUnpauseDomainRequest.$Shape} DomctlServiceUnpauseDomainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceUnpauseDomainRequest & hvsim.control.v1.DomctlServiceUnpauseDomainRequest.$Shape;

                /**
                 * Creates a DomctlServiceUnpauseDomainRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceUnpauseDomainRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceUnpauseDomainRequest;

                /**
                 * Creates a plain object from a DomctlServiceUnpauseDomainRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceUnpauseDomainRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceUnpauseDomainRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceUnpauseDomainRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceUnpauseDomainRequest {

                /** Properties of a DomctlServiceUnpauseDomainRequest. */
                interface $Properties {

                    /** DomctlServiceUnpauseDomainRequest domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceUnpauseDomainRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceUnpauseDomainRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceUnpauseDomainResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceUnpauseDomainResponse.$Properties instead.
             */
            interface IDomctlServiceUnpauseDomainResponse extends hvsim.control.v1.DomctlServiceUnpauseDomainResponse.$Properties {
            }

            /** Represents a DomctlServiceUnpauseDomainResponse. */
            class DomctlServiceUnpauseDomainResponse {

                /**
                 * Constructs a new DomctlServiceUnpauseDomainResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceUnpauseDomainResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServiceUnpauseDomainResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceUnpauseDomainResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceUnpauseDomainResponse.$Shape): hvsim.control.v1.DomctlServiceUnpauseDomainResponse & hvsim.control.v1.DomctlServiceUnpauseDomainResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceUnpauseDomainResponse.$Properties): hvsim.control.v1.DomctlServiceUnpauseDomainResponse;

                /**
                 * Encodes the specified DomctlServiceUnpauseDomainResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceUnpauseDomainResponse.verify|verify} messages.
                 * @param message DomctlServiceUnpauseDomainResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceUnpauseDomainResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceUnpauseDomainResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceUnpauseDomainResponse & hvsim.control.v1.DomctlServiceUnpauseDomainResponse.$Shape} DomctlServiceUnpauseDomainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceUnpauseDomainResponse & hvsim.control.v1.DomctlServiceUnpauseDomainResponse.$Shape;

                /**
                 * Creates a DomctlServiceUnpauseDomainResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceUnpauseDomainResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceUnpauseDomainResponse;

                /**
                 * Creates a plain object from a DomctlServiceUnpauseDomainResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceUnpauseDomainResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceUnpauseDomainResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceUnpauseDomainResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceUnpauseDomainResponse {

                /** Properties of a DomctlServiceUnpauseDomainResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceUnpauseDomainResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceUnpauseDomainResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceShutdownDomainRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceShutdownDomainRequest.$Properties instead.
             */
            interface IDomctlServiceShutdownDomainRequest extends hvsim.control.v1.DomctlServiceShutdownDomainRequest.$Properties {
            }

            /** Represents a DomctlServiceShutdownDomainRequest. */
            class DomctlServiceShutdownDomainRequest {

                /**
                 * Constructs a new DomctlServiceShutdownDomainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceShutdownDomainRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceShutdownDomainRequest domid. */
                domid: number;

                /** DomctlServiceShutdownDomainRequest reason. */
                reason: hvsim.control.v1.ShutdownReason;

                /**
                 * Creates a new DomctlServiceShutdownDomainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceShutdownDomainRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceShutdownDomainRequest.$Shape): hvsim.control.v1.DomctlServiceShutdownDomainRequest & hvsim.control.v1.DomctlServiceShutdownDomainRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceShutdownDomainRequest.$Properties): hvsim.control.v1.DomctlServiceShutdownDomainRequest;

                /**
                 * Encodes the specified DomctlServiceShutdownDomainRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceShutdownDomainRequest.verify|verify} messages.
                 * @param message DomctlServiceShutdownDomainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceShutdownDomainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceShutdownDomainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceShutdownDomainRequest & hvsim.control.v1.DomctlServiceShutdownDomainRequest.$Shape} DomctlServiceShutdownDomainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceShutdownDomainRequest & hvsim.control.v1.DomctlServiceShutdownDomainRequest.$Shape;

                /**
                 * Creates a DomctlServiceShutdownDomainRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceShutdownDomainRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceShutdownDomainRequest;

                /**
                 * Creates a plain object from a DomctlServiceShutdownDomainRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceShutdownDomainRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceShutdownDomainRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceShutdownDomainRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceShutdownDomainRequest {

                /** Properties of a DomctlServiceShutdownDomainRequest. */
                interface $Properties {

                    /** DomctlServiceShutdownDomainRequest domid */
                    domid?: number;

                    /** DomctlServiceShutdownDomainRequest reason */
                    reason?: hvsim.control.v1.ShutdownReason;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceShutdownDomainRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceShutdownDomainRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceShutdownDomainResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceShutdownDomainResponse.$Properties instead.
             */
            interface IDomctlServiceShutdownDomainResponse extends hvsim.control.v1.DomctlServiceShutdownDomainResponse.$Properties {
            }

            /** Represents a DomctlServiceShutdownDomainResponse. */
            class DomctlServiceShutdownDomainResponse {

                /**
                 * Constructs a new DomctlServiceShutdownDomainResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceShutdownDomainResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServiceShutdownDomainResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceShutdownDomainResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceShutdownDomainResponse.$Shape): hvsim.control.v1.DomctlServiceShutdownDomainResponse & hvsim.control.v1.DomctlServiceShutdownDomainResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceShutdownDomainResponse.$Properties): hvsim.control.v1.DomctlServiceShutdownDomainResponse;

                /**
                 * Encodes the specified DomctlServiceShutdownDomainResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceShutdownDomainResponse.verify|verify} messages.
                 * @param message DomctlServiceShutdownDomainResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceShutdownDomainResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceShutdownDomainResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceShutdownDomainResponse & hvsim.control.v1.DomctlServiceShutdownDomainResponse.$Shape} DomctlServiceShutdownDomainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceShutdownDomainResponse & hvsim.control.v1.DomctlServiceShutdownDomainResponse.$Shape;

                /**
                 * Creates a DomctlServiceShutdownDomainResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceShutdownDomainResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceShutdownDomainResponse;

                /**
                 * Creates a plain object from a DomctlServiceShutdownDomainResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceShutdownDomainResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceShutdownDomainResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceShutdownDomainResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceShutdownDomainResponse {

                /** Properties of a DomctlServiceShutdownDomainResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceShutdownDomainResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceShutdownDomainResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceGetDomainInfoRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceGetDomainInfoRequest.$Properties instead.
             */
            interface IDomctlServiceGetDomainInfoRequest extends hvsim.control.v1.DomctlServiceGetDomainInfoRequest.$Properties {
            }

            /** Represents a DomctlServiceGetDomainInfoRequest. */
            class DomctlServiceGetDomainInfoRequest {

                /**
                 * Constructs a new DomctlServiceGetDomainInfoRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGetDomainInfoRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceGetDomainInfoRequest domid. */
                domid: number;

                /**
                 * Creates a new DomctlServiceGetDomainInfoRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGetDomainInfoRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGetDomainInfoRequest.$Shape): hvsim.control.v1.DomctlServiceGetDomainInfoRequest & hvsim.control.v1.DomctlServiceGetDomainInfoRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGetDomainInfoRequest.$Properties): hvsim.control.v1.DomctlServiceGetDomainInfoRequest;

                /**
                 * Encodes the specified DomctlServiceGetDomainInfoRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGetDomainInfoRequest.verify|verify} messages.
                 * @param message DomctlServiceGetDomainInfoRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGetDomainInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGetDomainInfoRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGetDomainInfoRequest & hvsim.control.v1.DomctlServiceGetDomainInfoRequest.$Shape} DomctlServiceGetDomainInfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGetDomainInfoRequest & hvsim.control.v1.DomctlServiceGetDomainInfoRequest.$Shape;

                /**
                 * Creates a DomctlServiceGetDomainInfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGetDomainInfoRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGetDomainInfoRequest;

                /**
                 * Creates a plain object from a DomctlServiceGetDomainInfoRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceGetDomainInfoRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGetDomainInfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGetDomainInfoRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGetDomainInfoRequest {

                /** Properties of a DomctlServiceGetDomainInfoRequest. */
                interface $Properties {

                    /** DomctlServiceGetDomainInfoRequest domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGetDomainInfoRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceGetDomainInfoRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceGetDomainInfoResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceGetDomainInfoResponse.$Properties instead.
             */
            interface IDomctlServiceGetDomainInfoResponse extends hvsim.control.v1.DomctlServiceGetDomainInfoResponse.$Properties {
            }

            /** Represents a DomctlServiceGetDomainInfoResponse. */
            class DomctlServiceGetDomainInfoResponse {

                /**
                 * Constructs a new DomctlServiceGetDomainInfoResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGetDomainInfoResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceGetDomainInfoResponse info. */
                info: hvsim.control.v1.DomainInfo;

                /**
                 * Creates a new DomctlServiceGetDomainInfoResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGetDomainInfoResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGetDomainInfoResponse.$Shape): hvsim.control.v1.DomctlServiceGetDomainInfoResponse & hvsim.control.v1.DomctlServiceGetDomainInfoResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGetDomainInfoResponse.$Properties): hvsim.control.v1.DomctlServiceGetDomainInfoResponse;

                /**
                 * Encodes the specified DomctlServiceGetDomainInfoResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGetDomainInfoResponse.verify|verify} messages.
                 * @param message DomctlServiceGetDomainInfoResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGetDomainInfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGetDomainInfoResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGetDomainInfoResponse & hvsim.control.v1.DomctlServiceGetDomainInfoResponse.$Shape} DomctlServiceGetDomainInfoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGetDomainInfoResponse & hvsim.control.v1.DomctlServiceGetDomainInfoResponse.$Shape;

                /**
                 * Creates a DomctlServiceGetDomainInfoResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGetDomainInfoResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGetDomainInfoResponse;

                /**
                 * Creates a plain object from a DomctlServiceGetDomainInfoResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceGetDomainInfoResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGetDomainInfoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGetDomainInfoResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGetDomainInfoResponse {

                /** Properties of a DomctlServiceGetDomainInfoResponse. */
                interface $Properties {

                    /** DomctlServiceGetDomainInfoResponse info */
                    info?: hvsim.control.v1.DomainInfo.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGetDomainInfoResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceGetDomainInfoResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceListDomainsRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceListDomainsRequest.$Properties instead.
             */
            interface IDomctlServiceListDomainsRequest extends hvsim.control.v1.DomctlServiceListDomainsRequest.$Properties {
            }

            /** Represents a DomctlServiceListDomainsRequest. */
            class DomctlServiceListDomainsRequest {

                /**
                 * Constructs a new DomctlServiceListDomainsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceListDomainsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Domains with domid >= first_domid, in domid order. */
                firstDomid: number;

                /** At most this many (0 = no limit). */
                maxDomains: number;

                /**
                 * Creates a new DomctlServiceListDomainsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceListDomainsRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceListDomainsRequest.$Shape): hvsim.control.v1.DomctlServiceListDomainsRequest & hvsim.control.v1.DomctlServiceListDomainsRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceListDomainsRequest.$Properties): hvsim.control.v1.DomctlServiceListDomainsRequest;

                /**
                 * Encodes the specified DomctlServiceListDomainsRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceListDomainsRequest.verify|verify} messages.
                 * @param message DomctlServiceListDomainsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceListDomainsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceListDomainsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceListDomainsRequest & hvsim.control.v1.DomctlServiceListDomainsRequest.$Shape} DomctlServiceListDomainsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceListDomainsRequest & hvsim.control.v1.DomctlServiceListDomainsRequest.$Shape;

                /**
                 * Creates a DomctlServiceListDomainsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceListDomainsRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceListDomainsRequest;

                /**
                 * Creates a plain object from a DomctlServiceListDomainsRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceListDomainsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceListDomainsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceListDomainsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceListDomainsRequest {

                /** Properties of a DomctlServiceListDomainsRequest. */
                interface $Properties {

                    /** Domains with domid >= first_domid, in domid order. */
                    firstDomid?: number;

                    /** At most this many (0 = no limit). */
                    maxDomains?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceListDomainsRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceListDomainsRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceListDomainsResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceListDomainsResponse.$Properties instead.
             */
            interface IDomctlServiceListDomainsResponse extends hvsim.control.v1.DomctlServiceListDomainsResponse.$Properties {
            }

            /** Represents a DomctlServiceListDomainsResponse. */
            class DomctlServiceListDomainsResponse {

                /**
                 * Constructs a new DomctlServiceListDomainsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceListDomainsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceListDomainsResponse domains. */
                domains: hvsim.control.v1.DomainInfo[];

                /**
                 * Creates a new DomctlServiceListDomainsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceListDomainsResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceListDomainsResponse.$Shape): hvsim.control.v1.DomctlServiceListDomainsResponse & hvsim.control.v1.DomctlServiceListDomainsResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceListDomainsResponse.$Properties): hvsim.control.v1.DomctlServiceListDomainsResponse;

                /**
                 * Encodes the specified DomctlServiceListDomainsResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceListDomainsResponse.verify|verify} messages.
                 * @param message DomctlServiceListDomainsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceListDomainsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceListDomainsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceListDomainsResponse & hvsim.control.v1.DomctlServiceListDomainsResponse.$Shape} DomctlServiceListDomainsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceListDomainsResponse & hvsim.control.v1.DomctlServiceListDomainsResponse.$Shape;

                /**
                 * Creates a DomctlServiceListDomainsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceListDomainsResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceListDomainsResponse;

                /**
                 * Creates a plain object from a DomctlServiceListDomainsResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceListDomainsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceListDomainsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceListDomainsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceListDomainsResponse {

                /** Properties of a DomctlServiceListDomainsResponse. */
                interface $Properties {

                    /** DomctlServiceListDomainsResponse domains */
                    domains?: hvsim.control.v1.DomainInfo.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceListDomainsResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceListDomainsResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceSetMaxMemRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceSetMaxMemRequest.$Properties instead.
             */
            interface IDomctlServiceSetMaxMemRequest extends hvsim.control.v1.DomctlServiceSetMaxMemRequest.$Properties {
            }

            /** Represents a DomctlServiceSetMaxMemRequest. */
            class DomctlServiceSetMaxMemRequest {

                /**
                 * Constructs a new DomctlServiceSetMaxMemRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSetMaxMemRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceSetMaxMemRequest domid. */
                domid: number;

                /** DomctlServiceSetMaxMemRequest maxMemoryKb. */
                maxMemoryKb: number;

                /**
                 * Creates a new DomctlServiceSetMaxMemRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSetMaxMemRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSetMaxMemRequest.$Shape): hvsim.control.v1.DomctlServiceSetMaxMemRequest & hvsim.control.v1.DomctlServiceSetMaxMemRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSetMaxMemRequest.$Properties): hvsim.control.v1.DomctlServiceSetMaxMemRequest;

                /**
                 * Encodes the specified DomctlServiceSetMaxMemRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSetMaxMemRequest.verify|verify} messages.
                 * @param message DomctlServiceSetMaxMemRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSetMaxMemRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSetMaxMemRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSetMaxMemRequest & hvsim.control.v1.DomctlServiceSetMaxMemRequest.$Shape} DomctlServiceSetMaxMemRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSetMaxMemRequest & hvsim.control.v1.DomctlServiceSetMaxMemRequest.$Shape;

                /**
                 * Creates a DomctlServiceSetMaxMemRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSetMaxMemRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSetMaxMemRequest;

                /**
                 * Creates a plain object from a DomctlServiceSetMaxMemRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceSetMaxMemRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSetMaxMemRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSetMaxMemRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSetMaxMemRequest {

                /** Properties of a DomctlServiceSetMaxMemRequest. */
                interface $Properties {

                    /** DomctlServiceSetMaxMemRequest domid */
                    domid?: number;

                    /** DomctlServiceSetMaxMemRequest maxMemoryKb */
                    maxMemoryKb?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSetMaxMemRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceSetMaxMemRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceSetMaxMemResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceSetMaxMemResponse.$Properties instead.
             */
            interface IDomctlServiceSetMaxMemResponse extends hvsim.control.v1.DomctlServiceSetMaxMemResponse.$Properties {
            }

            /** Represents a DomctlServiceSetMaxMemResponse. */
            class DomctlServiceSetMaxMemResponse {

                /**
                 * Constructs a new DomctlServiceSetMaxMemResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSetMaxMemResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServiceSetMaxMemResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSetMaxMemResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSetMaxMemResponse.$Shape): hvsim.control.v1.DomctlServiceSetMaxMemResponse & hvsim.control.v1.DomctlServiceSetMaxMemResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSetMaxMemResponse.$Properties): hvsim.control.v1.DomctlServiceSetMaxMemResponse;

                /**
                 * Encodes the specified DomctlServiceSetMaxMemResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSetMaxMemResponse.verify|verify} messages.
                 * @param message DomctlServiceSetMaxMemResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSetMaxMemResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSetMaxMemResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSetMaxMemResponse & hvsim.control.v1.DomctlServiceSetMaxMemResponse.$Shape} DomctlServiceSetMaxMemResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSetMaxMemResponse & hvsim.control.v1.DomctlServiceSetMaxMemResponse.$Shape;

                /**
                 * Creates a DomctlServiceSetMaxMemResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSetMaxMemResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSetMaxMemResponse;

                /**
                 * Creates a plain object from a DomctlServiceSetMaxMemResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceSetMaxMemResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSetMaxMemResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSetMaxMemResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSetMaxMemResponse {

                /** Properties of a DomctlServiceSetMaxMemResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSetMaxMemResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceSetMaxMemResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceSetMemoryTargetRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceSetMemoryTargetRequest.$Properties instead.
             */
            interface IDomctlServiceSetMemoryTargetRequest extends hvsim.control.v1.DomctlServiceSetMemoryTargetRequest.$Properties {
            }

            /** Represents a DomctlServiceSetMemoryTargetRequest. */
            class DomctlServiceSetMemoryTargetRequest {

                /**
                 * Constructs a new DomctlServiceSetMemoryTargetRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSetMemoryTargetRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceSetMemoryTargetRequest domid. */
                domid: number;

                /** DomctlServiceSetMemoryTargetRequest targetKb. */
                targetKb: number;

                /**
                 * Creates a new DomctlServiceSetMemoryTargetRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSetMemoryTargetRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSetMemoryTargetRequest.$Shape): hvsim.control.v1.DomctlServiceSetMemoryTargetRequest & hvsim.control.v1.DomctlServiceSetMemoryTargetRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSetMemoryTargetRequest.$Properties): hvsim.control.v1.DomctlServiceSetMemoryTargetRequest;

                /**
                 * Encodes the specified DomctlServiceSetMemoryTargetRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSetMemoryTargetRequest.verify|verify} messages.
                 * @param message DomctlServiceSetMemoryTargetRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSetMemoryTargetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSetMemoryTargetRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSetMemoryTargetRequest & hvsim.control.v1.DomctlServiceSetMemoryTargetRequest.$Shape} DomctlServiceSetMemoryTargetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSetMemoryTargetRequest & hvsim.control.v1.DomctlServiceSetMemoryTargetRequest.$Shape;

                /**
                 * Creates a DomctlServiceSetMemoryTargetRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSetMemoryTargetRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSetMemoryTargetRequest;

                /**
                 * Creates a plain object from a DomctlServiceSetMemoryTargetRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceSetMemoryTargetRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSetMemoryTargetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSetMemoryTargetRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSetMemoryTargetRequest {

                /** Properties of a DomctlServiceSetMemoryTargetRequest. */
                interface $Properties {

                    /** DomctlServiceSetMemoryTargetRequest domid */
                    domid?: number;

                    /** DomctlServiceSetMemoryTargetRequest targetKb */
                    targetKb?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSetMemoryTargetRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceSetMemoryTargetRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceSetMemoryTargetResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceSetMemoryTargetResponse.$Properties instead.
             */
            interface IDomctlServiceSetMemoryTargetResponse extends hvsim.control.v1.DomctlServiceSetMemoryTargetResponse.$Properties {
            }

            /** Represents a DomctlServiceSetMemoryTargetResponse. */
            class DomctlServiceSetMemoryTargetResponse {

                /**
                 * Constructs a new DomctlServiceSetMemoryTargetResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSetMemoryTargetResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServiceSetMemoryTargetResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSetMemoryTargetResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSetMemoryTargetResponse.$Shape): hvsim.control.v1.DomctlServiceSetMemoryTargetResponse & hvsim.control.v1.DomctlServiceSetMemoryTargetResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSetMemoryTargetResponse.$Properties): hvsim.control.v1.DomctlServiceSetMemoryTargetResponse;

                /**
                 * Encodes the specified DomctlServiceSetMemoryTargetResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSetMemoryTargetResponse.verify|verify} messages.
                 * @param message DomctlServiceSetMemoryTargetResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSetMemoryTargetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSetMemoryTargetResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSetMemoryTargetResponse & hvsim.control.v1.DomctlServiceSetMemoryTargetResponse.$Shape} DomctlServiceSetMemoryTargetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSetMemoryTargetResponse & hvsim.control.v1.DomctlServiceSetMemoryTargetResponse.$Shape;

                /**
                 * Creates a DomctlServiceSetMemoryTargetResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSetMemoryTargetResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSetMemoryTargetResponse;

                /**
                 * Creates a plain object from a DomctlServiceSetMemoryTargetResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceSetMemoryTargetResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSetMemoryTargetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSetMemoryTargetResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSetMemoryTargetResponse {

                /** Properties of a DomctlServiceSetMemoryTargetResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSetMemoryTargetResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceSetMemoryTargetResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceSetVcpuAffinityRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest.$Properties instead.
             */
            interface IDomctlServiceSetVcpuAffinityRequest extends hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest.$Properties {
            }

            /** Represents a DomctlServiceSetVcpuAffinityRequest. */
            class DomctlServiceSetVcpuAffinityRequest {

                /**
                 * Constructs a new DomctlServiceSetVcpuAffinityRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceSetVcpuAffinityRequest domid. */
                domid: number;

                /** DomctlServiceSetVcpuAffinityRequest vcpu. */
                vcpu: number;

                /**
                 * pCPUs the vCPU may run on; empty = every pCPU. A pCPU that does not
                 * exist gives EINVAL.
                 */
                hardAffinity: number[];

                /**
                 * Creates a new DomctlServiceSetVcpuAffinityRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSetVcpuAffinityRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest.$Shape): hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest & hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest.$Properties): hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest;

                /**
                 * Encodes the specified DomctlServiceSetVcpuAffinityRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest.verify|verify} messages.
                 * @param message DomctlServiceSetVcpuAffinityRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSetVcpuAffinityRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest & hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest.$Shape} DomctlServiceSetVcpuAffinityRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest & hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest.$Shape;

                /**
                 * Creates a DomctlServiceSetVcpuAffinityRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSetVcpuAffinityRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest;

                /**
                 * Creates a plain object from a DomctlServiceSetVcpuAffinityRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceSetVcpuAffinityRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSetVcpuAffinityRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSetVcpuAffinityRequest {

                /** Properties of a DomctlServiceSetVcpuAffinityRequest. */
                interface $Properties {

                    /** DomctlServiceSetVcpuAffinityRequest domid */
                    domid?: number;

                    /** DomctlServiceSetVcpuAffinityRequest vcpu */
                    vcpu?: number;

                    /**
                     * pCPUs the vCPU may run on; empty = every pCPU. A pCPU that does not
                     * exist gives EINVAL.
                     */
                    hardAffinity?: number[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSetVcpuAffinityRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceSetVcpuAffinityRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceSetVcpuAffinityResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse.$Properties instead.
             */
            interface IDomctlServiceSetVcpuAffinityResponse extends hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse.$Properties {
            }

            /** Represents a DomctlServiceSetVcpuAffinityResponse. */
            class DomctlServiceSetVcpuAffinityResponse {

                /**
                 * Constructs a new DomctlServiceSetVcpuAffinityResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The affinity in effect afterwards. */
                hardAffinity: number[];

                /**
                 * Creates a new DomctlServiceSetVcpuAffinityResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSetVcpuAffinityResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse.$Shape): hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse & hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse.$Properties): hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse;

                /**
                 * Encodes the specified DomctlServiceSetVcpuAffinityResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse.verify|verify} messages.
                 * @param message DomctlServiceSetVcpuAffinityResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSetVcpuAffinityResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse & hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse.$Shape} DomctlServiceSetVcpuAffinityResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse & hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse.$Shape;

                /**
                 * Creates a DomctlServiceSetVcpuAffinityResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSetVcpuAffinityResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse;

                /**
                 * Creates a plain object from a DomctlServiceSetVcpuAffinityResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceSetVcpuAffinityResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSetVcpuAffinityResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSetVcpuAffinityResponse {

                /** Properties of a DomctlServiceSetVcpuAffinityResponse. */
                interface $Properties {

                    /** The affinity in effect afterwards. */
                    hardAffinity?: number[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSetVcpuAffinityResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceSetVcpuAffinityResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceGetVcpuInfoRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceGetVcpuInfoRequest.$Properties instead.
             */
            interface IDomctlServiceGetVcpuInfoRequest extends hvsim.control.v1.DomctlServiceGetVcpuInfoRequest.$Properties {
            }

            /** Represents a DomctlServiceGetVcpuInfoRequest. */
            class DomctlServiceGetVcpuInfoRequest {

                /**
                 * Constructs a new DomctlServiceGetVcpuInfoRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGetVcpuInfoRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceGetVcpuInfoRequest domid. */
                domid: number;

                /**
                 * Creates a new DomctlServiceGetVcpuInfoRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGetVcpuInfoRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGetVcpuInfoRequest.$Shape): hvsim.control.v1.DomctlServiceGetVcpuInfoRequest & hvsim.control.v1.DomctlServiceGetVcpuInfoRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGetVcpuInfoRequest.$Properties): hvsim.control.v1.DomctlServiceGetVcpuInfoRequest;

                /**
                 * Encodes the specified DomctlServiceGetVcpuInfoRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGetVcpuInfoRequest.verify|verify} messages.
                 * @param message DomctlServiceGetVcpuInfoRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGetVcpuInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGetVcpuInfoRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGetVcpuInfoRequest & hvsim.control.v1.DomctlServiceGetVcpuInfoRequest.$Shape} DomctlServiceGetVcpuInfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGetVcpuInfoRequest & hvsim.control.v1.DomctlServiceGetVcpuInfoRequest.$Shape;

                /**
                 * Creates a DomctlServiceGetVcpuInfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGetVcpuInfoRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGetVcpuInfoRequest;

                /**
                 * Creates a plain object from a DomctlServiceGetVcpuInfoRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceGetVcpuInfoRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGetVcpuInfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGetVcpuInfoRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGetVcpuInfoRequest {

                /** Properties of a DomctlServiceGetVcpuInfoRequest. */
                interface $Properties {

                    /** DomctlServiceGetVcpuInfoRequest domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGetVcpuInfoRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceGetVcpuInfoRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceGetVcpuInfoResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceGetVcpuInfoResponse.$Properties instead.
             */
            interface IDomctlServiceGetVcpuInfoResponse extends hvsim.control.v1.DomctlServiceGetVcpuInfoResponse.$Properties {
            }

            /** Represents a DomctlServiceGetVcpuInfoResponse. */
            class DomctlServiceGetVcpuInfoResponse {

                /**
                 * Constructs a new DomctlServiceGetVcpuInfoResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGetVcpuInfoResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Every vCPU of the domain, in vCPU order. */
                vcpus: hvsim.control.v1.VcpuInfo[];

                /**
                 * Creates a new DomctlServiceGetVcpuInfoResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGetVcpuInfoResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGetVcpuInfoResponse.$Shape): hvsim.control.v1.DomctlServiceGetVcpuInfoResponse & hvsim.control.v1.DomctlServiceGetVcpuInfoResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGetVcpuInfoResponse.$Properties): hvsim.control.v1.DomctlServiceGetVcpuInfoResponse;

                /**
                 * Encodes the specified DomctlServiceGetVcpuInfoResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGetVcpuInfoResponse.verify|verify} messages.
                 * @param message DomctlServiceGetVcpuInfoResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGetVcpuInfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGetVcpuInfoResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGetVcpuInfoResponse & hvsim.control.v1.DomctlServiceGetVcpuInfoResponse.$Shape} DomctlServiceGetVcpuInfoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGetVcpuInfoResponse & hvsim.control.v1.DomctlServiceGetVcpuInfoResponse.$Shape;

                /**
                 * Creates a DomctlServiceGetVcpuInfoResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGetVcpuInfoResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGetVcpuInfoResponse;

                /**
                 * Creates a plain object from a DomctlServiceGetVcpuInfoResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceGetVcpuInfoResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGetVcpuInfoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGetVcpuInfoResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGetVcpuInfoResponse {

                /** Properties of a DomctlServiceGetVcpuInfoResponse. */
                interface $Properties {

                    /** Every vCPU of the domain, in vCPU order. */
                    vcpus?: hvsim.control.v1.VcpuInfo.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGetVcpuInfoResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceGetVcpuInfoResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceSchedCreditGetRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceSchedCreditGetRequest.$Properties instead.
             */
            interface IDomctlServiceSchedCreditGetRequest extends hvsim.control.v1.DomctlServiceSchedCreditGetRequest.$Properties {
            }

            /** Represents a DomctlServiceSchedCreditGetRequest. */
            class DomctlServiceSchedCreditGetRequest {

                /**
                 * Constructs a new DomctlServiceSchedCreditGetRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSchedCreditGetRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceSchedCreditGetRequest domid. */
                domid: number;

                /**
                 * Creates a new DomctlServiceSchedCreditGetRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSchedCreditGetRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSchedCreditGetRequest.$Shape): hvsim.control.v1.DomctlServiceSchedCreditGetRequest & hvsim.control.v1.DomctlServiceSchedCreditGetRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSchedCreditGetRequest.$Properties): hvsim.control.v1.DomctlServiceSchedCreditGetRequest;

                /**
                 * Encodes the specified DomctlServiceSchedCreditGetRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSchedCreditGetRequest.verify|verify} messages.
                 * @param message DomctlServiceSchedCreditGetRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSchedCreditGetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSchedCreditGetRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSchedCreditGetRequest & hvsim.control.v1.DomctlServiceSchedCreditGetRequest.$Shape} DomctlServiceSchedCreditGetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSchedCreditGetRequest & hvsim.control.v1.DomctlServiceSchedCreditGetRequest.$Shape;

                /**
                 * Creates a DomctlServiceSchedCreditGetRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSchedCreditGetRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSchedCreditGetRequest;

                /**
                 * Creates a plain object from a DomctlServiceSchedCreditGetRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceSchedCreditGetRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSchedCreditGetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSchedCreditGetRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSchedCreditGetRequest {

                /** Properties of a DomctlServiceSchedCreditGetRequest. */
                interface $Properties {

                    /** DomctlServiceSchedCreditGetRequest domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSchedCreditGetRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceSchedCreditGetRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceSchedCreditGetResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceSchedCreditGetResponse.$Properties instead.
             */
            interface IDomctlServiceSchedCreditGetResponse extends hvsim.control.v1.DomctlServiceSchedCreditGetResponse.$Properties {
            }

            /** Represents a DomctlServiceSchedCreditGetResponse. */
            class DomctlServiceSchedCreditGetResponse {

                /**
                 * Constructs a new DomctlServiceSchedCreditGetResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSchedCreditGetResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceSchedCreditGetResponse params. */
                params: hvsim.control.v1.SchedCreditParams;

                /**
                 * Creates a new DomctlServiceSchedCreditGetResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSchedCreditGetResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSchedCreditGetResponse.$Shape): hvsim.control.v1.DomctlServiceSchedCreditGetResponse & hvsim.control.v1.DomctlServiceSchedCreditGetResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSchedCreditGetResponse.$Properties): hvsim.control.v1.DomctlServiceSchedCreditGetResponse;

                /**
                 * Encodes the specified DomctlServiceSchedCreditGetResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSchedCreditGetResponse.verify|verify} messages.
                 * @param message DomctlServiceSchedCreditGetResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSchedCreditGetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSchedCreditGetResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSchedCreditGetResponse & hvsim.control.v1.DomctlServiceSchedCreditGetResponse.$Shape} DomctlServiceSchedCreditGetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSchedCreditGetResponse & hvsim.control.v1.DomctlServiceSchedCreditGetResponse.$Shape;

                /**
                 * Creates a DomctlServiceSchedCreditGetResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSchedCreditGetResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSchedCreditGetResponse;

                /**
                 * Creates a plain object from a DomctlServiceSchedCreditGetResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceSchedCreditGetResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSchedCreditGetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSchedCreditGetResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSchedCreditGetResponse {

                /** Properties of a DomctlServiceSchedCreditGetResponse. */
                interface $Properties {

                    /** DomctlServiceSchedCreditGetResponse params */
                    params?: hvsim.control.v1.SchedCreditParams.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSchedCreditGetResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceSchedCreditGetResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceSchedCreditSetRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceSchedCreditSetRequest.$Properties instead.
             */
            interface IDomctlServiceSchedCreditSetRequest extends hvsim.control.v1.DomctlServiceSchedCreditSetRequest.$Properties {
            }

            /** Represents a DomctlServiceSchedCreditSetRequest. */
            class DomctlServiceSchedCreditSetRequest {

                /**
                 * Constructs a new DomctlServiceSchedCreditSetRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSchedCreditSetRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceSchedCreditSetRequest domid. */
                domid: number;

                /** Only the fields present change. */
                weight: (number|null);

                /** DomctlServiceSchedCreditSetRequest cap. */
                cap: (number|null);

                /**
                 * Creates a new DomctlServiceSchedCreditSetRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSchedCreditSetRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSchedCreditSetRequest.$Shape): hvsim.control.v1.DomctlServiceSchedCreditSetRequest & hvsim.control.v1.DomctlServiceSchedCreditSetRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSchedCreditSetRequest.$Properties): hvsim.control.v1.DomctlServiceSchedCreditSetRequest;

                /**
                 * Encodes the specified DomctlServiceSchedCreditSetRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSchedCreditSetRequest.verify|verify} messages.
                 * @param message DomctlServiceSchedCreditSetRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSchedCreditSetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSchedCreditSetRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSchedCreditSetRequest & hvsim.control.v1.DomctlServiceSchedCreditSetRequest.$Shape} DomctlServiceSchedCreditSetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSchedCreditSetRequest & hvsim.control.v1.DomctlServiceSchedCreditSetRequest.$Shape;

                /**
                 * Creates a DomctlServiceSchedCreditSetRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSchedCreditSetRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSchedCreditSetRequest;

                /**
                 * Creates a plain object from a DomctlServiceSchedCreditSetRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceSchedCreditSetRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSchedCreditSetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSchedCreditSetRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSchedCreditSetRequest {

                /** Properties of a DomctlServiceSchedCreditSetRequest. */
                interface $Properties {

                    /** DomctlServiceSchedCreditSetRequest domid */
                    domid?: number;

                    /** Only the fields present change. */
                    weight?: (number|null);

                    /** DomctlServiceSchedCreditSetRequest cap */
                    cap?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSchedCreditSetRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceSchedCreditSetRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceSchedCreditSetResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceSchedCreditSetResponse.$Properties instead.
             */
            interface IDomctlServiceSchedCreditSetResponse extends hvsim.control.v1.DomctlServiceSchedCreditSetResponse.$Properties {
            }

            /** Represents a DomctlServiceSchedCreditSetResponse. */
            class DomctlServiceSchedCreditSetResponse {

                /**
                 * Constructs a new DomctlServiceSchedCreditSetResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSchedCreditSetResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The parameters in effect afterwards. */
                params: hvsim.control.v1.SchedCreditParams;

                /**
                 * Creates a new DomctlServiceSchedCreditSetResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSchedCreditSetResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSchedCreditSetResponse.$Shape): hvsim.control.v1.DomctlServiceSchedCreditSetResponse & hvsim.control.v1.DomctlServiceSchedCreditSetResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSchedCreditSetResponse.$Properties): hvsim.control.v1.DomctlServiceSchedCreditSetResponse;

                /**
                 * Encodes the specified DomctlServiceSchedCreditSetResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSchedCreditSetResponse.verify|verify} messages.
                 * @param message DomctlServiceSchedCreditSetResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSchedCreditSetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSchedCreditSetResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSchedCreditSetResponse & hvsim.control.v1.DomctlServiceSchedCreditSetResponse.$Shape} DomctlServiceSchedCreditSetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSchedCreditSetResponse & hvsim.control.v1.DomctlServiceSchedCreditSetResponse.$Shape;

                /**
                 * Creates a DomctlServiceSchedCreditSetResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSchedCreditSetResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSchedCreditSetResponse;

                /**
                 * Creates a plain object from a DomctlServiceSchedCreditSetResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceSchedCreditSetResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSchedCreditSetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSchedCreditSetResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSchedCreditSetResponse {

                /** Properties of a DomctlServiceSchedCreditSetResponse. */
                interface $Properties {

                    /** The parameters in effect afterwards. */
                    params?: hvsim.control.v1.SchedCreditParams.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSchedCreditSetResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceSchedCreditSetResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceWriteGuestMemoryRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest.$Properties instead.
             */
            interface IDomctlServiceWriteGuestMemoryRequest extends hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest.$Properties {
            }

            /** Represents a DomctlServiceWriteGuestMemoryRequest. */
            class DomctlServiceWriteGuestMemoryRequest {

                /**
                 * Constructs a new DomctlServiceWriteGuestMemoryRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceWriteGuestMemoryRequest domid. */
                domid: number;

                /**
                 * Guest-physical address; every byte must be RAM of the domain, else
                 * EFAULT and nothing is written.
                 */
                gpa: number;

                /** DomctlServiceWriteGuestMemoryRequest data. */
                data: Uint8Array;

                /**
                 * Further writes, made in order after (gpa, data), so that one call carries
                 * a builder's segments, or a ring's data and then the index publishing it.
                 * Each is checked as (gpa, data) is; the first that fails ends the call with
                 * EFAULT, and only the writes before it are made.
                 */
                more: hvsim.control.v1.GuestMemoryWrite[];

                /**
                 * Creates a new DomctlServiceWriteGuestMemoryRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceWriteGuestMemoryRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest.$Shape): hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest & hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest.$Properties): hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest;

                /**
                 * Encodes the specified DomctlServiceWriteGuestMemoryRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest.verify|verify} messages.
                 * @param message DomctlServiceWriteGuestMemoryRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceWriteGuestMemoryRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest & hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest.$Shape} DomctlServiceWriteGuestMemoryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest & hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest.$Shape;

                /**
                 * Creates a DomctlServiceWriteGuestMemoryRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceWriteGuestMemoryRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest;

                /**
                 * Creates a plain object from a DomctlServiceWriteGuestMemoryRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceWriteGuestMemoryRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceWriteGuestMemoryRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceWriteGuestMemoryRequest {

                /** Properties of a DomctlServiceWriteGuestMemoryRequest. */
                interface $Properties {

                    /** DomctlServiceWriteGuestMemoryRequest domid */
                    domid?: number;

                    /**
                     * Guest-physical address; every byte must be RAM of the domain, else
                     * EFAULT and nothing is written.
                     */
                    gpa?: number;

                    /** DomctlServiceWriteGuestMemoryRequest data */
                    data?: Uint8Array;

                    /**
                     * Further writes, made in order after (gpa, data), so that one call carries
                     * a builder's segments, or a ring's data and then the index publishing it.
                     * Each is checked as (gpa, data) is; the first that fails ends the call with
                     * EFAULT, and only the writes before it are made.
                     */
                    more?: hvsim.control.v1.GuestMemoryWrite.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceWriteGuestMemoryRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceWriteGuestMemoryRequest.$Properties;
            }

            /**
             * Properties of a GuestMemoryWrite.
             * @deprecated Use hvsim.control.v1.GuestMemoryWrite.$Properties instead.
             */
            interface IGuestMemoryWrite extends hvsim.control.v1.GuestMemoryWrite.$Properties {
            }

            /** One range of a WriteGuestMemory call. */
            class GuestMemoryWrite {

                /**
                 * Constructs a new GuestMemoryWrite.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.GuestMemoryWrite.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Guest-physical address. */
                gpa: number;

                /** GuestMemoryWrite data. */
                data: Uint8Array;

                /**
                 * Creates a new GuestMemoryWrite instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GuestMemoryWrite instance
                 */
                static create(properties: hvsim.control.v1.GuestMemoryWrite.$Shape): hvsim.control.v1.GuestMemoryWrite & hvsim.control.v1.GuestMemoryWrite.$Shape;
                static create(properties?: hvsim.control.v1.GuestMemoryWrite.$Properties): hvsim.control.v1.GuestMemoryWrite;

                /**
                 * Encodes the specified GuestMemoryWrite message. Does not implicitly {@link hvsim.control.v1.GuestMemoryWrite.verify|verify} messages.
                 * @param message GuestMemoryWrite message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.GuestMemoryWrite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GuestMemoryWrite message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.GuestMemoryWrite & hvsim.control.v1.GuestMemoryWrite.$Shape} GuestMemoryWrite
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.GuestMemoryWrite & hvsim.control.v1.GuestMemoryWrite.$Shape;

                /**
                 * Creates a GuestMemoryWrite message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GuestMemoryWrite
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.GuestMemoryWrite;

                /**
                 * Creates a plain object from a GuestMemoryWrite message. Also converts values to other types if specified.
                 * @param message GuestMemoryWrite
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.GuestMemoryWrite, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GuestMemoryWrite to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GuestMemoryWrite {

                /** Properties of a GuestMemoryWrite. */
                interface $Properties {

                    /** Guest-physical address. */
                    gpa?: number;

                    /** GuestMemoryWrite data */
                    data?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GuestMemoryWrite. */
                type $Shape = hvsim.control.v1.GuestMemoryWrite.$Properties;
            }

            /**
             * Properties of a DomctlServiceWriteGuestMemoryResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse.$Properties instead.
             */
            interface IDomctlServiceWriteGuestMemoryResponse extends hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse.$Properties {
            }

            /** Represents a DomctlServiceWriteGuestMemoryResponse. */
            class DomctlServiceWriteGuestMemoryResponse {

                /**
                 * Constructs a new DomctlServiceWriteGuestMemoryResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServiceWriteGuestMemoryResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceWriteGuestMemoryResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse.$Shape): hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse & hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse.$Properties): hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse;

                /**
                 * Encodes the specified DomctlServiceWriteGuestMemoryResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse.verify|verify} messages.
                 * @param message DomctlServiceWriteGuestMemoryResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceWriteGuestMemoryResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse & hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse.$Shape} DomctlServiceWriteGuestMemoryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse & hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse.$Shape;

                /**
                 * Creates a DomctlServiceWriteGuestMemoryResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceWriteGuestMemoryResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse;

                /**
                 * Creates a plain object from a DomctlServiceWriteGuestMemoryResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceWriteGuestMemoryResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceWriteGuestMemoryResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceWriteGuestMemoryResponse {

                /** Properties of a DomctlServiceWriteGuestMemoryResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceWriteGuestMemoryResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceWriteGuestMemoryResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceReadGuestMemoryRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceReadGuestMemoryRequest.$Properties instead.
             */
            interface IDomctlServiceReadGuestMemoryRequest extends hvsim.control.v1.DomctlServiceReadGuestMemoryRequest.$Properties {
            }

            /** Represents a DomctlServiceReadGuestMemoryRequest. */
            class DomctlServiceReadGuestMemoryRequest {

                /**
                 * Constructs a new DomctlServiceReadGuestMemoryRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceReadGuestMemoryRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceReadGuestMemoryRequest domid. */
                domid: number;

                /** DomctlServiceReadGuestMemoryRequest gpa. */
                gpa: number;

                /** At most 1 MiB per call (E2BIG beyond). */
                length: number;

                /**
                 * Creates a new DomctlServiceReadGuestMemoryRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceReadGuestMemoryRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceReadGuestMemoryRequest.$Shape): hvsim.control.v1.DomctlServiceReadGuestMemoryRequest & hvsim.control.v1.DomctlServiceReadGuestMemoryRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceReadGuestMemoryRequest.$Properties): hvsim.control.v1.DomctlServiceReadGuestMemoryRequest;

                /**
                 * Encodes the specified DomctlServiceReadGuestMemoryRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceReadGuestMemoryRequest.verify|verify} messages.
                 * @param message DomctlServiceReadGuestMemoryRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceReadGuestMemoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceReadGuestMemoryRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceReadGuestMemoryRequest & hvsim.control.v1.DomctlServiceReadGuestMemoryRequest.$Shape} DomctlServiceReadGuestMemoryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceReadGuestMemoryRequest & hvsim.control.v1.DomctlServiceReadGuestMemoryRequest.$Shape;

                /**
                 * Creates a DomctlServiceReadGuestMemoryRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceReadGuestMemoryRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceReadGuestMemoryRequest;

                /**
                 * Creates a plain object from a DomctlServiceReadGuestMemoryRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceReadGuestMemoryRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceReadGuestMemoryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceReadGuestMemoryRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceReadGuestMemoryRequest {

                /** Properties of a DomctlServiceReadGuestMemoryRequest. */
                interface $Properties {

                    /** DomctlServiceReadGuestMemoryRequest domid */
                    domid?: number;

                    /** DomctlServiceReadGuestMemoryRequest gpa */
                    gpa?: number;

                    /** At most 1 MiB per call (E2BIG beyond). */
                    length?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceReadGuestMemoryRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceReadGuestMemoryRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceReadGuestMemoryResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceReadGuestMemoryResponse.$Properties instead.
             */
            interface IDomctlServiceReadGuestMemoryResponse extends hvsim.control.v1.DomctlServiceReadGuestMemoryResponse.$Properties {
            }

            /** Represents a DomctlServiceReadGuestMemoryResponse. */
            class DomctlServiceReadGuestMemoryResponse {

                /**
                 * Constructs a new DomctlServiceReadGuestMemoryResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceReadGuestMemoryResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceReadGuestMemoryResponse data. */
                data: Uint8Array;

                /**
                 * Creates a new DomctlServiceReadGuestMemoryResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceReadGuestMemoryResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceReadGuestMemoryResponse.$Shape): hvsim.control.v1.DomctlServiceReadGuestMemoryResponse & hvsim.control.v1.DomctlServiceReadGuestMemoryResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceReadGuestMemoryResponse.$Properties): hvsim.control.v1.DomctlServiceReadGuestMemoryResponse;

                /**
                 * Encodes the specified DomctlServiceReadGuestMemoryResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceReadGuestMemoryResponse.verify|verify} messages.
                 * @param message DomctlServiceReadGuestMemoryResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceReadGuestMemoryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceReadGuestMemoryResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceReadGuestMemoryResponse & hvsim.control.v1.DomctlServiceReadGuestMemoryResponse.$Shape} DomctlServiceReadGuestMemoryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceReadGuestMemoryResponse & hvsim.control.v1.DomctlServiceReadGuestMemoryResponse.$Shape;

                /**
                 * Creates a DomctlServiceReadGuestMemoryResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceReadGuestMemoryResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceReadGuestMemoryResponse;

                /**
                 * Creates a plain object from a DomctlServiceReadGuestMemoryResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceReadGuestMemoryResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceReadGuestMemoryResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceReadGuestMemoryResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceReadGuestMemoryResponse {

                /** Properties of a DomctlServiceReadGuestMemoryResponse. */
                interface $Properties {

                    /** DomctlServiceReadGuestMemoryResponse data */
                    data?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceReadGuestMemoryResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceReadGuestMemoryResponse.$Properties;
            }

            /**
             * Properties of a GrantSegment.
             * @deprecated Use hvsim.control.v1.GrantSegment.$Properties instead.
             */
            interface IGrantSegment extends hvsim.control.v1.GrantSegment.$Properties {
            }

            /** A byte range of a page granted to dom0. */
            class GrantSegment {

                /**
                 * Constructs a new GrantSegment.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.GrantSegment.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The granting domain. */
                domid: number;

                /** Its grant reference. */
                ref: number;

                /** Offset in the granted page; offset + length must not pass 4096. */
                offset: number;

                /** GrantSegment length. */
                length: number;

                /**
                 * Creates a new GrantSegment instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GrantSegment instance
                 */
                static create(properties: hvsim.control.v1.GrantSegment.$Shape): hvsim.control.v1.GrantSegment & hvsim.control.v1.GrantSegment.$Shape;
                static create(properties?: hvsim.control.v1.GrantSegment.$Properties): hvsim.control.v1.GrantSegment;

                /**
                 * Encodes the specified GrantSegment message. Does not implicitly {@link hvsim.control.v1.GrantSegment.verify|verify} messages.
                 * @param message GrantSegment message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.GrantSegment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GrantSegment message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.GrantSegment & hvsim.control.v1.GrantSegment.$Shape} GrantSegment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.GrantSegment & hvsim.control.v1.GrantSegment.$Shape;

                /**
                 * Creates a GrantSegment message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GrantSegment
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.GrantSegment;

                /**
                 * Creates a plain object from a GrantSegment message. Also converts values to other types if specified.
                 * @param message GrantSegment
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.GrantSegment, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GrantSegment to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GrantSegment {

                /** Properties of a GrantSegment. */
                interface $Properties {

                    /** The granting domain. */
                    domid?: number;

                    /** Its grant reference. */
                    ref?: number;

                    /** Offset in the granted page; offset + length must not pass 4096. */
                    offset?: number;

                    /** GrantSegment length */
                    length?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GrantSegment. */
                type $Shape = hvsim.control.v1.GrantSegment.$Properties;
            }

            /**
             * Properties of a DomctlServiceGrantCopyFromGuestRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest.$Properties instead.
             */
            interface IDomctlServiceGrantCopyFromGuestRequest extends hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest.$Properties {
            }

            /** Represents a DomctlServiceGrantCopyFromGuestRequest. */
            class DomctlServiceGrantCopyFromGuestRequest {

                /**
                 * Constructs a new DomctlServiceGrantCopyFromGuestRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** At most 256 segments per call (E2BIG beyond). */
                segments: hvsim.control.v1.GrantSegment[];

                /**
                 * Creates a new DomctlServiceGrantCopyFromGuestRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGrantCopyFromGuestRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest.$Shape): hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest & hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest.$Properties): hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest;

                /**
                 * Encodes the specified DomctlServiceGrantCopyFromGuestRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest.verify|verify} messages.
                 * @param message DomctlServiceGrantCopyFromGuestRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGrantCopyFromGuestRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest & hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest.$Shape} DomctlServiceGrantCopyFromGuestRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest & hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest.$Shape;

                /**
                 * Creates a DomctlServiceGrantCopyFromGuestRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGrantCopyFromGuestRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest;

                /**
                 * Creates a plain object from a DomctlServiceGrantCopyFromGuestRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceGrantCopyFromGuestRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGrantCopyFromGuestRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGrantCopyFromGuestRequest {

                /** Properties of a DomctlServiceGrantCopyFromGuestRequest. */
                interface $Properties {

                    /** At most 256 segments per call (E2BIG beyond). */
                    segments?: hvsim.control.v1.GrantSegment.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGrantCopyFromGuestRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceGrantCopyFromGuestRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceGrantCopyFromGuestResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse.$Properties instead.
             */
            interface IDomctlServiceGrantCopyFromGuestResponse extends hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse.$Properties {
            }

            /** Represents a DomctlServiceGrantCopyFromGuestResponse. */
            class DomctlServiceGrantCopyFromGuestResponse {

                /**
                 * Constructs a new DomctlServiceGrantCopyFromGuestResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** One per segment, in order: GNTST_*. */
                status: number[];

                /** The bytes of every segment whose status is 0, concatenated in order. */
                data: Uint8Array;

                /**
                 * Creates a new DomctlServiceGrantCopyFromGuestResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGrantCopyFromGuestResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse.$Shape): hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse & hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse.$Properties): hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse;

                /**
                 * Encodes the specified DomctlServiceGrantCopyFromGuestResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse.verify|verify} messages.
                 * @param message DomctlServiceGrantCopyFromGuestResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGrantCopyFromGuestResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse & hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse.$Shape} DomctlServiceGrantCopyFromGuestResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse & hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse.$Shape;

                /**
                 * Creates a DomctlServiceGrantCopyFromGuestResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGrantCopyFromGuestResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse;

                /**
                 * Creates a plain object from a DomctlServiceGrantCopyFromGuestResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceGrantCopyFromGuestResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGrantCopyFromGuestResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGrantCopyFromGuestResponse {

                /** Properties of a DomctlServiceGrantCopyFromGuestResponse. */
                interface $Properties {

                    /** One per segment, in order: GNTST_*. */
                    status?: number[];

                    /** The bytes of every segment whose status is 0, concatenated in order. */
                    data?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGrantCopyFromGuestResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceGrantCopyFromGuestResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceGrantCopyToGuestRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest.$Properties instead.
             */
            interface IDomctlServiceGrantCopyToGuestRequest extends hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest.$Properties {
            }

            /** Represents a DomctlServiceGrantCopyToGuestRequest. */
            class DomctlServiceGrantCopyToGuestRequest {

                /**
                 * Constructs a new DomctlServiceGrantCopyToGuestRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** At most 256 segments per call (E2BIG beyond). */
                segments: hvsim.control.v1.GrantSegment[];

                /** The bytes for every segment, concatenated in order (the sum of the lengths). */
                data: Uint8Array;

                /**
                 * Creates a new DomctlServiceGrantCopyToGuestRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGrantCopyToGuestRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest.$Shape): hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest & hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest.$Properties): hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest;

                /**
                 * Encodes the specified DomctlServiceGrantCopyToGuestRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest.verify|verify} messages.
                 * @param message DomctlServiceGrantCopyToGuestRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGrantCopyToGuestRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest & hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest.$Shape} DomctlServiceGrantCopyToGuestRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest & hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest.$Shape;

                /**
                 * Creates a DomctlServiceGrantCopyToGuestRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGrantCopyToGuestRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest;

                /**
                 * Creates a plain object from a DomctlServiceGrantCopyToGuestRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceGrantCopyToGuestRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGrantCopyToGuestRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGrantCopyToGuestRequest {

                /** Properties of a DomctlServiceGrantCopyToGuestRequest. */
                interface $Properties {

                    /** At most 256 segments per call (E2BIG beyond). */
                    segments?: hvsim.control.v1.GrantSegment.$Properties[];

                    /** The bytes for every segment, concatenated in order (the sum of the lengths). */
                    data?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGrantCopyToGuestRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceGrantCopyToGuestRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceGrantCopyToGuestResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse.$Properties instead.
             */
            interface IDomctlServiceGrantCopyToGuestResponse extends hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse.$Properties {
            }

            /** Represents a DomctlServiceGrantCopyToGuestResponse. */
            class DomctlServiceGrantCopyToGuestResponse {

                /**
                 * Constructs a new DomctlServiceGrantCopyToGuestResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** One per segment, in order: GNTST_*. */
                status: number[];

                /**
                 * Creates a new DomctlServiceGrantCopyToGuestResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGrantCopyToGuestResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse.$Shape): hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse & hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse.$Properties): hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse;

                /**
                 * Encodes the specified DomctlServiceGrantCopyToGuestResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse.verify|verify} messages.
                 * @param message DomctlServiceGrantCopyToGuestResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGrantCopyToGuestResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse & hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse.$Shape} DomctlServiceGrantCopyToGuestResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse & hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse.$Shape;

                /**
                 * Creates a DomctlServiceGrantCopyToGuestResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGrantCopyToGuestResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse;

                /**
                 * Creates a plain object from a DomctlServiceGrantCopyToGuestResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceGrantCopyToGuestResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGrantCopyToGuestResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGrantCopyToGuestResponse {

                /** Properties of a DomctlServiceGrantCopyToGuestResponse. */
                interface $Properties {

                    /** One per segment, in order: GNTST_*. */
                    status?: number[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGrantCopyToGuestResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceGrantCopyToGuestResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceSetVcpuContextRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceSetVcpuContextRequest.$Properties instead.
             */
            interface IDomctlServiceSetVcpuContextRequest extends hvsim.control.v1.DomctlServiceSetVcpuContextRequest.$Properties {
            }

            /** Represents a DomctlServiceSetVcpuContextRequest. */
            class DomctlServiceSetVcpuContextRequest {

                /**
                 * Constructs a new DomctlServiceSetVcpuContextRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSetVcpuContextRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceSetVcpuContextRequest domid. */
                domid: number;

                /** DomctlServiceSetVcpuContextRequest vcpu. */
                vcpu: number;

                /** DomctlServiceSetVcpuContextRequest context. */
                context: hvsim.control.v1.VcpuContext;

                /**
                 * Creates a new DomctlServiceSetVcpuContextRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSetVcpuContextRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSetVcpuContextRequest.$Shape): hvsim.control.v1.DomctlServiceSetVcpuContextRequest & hvsim.control.v1.DomctlServiceSetVcpuContextRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSetVcpuContextRequest.$Properties): hvsim.control.v1.DomctlServiceSetVcpuContextRequest;

                /**
                 * Encodes the specified DomctlServiceSetVcpuContextRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSetVcpuContextRequest.verify|verify} messages.
                 * @param message DomctlServiceSetVcpuContextRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSetVcpuContextRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSetVcpuContextRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSetVcpuContextRequest & hvsim.control.v1.DomctlServiceSetVcpuContextRequest.$Shape} DomctlServiceSetVcpuContextRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSetVcpuContextRequest & hvsim.control.v1.DomctlServiceSetVcpuContextRequest.$Shape;

                /**
                 * Creates a DomctlServiceSetVcpuContextRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSetVcpuContextRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSetVcpuContextRequest;

                /**
                 * Creates a plain object from a DomctlServiceSetVcpuContextRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceSetVcpuContextRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSetVcpuContextRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSetVcpuContextRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSetVcpuContextRequest {

                /** Properties of a DomctlServiceSetVcpuContextRequest. */
                interface $Properties {

                    /** DomctlServiceSetVcpuContextRequest domid */
                    domid?: number;

                    /** DomctlServiceSetVcpuContextRequest vcpu */
                    vcpu?: number;

                    /** DomctlServiceSetVcpuContextRequest context */
                    context?: hvsim.control.v1.VcpuContext.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSetVcpuContextRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceSetVcpuContextRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceSetVcpuContextResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceSetVcpuContextResponse.$Properties instead.
             */
            interface IDomctlServiceSetVcpuContextResponse extends hvsim.control.v1.DomctlServiceSetVcpuContextResponse.$Properties {
            }

            /** Represents a DomctlServiceSetVcpuContextResponse. */
            class DomctlServiceSetVcpuContextResponse {

                /**
                 * Constructs a new DomctlServiceSetVcpuContextResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSetVcpuContextResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServiceSetVcpuContextResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSetVcpuContextResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSetVcpuContextResponse.$Shape): hvsim.control.v1.DomctlServiceSetVcpuContextResponse & hvsim.control.v1.DomctlServiceSetVcpuContextResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSetVcpuContextResponse.$Properties): hvsim.control.v1.DomctlServiceSetVcpuContextResponse;

                /**
                 * Encodes the specified DomctlServiceSetVcpuContextResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSetVcpuContextResponse.verify|verify} messages.
                 * @param message DomctlServiceSetVcpuContextResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSetVcpuContextResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSetVcpuContextResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSetVcpuContextResponse & hvsim.control.v1.DomctlServiceSetVcpuContextResponse.$Shape} DomctlServiceSetVcpuContextResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSetVcpuContextResponse & hvsim.control.v1.DomctlServiceSetVcpuContextResponse.$Shape;

                /**
                 * Creates a DomctlServiceSetVcpuContextResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSetVcpuContextResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSetVcpuContextResponse;

                /**
                 * Creates a plain object from a DomctlServiceSetVcpuContextResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceSetVcpuContextResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSetVcpuContextResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSetVcpuContextResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSetVcpuContextResponse {

                /** Properties of a DomctlServiceSetVcpuContextResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSetVcpuContextResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceSetVcpuContextResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceGetVcpuContextRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceGetVcpuContextRequest.$Properties instead.
             */
            interface IDomctlServiceGetVcpuContextRequest extends hvsim.control.v1.DomctlServiceGetVcpuContextRequest.$Properties {
            }

            /** Represents a DomctlServiceGetVcpuContextRequest. */
            class DomctlServiceGetVcpuContextRequest {

                /**
                 * Constructs a new DomctlServiceGetVcpuContextRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGetVcpuContextRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceGetVcpuContextRequest domid. */
                domid: number;

                /** DomctlServiceGetVcpuContextRequest vcpu. */
                vcpu: number;

                /**
                 * Creates a new DomctlServiceGetVcpuContextRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGetVcpuContextRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGetVcpuContextRequest.$Shape): hvsim.control.v1.DomctlServiceGetVcpuContextRequest & hvsim.control.v1.DomctlServiceGetVcpuContextRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGetVcpuContextRequest.$Properties): hvsim.control.v1.DomctlServiceGetVcpuContextRequest;

                /**
                 * Encodes the specified DomctlServiceGetVcpuContextRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGetVcpuContextRequest.verify|verify} messages.
                 * @param message DomctlServiceGetVcpuContextRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGetVcpuContextRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGetVcpuContextRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGetVcpuContextRequest & hvsim.control.v1.DomctlServiceGetVcpuContextRequest.$Shape} DomctlServiceGetVcpuContextRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGetVcpuContextRequest & hvsim.control.v1.DomctlServiceGetVcpuContextRequest.$Shape;

                /**
                 * Creates a DomctlServiceGetVcpuContextRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGetVcpuContextRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGetVcpuContextRequest;

                /**
                 * Creates a plain object from a DomctlServiceGetVcpuContextRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceGetVcpuContextRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGetVcpuContextRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGetVcpuContextRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGetVcpuContextRequest {

                /** Properties of a DomctlServiceGetVcpuContextRequest. */
                interface $Properties {

                    /** DomctlServiceGetVcpuContextRequest domid */
                    domid?: number;

                    /** DomctlServiceGetVcpuContextRequest vcpu */
                    vcpu?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGetVcpuContextRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceGetVcpuContextRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceGetVcpuContextResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceGetVcpuContextResponse.$Properties instead.
             */
            interface IDomctlServiceGetVcpuContextResponse extends hvsim.control.v1.DomctlServiceGetVcpuContextResponse.$Properties {
            }

            /** Represents a DomctlServiceGetVcpuContextResponse. */
            class DomctlServiceGetVcpuContextResponse {

                /**
                 * Constructs a new DomctlServiceGetVcpuContextResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGetVcpuContextResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceGetVcpuContextResponse context. */
                context: hvsim.control.v1.VcpuContext;

                /**
                 * Creates a new DomctlServiceGetVcpuContextResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGetVcpuContextResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGetVcpuContextResponse.$Shape): hvsim.control.v1.DomctlServiceGetVcpuContextResponse & hvsim.control.v1.DomctlServiceGetVcpuContextResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGetVcpuContextResponse.$Properties): hvsim.control.v1.DomctlServiceGetVcpuContextResponse;

                /**
                 * Encodes the specified DomctlServiceGetVcpuContextResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGetVcpuContextResponse.verify|verify} messages.
                 * @param message DomctlServiceGetVcpuContextResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGetVcpuContextResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGetVcpuContextResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGetVcpuContextResponse & hvsim.control.v1.DomctlServiceGetVcpuContextResponse.$Shape} DomctlServiceGetVcpuContextResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGetVcpuContextResponse & hvsim.control.v1.DomctlServiceGetVcpuContextResponse.$Shape;

                /**
                 * Creates a DomctlServiceGetVcpuContextResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGetVcpuContextResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGetVcpuContextResponse;

                /**
                 * Creates a plain object from a DomctlServiceGetVcpuContextResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceGetVcpuContextResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGetVcpuContextResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGetVcpuContextResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGetVcpuContextResponse {

                /** Properties of a DomctlServiceGetVcpuContextResponse. */
                interface $Properties {

                    /** DomctlServiceGetVcpuContextResponse context */
                    context?: hvsim.control.v1.VcpuContext.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGetVcpuContextResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceGetVcpuContextResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceSetHvmParamRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceSetHvmParamRequest.$Properties instead.
             */
            interface IDomctlServiceSetHvmParamRequest extends hvsim.control.v1.DomctlServiceSetHvmParamRequest.$Properties {
            }

            /** Represents a DomctlServiceSetHvmParamRequest. */
            class DomctlServiceSetHvmParamRequest {

                /**
                 * Constructs a new DomctlServiceSetHvmParamRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSetHvmParamRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceSetHvmParamRequest domid. */
                domid: number;

                /** Xen's HVM_PARAM_* index. */
                index: number;

                /** DomctlServiceSetHvmParamRequest value. */
                value: number;

                /**
                 * Creates a new DomctlServiceSetHvmParamRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSetHvmParamRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSetHvmParamRequest.$Shape): hvsim.control.v1.DomctlServiceSetHvmParamRequest & hvsim.control.v1.DomctlServiceSetHvmParamRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSetHvmParamRequest.$Properties): hvsim.control.v1.DomctlServiceSetHvmParamRequest;

                /**
                 * Encodes the specified DomctlServiceSetHvmParamRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSetHvmParamRequest.verify|verify} messages.
                 * @param message DomctlServiceSetHvmParamRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSetHvmParamRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSetHvmParamRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSetHvmParamRequest & hvsim.control.v1.DomctlServiceSetHvmParamRequest.$Shape} DomctlServiceSetHvmParamRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSetHvmParamRequest & hvsim.control.v1.DomctlServiceSetHvmParamRequest.$Shape;

                /**
                 * Creates a DomctlServiceSetHvmParamRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSetHvmParamRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSetHvmParamRequest;

                /**
                 * Creates a plain object from a DomctlServiceSetHvmParamRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceSetHvmParamRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSetHvmParamRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSetHvmParamRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSetHvmParamRequest {

                /** Properties of a DomctlServiceSetHvmParamRequest. */
                interface $Properties {

                    /** DomctlServiceSetHvmParamRequest domid */
                    domid?: number;

                    /** Xen's HVM_PARAM_* index. */
                    index?: number;

                    /** DomctlServiceSetHvmParamRequest value */
                    value?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSetHvmParamRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceSetHvmParamRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceSetHvmParamResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceSetHvmParamResponse.$Properties instead.
             */
            interface IDomctlServiceSetHvmParamResponse extends hvsim.control.v1.DomctlServiceSetHvmParamResponse.$Properties {
            }

            /** Represents a DomctlServiceSetHvmParamResponse. */
            class DomctlServiceSetHvmParamResponse {

                /**
                 * Constructs a new DomctlServiceSetHvmParamResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSetHvmParamResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServiceSetHvmParamResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSetHvmParamResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSetHvmParamResponse.$Shape): hvsim.control.v1.DomctlServiceSetHvmParamResponse & hvsim.control.v1.DomctlServiceSetHvmParamResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSetHvmParamResponse.$Properties): hvsim.control.v1.DomctlServiceSetHvmParamResponse;

                /**
                 * Encodes the specified DomctlServiceSetHvmParamResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSetHvmParamResponse.verify|verify} messages.
                 * @param message DomctlServiceSetHvmParamResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSetHvmParamResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSetHvmParamResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSetHvmParamResponse & hvsim.control.v1.DomctlServiceSetHvmParamResponse.$Shape} DomctlServiceSetHvmParamResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSetHvmParamResponse & hvsim.control.v1.DomctlServiceSetHvmParamResponse.$Shape;

                /**
                 * Creates a DomctlServiceSetHvmParamResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSetHvmParamResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSetHvmParamResponse;

                /**
                 * Creates a plain object from a DomctlServiceSetHvmParamResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceSetHvmParamResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSetHvmParamResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSetHvmParamResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSetHvmParamResponse {

                /** Properties of a DomctlServiceSetHvmParamResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSetHvmParamResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceSetHvmParamResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceGetHvmParamRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceGetHvmParamRequest.$Properties instead.
             */
            interface IDomctlServiceGetHvmParamRequest extends hvsim.control.v1.DomctlServiceGetHvmParamRequest.$Properties {
            }

            /** Represents a DomctlServiceGetHvmParamRequest. */
            class DomctlServiceGetHvmParamRequest {

                /**
                 * Constructs a new DomctlServiceGetHvmParamRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGetHvmParamRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceGetHvmParamRequest domid. */
                domid: number;

                /** DomctlServiceGetHvmParamRequest index. */
                index: number;

                /**
                 * Creates a new DomctlServiceGetHvmParamRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGetHvmParamRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGetHvmParamRequest.$Shape): hvsim.control.v1.DomctlServiceGetHvmParamRequest & hvsim.control.v1.DomctlServiceGetHvmParamRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGetHvmParamRequest.$Properties): hvsim.control.v1.DomctlServiceGetHvmParamRequest;

                /**
                 * Encodes the specified DomctlServiceGetHvmParamRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGetHvmParamRequest.verify|verify} messages.
                 * @param message DomctlServiceGetHvmParamRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGetHvmParamRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGetHvmParamRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGetHvmParamRequest & hvsim.control.v1.DomctlServiceGetHvmParamRequest.$Shape} DomctlServiceGetHvmParamRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGetHvmParamRequest & hvsim.control.v1.DomctlServiceGetHvmParamRequest.$Shape;

                /**
                 * Creates a DomctlServiceGetHvmParamRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGetHvmParamRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGetHvmParamRequest;

                /**
                 * Creates a plain object from a DomctlServiceGetHvmParamRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceGetHvmParamRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGetHvmParamRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGetHvmParamRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGetHvmParamRequest {

                /** Properties of a DomctlServiceGetHvmParamRequest. */
                interface $Properties {

                    /** DomctlServiceGetHvmParamRequest domid */
                    domid?: number;

                    /** DomctlServiceGetHvmParamRequest index */
                    index?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGetHvmParamRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceGetHvmParamRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceGetHvmParamResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceGetHvmParamResponse.$Properties instead.
             */
            interface IDomctlServiceGetHvmParamResponse extends hvsim.control.v1.DomctlServiceGetHvmParamResponse.$Properties {
            }

            /** Represents a DomctlServiceGetHvmParamResponse. */
            class DomctlServiceGetHvmParamResponse {

                /**
                 * Constructs a new DomctlServiceGetHvmParamResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGetHvmParamResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceGetHvmParamResponse value. */
                value: number;

                /**
                 * Creates a new DomctlServiceGetHvmParamResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGetHvmParamResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGetHvmParamResponse.$Shape): hvsim.control.v1.DomctlServiceGetHvmParamResponse & hvsim.control.v1.DomctlServiceGetHvmParamResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGetHvmParamResponse.$Properties): hvsim.control.v1.DomctlServiceGetHvmParamResponse;

                /**
                 * Encodes the specified DomctlServiceGetHvmParamResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGetHvmParamResponse.verify|verify} messages.
                 * @param message DomctlServiceGetHvmParamResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGetHvmParamResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGetHvmParamResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGetHvmParamResponse & hvsim.control.v1.DomctlServiceGetHvmParamResponse.$Shape} DomctlServiceGetHvmParamResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGetHvmParamResponse & hvsim.control.v1.DomctlServiceGetHvmParamResponse.$Shape;

                /**
                 * Creates a DomctlServiceGetHvmParamResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGetHvmParamResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGetHvmParamResponse;

                /**
                 * Creates a plain object from a DomctlServiceGetHvmParamResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceGetHvmParamResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGetHvmParamResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGetHvmParamResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGetHvmParamResponse {

                /** Properties of a DomctlServiceGetHvmParamResponse. */
                interface $Properties {

                    /** DomctlServiceGetHvmParamResponse value */
                    value?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGetHvmParamResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceGetHvmParamResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceEvtchnAllocUnboundRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest.$Properties instead.
             */
            interface IDomctlServiceEvtchnAllocUnboundRequest extends hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest.$Properties {
            }

            /** Represents a DomctlServiceEvtchnAllocUnboundRequest. */
            class DomctlServiceEvtchnAllocUnboundRequest {

                /**
                 * Constructs a new DomctlServiceEvtchnAllocUnboundRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The domain the new port belongs to. */
                dom: number;

                /** The domain allowed to bind it. */
                remoteDom: number;

                /**
                 * Creates a new DomctlServiceEvtchnAllocUnboundRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceEvtchnAllocUnboundRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest.$Shape): hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest & hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest.$Properties): hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest;

                /**
                 * Encodes the specified DomctlServiceEvtchnAllocUnboundRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest.verify|verify} messages.
                 * @param message DomctlServiceEvtchnAllocUnboundRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceEvtchnAllocUnboundRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest & hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest.$Shape} DomctlServiceEvtchnAllocUnboundRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest & hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest.$Shape;

                /**
                 * Creates a DomctlServiceEvtchnAllocUnboundRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceEvtchnAllocUnboundRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest;

                /**
                 * Creates a plain object from a DomctlServiceEvtchnAllocUnboundRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceEvtchnAllocUnboundRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceEvtchnAllocUnboundRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceEvtchnAllocUnboundRequest {

                /** Properties of a DomctlServiceEvtchnAllocUnboundRequest. */
                interface $Properties {

                    /** The domain the new port belongs to. */
                    dom?: number;

                    /** The domain allowed to bind it. */
                    remoteDom?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceEvtchnAllocUnboundRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceEvtchnAllocUnboundRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceEvtchnAllocUnboundResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse.$Properties instead.
             */
            interface IDomctlServiceEvtchnAllocUnboundResponse extends hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse.$Properties {
            }

            /** Represents a DomctlServiceEvtchnAllocUnboundResponse. */
            class DomctlServiceEvtchnAllocUnboundResponse {

                /**
                 * Constructs a new DomctlServiceEvtchnAllocUnboundResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceEvtchnAllocUnboundResponse port. */
                port: number;

                /**
                 * Creates a new DomctlServiceEvtchnAllocUnboundResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceEvtchnAllocUnboundResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse.$Shape): hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse & hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse.$Properties): hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse;

                /**
                 * Encodes the specified DomctlServiceEvtchnAllocUnboundResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse.verify|verify} messages.
                 * @param message DomctlServiceEvtchnAllocUnboundResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceEvtchnAllocUnboundResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse & hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse.$Shape} DomctlServiceEvtchnAllocUnboundResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse & hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse.$Shape;

                /**
                 * Creates a DomctlServiceEvtchnAllocUnboundResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceEvtchnAllocUnboundResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse;

                /**
                 * Creates a plain object from a DomctlServiceEvtchnAllocUnboundResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceEvtchnAllocUnboundResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceEvtchnAllocUnboundResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceEvtchnAllocUnboundResponse {

                /** Properties of a DomctlServiceEvtchnAllocUnboundResponse. */
                interface $Properties {

                    /** DomctlServiceEvtchnAllocUnboundResponse port */
                    port?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceEvtchnAllocUnboundResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceEvtchnAllocUnboundResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceEvtchnBindInterdomainRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest.$Properties instead.
             */
            interface IDomctlServiceEvtchnBindInterdomainRequest extends hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest.$Properties {
            }

            /** Represents a DomctlServiceEvtchnBindInterdomainRequest. */
            class DomctlServiceEvtchnBindInterdomainRequest {

                /**
                 * Constructs a new DomctlServiceEvtchnBindInterdomainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceEvtchnBindInterdomainRequest remoteDom. */
                remoteDom: number;

                /** DomctlServiceEvtchnBindInterdomainRequest remotePort. */
                remotePort: number;

                /**
                 * Creates a new DomctlServiceEvtchnBindInterdomainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceEvtchnBindInterdomainRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest.$Shape): hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest & hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest.$Properties): hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest;

                /**
                 * Encodes the specified DomctlServiceEvtchnBindInterdomainRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest.verify|verify} messages.
                 * @param message DomctlServiceEvtchnBindInterdomainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceEvtchnBindInterdomainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest & hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest.$Shape} DomctlServiceEvtchnBindInterdomainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest & hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest.$Shape;

                /**
                 * Creates a DomctlServiceEvtchnBindInterdomainRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceEvtchnBindInterdomainRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest;

                /**
                 * Creates a plain object from a DomctlServiceEvtchnBindInterdomainRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceEvtchnBindInterdomainRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceEvtchnBindInterdomainRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceEvtchnBindInterdomainRequest {

                /** Properties of a DomctlServiceEvtchnBindInterdomainRequest. */
                interface $Properties {

                    /** DomctlServiceEvtchnBindInterdomainRequest remoteDom */
                    remoteDom?: number;

                    /** DomctlServiceEvtchnBindInterdomainRequest remotePort */
                    remotePort?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceEvtchnBindInterdomainRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceEvtchnBindInterdomainRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceEvtchnBindInterdomainResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse.$Properties instead.
             */
            interface IDomctlServiceEvtchnBindInterdomainResponse extends hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse.$Properties {
            }

            /** Represents a DomctlServiceEvtchnBindInterdomainResponse. */
            class DomctlServiceEvtchnBindInterdomainResponse {

                /**
                 * Constructs a new DomctlServiceEvtchnBindInterdomainResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** dom0's new local port. */
                localPort: number;

                /**
                 * Creates a new DomctlServiceEvtchnBindInterdomainResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceEvtchnBindInterdomainResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse.$Shape): hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse & hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse.$Properties): hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse;

                /**
                 * Encodes the specified DomctlServiceEvtchnBindInterdomainResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse.verify|verify} messages.
                 * @param message DomctlServiceEvtchnBindInterdomainResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceEvtchnBindInterdomainResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse & hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse.$Shape} DomctlServiceEvtchnBindInterdomainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse & hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse.$Shape;

                /**
                 * Creates a DomctlServiceEvtchnBindInterdomainResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceEvtchnBindInterdomainResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse;

                /**
                 * Creates a plain object from a DomctlServiceEvtchnBindInterdomainResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceEvtchnBindInterdomainResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceEvtchnBindInterdomainResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceEvtchnBindInterdomainResponse {

                /** Properties of a DomctlServiceEvtchnBindInterdomainResponse. */
                interface $Properties {

                    /** dom0's new local port. */
                    localPort?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceEvtchnBindInterdomainResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceEvtchnBindInterdomainResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceEvtchnSendRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceEvtchnSendRequest.$Properties instead.
             */
            interface IDomctlServiceEvtchnSendRequest extends hvsim.control.v1.DomctlServiceEvtchnSendRequest.$Properties {
            }

            /** Represents a DomctlServiceEvtchnSendRequest. */
            class DomctlServiceEvtchnSendRequest {

                /**
                 * Constructs a new DomctlServiceEvtchnSendRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceEvtchnSendRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** One of dom0's ports. */
                port: number;

                /**
                 * Creates a new DomctlServiceEvtchnSendRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceEvtchnSendRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceEvtchnSendRequest.$Shape): hvsim.control.v1.DomctlServiceEvtchnSendRequest & hvsim.control.v1.DomctlServiceEvtchnSendRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceEvtchnSendRequest.$Properties): hvsim.control.v1.DomctlServiceEvtchnSendRequest;

                /**
                 * Encodes the specified DomctlServiceEvtchnSendRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceEvtchnSendRequest.verify|verify} messages.
                 * @param message DomctlServiceEvtchnSendRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceEvtchnSendRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceEvtchnSendRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceEvtchnSendRequest & hvsim.control.v1.DomctlServiceEvtchnSendRequest.$Shape} DomctlServiceEvtchnSendRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceEvtchnSendRequest & hvsim.control.v1.DomctlServiceEvtchnSendRequest.$Shape;

                /**
                 * Creates a DomctlServiceEvtchnSendRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceEvtchnSendRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceEvtchnSendRequest;

                /**
                 * Creates a plain object from a DomctlServiceEvtchnSendRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceEvtchnSendRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceEvtchnSendRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceEvtchnSendRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceEvtchnSendRequest {

                /** Properties of a DomctlServiceEvtchnSendRequest. */
                interface $Properties {

                    /** One of dom0's ports. */
                    port?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceEvtchnSendRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceEvtchnSendRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceEvtchnSendResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceEvtchnSendResponse.$Properties instead.
             */
            interface IDomctlServiceEvtchnSendResponse extends hvsim.control.v1.DomctlServiceEvtchnSendResponse.$Properties {
            }

            /** Represents a DomctlServiceEvtchnSendResponse. */
            class DomctlServiceEvtchnSendResponse {

                /**
                 * Constructs a new DomctlServiceEvtchnSendResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceEvtchnSendResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServiceEvtchnSendResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceEvtchnSendResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceEvtchnSendResponse.$Shape): hvsim.control.v1.DomctlServiceEvtchnSendResponse & hvsim.control.v1.DomctlServiceEvtchnSendResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceEvtchnSendResponse.$Properties): hvsim.control.v1.DomctlServiceEvtchnSendResponse;

                /**
                 * Encodes the specified DomctlServiceEvtchnSendResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceEvtchnSendResponse.verify|verify} messages.
                 * @param message DomctlServiceEvtchnSendResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceEvtchnSendResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceEvtchnSendResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceEvtchnSendResponse & hvsim.control.v1.DomctlServiceEvtchnSendResponse.$Shape} DomctlServiceEvtchnSendResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceEvtchnSendResponse & hvsim.control.v1.DomctlServiceEvtchnSendResponse.$Shape;

                /**
                 * Creates a DomctlServiceEvtchnSendResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceEvtchnSendResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceEvtchnSendResponse;

                /**
                 * Creates a plain object from a DomctlServiceEvtchnSendResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceEvtchnSendResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceEvtchnSendResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceEvtchnSendResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceEvtchnSendResponse {

                /** Properties of a DomctlServiceEvtchnSendResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceEvtchnSendResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceEvtchnSendResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceEvtchnCloseRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceEvtchnCloseRequest.$Properties instead.
             */
            interface IDomctlServiceEvtchnCloseRequest extends hvsim.control.v1.DomctlServiceEvtchnCloseRequest.$Properties {
            }

            /** Represents a DomctlServiceEvtchnCloseRequest. */
            class DomctlServiceEvtchnCloseRequest {

                /**
                 * Constructs a new DomctlServiceEvtchnCloseRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceEvtchnCloseRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceEvtchnCloseRequest port. */
                port: number;

                /**
                 * Creates a new DomctlServiceEvtchnCloseRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceEvtchnCloseRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceEvtchnCloseRequest.$Shape): hvsim.control.v1.DomctlServiceEvtchnCloseRequest & hvsim.control.v1.DomctlServiceEvtchnCloseRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceEvtchnCloseRequest.$Properties): hvsim.control.v1.DomctlServiceEvtchnCloseRequest;

                /**
                 * Encodes the specified DomctlServiceEvtchnCloseRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceEvtchnCloseRequest.verify|verify} messages.
                 * @param message DomctlServiceEvtchnCloseRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceEvtchnCloseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceEvtchnCloseRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceEvtchnCloseRequest & hvsim.control.v1.DomctlServiceEvtchnCloseRequest.$Shape} DomctlServiceEvtchnCloseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceEvtchnCloseRequest & hvsim.control.v1.DomctlServiceEvtchnCloseRequest.$Shape;

                /**
                 * Creates a DomctlServiceEvtchnCloseRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceEvtchnCloseRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceEvtchnCloseRequest;

                /**
                 * Creates a plain object from a DomctlServiceEvtchnCloseRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceEvtchnCloseRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceEvtchnCloseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceEvtchnCloseRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceEvtchnCloseRequest {

                /** Properties of a DomctlServiceEvtchnCloseRequest. */
                interface $Properties {

                    /** DomctlServiceEvtchnCloseRequest port */
                    port?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceEvtchnCloseRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceEvtchnCloseRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceEvtchnCloseResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceEvtchnCloseResponse.$Properties instead.
             */
            interface IDomctlServiceEvtchnCloseResponse extends hvsim.control.v1.DomctlServiceEvtchnCloseResponse.$Properties {
            }

            /** Represents a DomctlServiceEvtchnCloseResponse. */
            class DomctlServiceEvtchnCloseResponse {

                /**
                 * Constructs a new DomctlServiceEvtchnCloseResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceEvtchnCloseResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServiceEvtchnCloseResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceEvtchnCloseResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceEvtchnCloseResponse.$Shape): hvsim.control.v1.DomctlServiceEvtchnCloseResponse & hvsim.control.v1.DomctlServiceEvtchnCloseResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceEvtchnCloseResponse.$Properties): hvsim.control.v1.DomctlServiceEvtchnCloseResponse;

                /**
                 * Encodes the specified DomctlServiceEvtchnCloseResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceEvtchnCloseResponse.verify|verify} messages.
                 * @param message DomctlServiceEvtchnCloseResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceEvtchnCloseResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceEvtchnCloseResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceEvtchnCloseResponse & hvsim.control.v1.DomctlServiceEvtchnCloseResponse.$Shape} DomctlServiceEvtchnCloseResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceEvtchnCloseResponse & hvsim.control.v1.DomctlServiceEvtchnCloseResponse.$Shape;

                /**
                 * Creates a DomctlServiceEvtchnCloseResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceEvtchnCloseResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceEvtchnCloseResponse;

                /**
                 * Creates a plain object from a DomctlServiceEvtchnCloseResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceEvtchnCloseResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceEvtchnCloseResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceEvtchnCloseResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceEvtchnCloseResponse {

                /** Properties of a DomctlServiceEvtchnCloseResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceEvtchnCloseResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceEvtchnCloseResponse.$Properties;
            }

            /** EVTCHNSTAT_* of Xen's event_channel.h (closed ports are not listed). */
            enum EvtchnStatus {

                /** EVTCHN_STATUS_UNSPECIFIED value */
                EVTCHN_STATUS_UNSPECIFIED = 0,

                /** EVTCHN_STATUS_UNBOUND value */
                EVTCHN_STATUS_UNBOUND = 1,

                /** EVTCHN_STATUS_INTERDOMAIN value */
                EVTCHN_STATUS_INTERDOMAIN = 2,

                /** EVTCHN_STATUS_PIRQ value */
                EVTCHN_STATUS_PIRQ = 3,

                /** EVTCHN_STATUS_VIRQ value */
                EVTCHN_STATUS_VIRQ = 4,

                /** EVTCHN_STATUS_IPI value */
                EVTCHN_STATUS_IPI = 5
            }

            /**
             * Properties of an EvtchnPort.
             * @deprecated Use hvsim.control.v1.EvtchnPort.$Properties instead.
             */
            interface IEvtchnPort extends hvsim.control.v1.EvtchnPort.$Properties {
            }

            /** One port's binding (evtchn_status_t). */
            class EvtchnPort {

                /**
                 * Constructs a new EvtchnPort.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.EvtchnPort.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EvtchnPort port. */
                port: number;

                /** EvtchnPort status. */
                status: hvsim.control.v1.EvtchnStatus;

                /** The vCPU notified. */
                vcpu: number;

                /** Unbound: the domain allowed to bind it; interdomain: the peer. */
                remoteDom: number;

                /** Interdomain: the peer's port. */
                remotePort: number;

                /** VIRQ: the VIRQ number. */
                virq: number;

                /**
                 * Creates a new EvtchnPort instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EvtchnPort instance
                 */
                static create(properties: hvsim.control.v1.EvtchnPort.$Shape): hvsim.control.v1.EvtchnPort & hvsim.control.v1.EvtchnPort.$Shape;
                static create(properties?: hvsim.control.v1.EvtchnPort.$Properties): hvsim.control.v1.EvtchnPort;

                /**
                 * Encodes the specified EvtchnPort message. Does not implicitly {@link hvsim.control.v1.EvtchnPort.verify|verify} messages.
                 * @param message EvtchnPort message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.EvtchnPort.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EvtchnPort message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.EvtchnPort & hvsim.control.v1.EvtchnPort.$Shape} EvtchnPort
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.EvtchnPort & hvsim.control.v1.EvtchnPort.$Shape;

                /**
                 * Creates an EvtchnPort message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EvtchnPort
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.EvtchnPort;

                /**
                 * Creates a plain object from an EvtchnPort message. Also converts values to other types if specified.
                 * @param message EvtchnPort
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.EvtchnPort, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EvtchnPort to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EvtchnPort {

                /** Properties of an EvtchnPort. */
                interface $Properties {

                    /** EvtchnPort port */
                    port?: number;

                    /** EvtchnPort status */
                    status?: hvsim.control.v1.EvtchnStatus;

                    /** The vCPU notified. */
                    vcpu?: number;

                    /** Unbound: the domain allowed to bind it; interdomain: the peer. */
                    remoteDom?: number;

                    /** Interdomain: the peer's port. */
                    remotePort?: number;

                    /** VIRQ: the VIRQ number. */
                    virq?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EvtchnPort. */
                type $Shape = hvsim.control.v1.EvtchnPort.$Properties;
            }

            /**
             * Properties of a DomctlServiceEvtchnListRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceEvtchnListRequest.$Properties instead.
             */
            interface IDomctlServiceEvtchnListRequest extends hvsim.control.v1.DomctlServiceEvtchnListRequest.$Properties {
            }

            /** Represents a DomctlServiceEvtchnListRequest. */
            class DomctlServiceEvtchnListRequest {

                /**
                 * Constructs a new DomctlServiceEvtchnListRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceEvtchnListRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceEvtchnListRequest domid. */
                domid: number;

                /**
                 * Creates a new DomctlServiceEvtchnListRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceEvtchnListRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceEvtchnListRequest.$Shape): hvsim.control.v1.DomctlServiceEvtchnListRequest & hvsim.control.v1.DomctlServiceEvtchnListRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceEvtchnListRequest.$Properties): hvsim.control.v1.DomctlServiceEvtchnListRequest;

                /**
                 * Encodes the specified DomctlServiceEvtchnListRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceEvtchnListRequest.verify|verify} messages.
                 * @param message DomctlServiceEvtchnListRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceEvtchnListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceEvtchnListRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceEvtchnListRequest & hvsim.control.v1.DomctlServiceEvtchnListRequest.$Shape} DomctlServiceEvtchnListRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceEvtchnListRequest & hvsim.control.v1.DomctlServiceEvtchnListRequest.$Shape;

                /**
                 * Creates a DomctlServiceEvtchnListRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceEvtchnListRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceEvtchnListRequest;

                /**
                 * Creates a plain object from a DomctlServiceEvtchnListRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceEvtchnListRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceEvtchnListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceEvtchnListRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceEvtchnListRequest {

                /** Properties of a DomctlServiceEvtchnListRequest. */
                interface $Properties {

                    /** DomctlServiceEvtchnListRequest domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceEvtchnListRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceEvtchnListRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceEvtchnListResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceEvtchnListResponse.$Properties instead.
             */
            interface IDomctlServiceEvtchnListResponse extends hvsim.control.v1.DomctlServiceEvtchnListResponse.$Properties {
            }

            /** Represents a DomctlServiceEvtchnListResponse. */
            class DomctlServiceEvtchnListResponse {

                /**
                 * Constructs a new DomctlServiceEvtchnListResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceEvtchnListResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Open ports, ascending. */
                ports: hvsim.control.v1.EvtchnPort[];

                /**
                 * Creates a new DomctlServiceEvtchnListResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceEvtchnListResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceEvtchnListResponse.$Shape): hvsim.control.v1.DomctlServiceEvtchnListResponse & hvsim.control.v1.DomctlServiceEvtchnListResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceEvtchnListResponse.$Properties): hvsim.control.v1.DomctlServiceEvtchnListResponse;

                /**
                 * Encodes the specified DomctlServiceEvtchnListResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceEvtchnListResponse.verify|verify} messages.
                 * @param message DomctlServiceEvtchnListResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceEvtchnListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceEvtchnListResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceEvtchnListResponse & hvsim.control.v1.DomctlServiceEvtchnListResponse.$Shape} DomctlServiceEvtchnListResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceEvtchnListResponse & hvsim.control.v1.DomctlServiceEvtchnListResponse.$Shape;

                /**
                 * Creates a DomctlServiceEvtchnListResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceEvtchnListResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceEvtchnListResponse;

                /**
                 * Creates a plain object from a DomctlServiceEvtchnListResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceEvtchnListResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceEvtchnListResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceEvtchnListResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceEvtchnListResponse {

                /** Properties of a DomctlServiceEvtchnListResponse. */
                interface $Properties {

                    /** Open ports, ascending. */
                    ports?: hvsim.control.v1.EvtchnPort.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceEvtchnListResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceEvtchnListResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceEvtchnRestoreRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceEvtchnRestoreRequest.$Properties instead.
             */
            interface IDomctlServiceEvtchnRestoreRequest extends hvsim.control.v1.DomctlServiceEvtchnRestoreRequest.$Properties {
            }

            /** Represents a DomctlServiceEvtchnRestoreRequest. */
            class DomctlServiceEvtchnRestoreRequest {

                /**
                 * Constructs a new DomctlServiceEvtchnRestoreRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceEvtchnRestoreRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceEvtchnRestoreRequest domid. */
                domid: number;

                /** DomctlServiceEvtchnRestoreRequest port. */
                port: hvsim.control.v1.EvtchnPort;

                /**
                 * Creates a new DomctlServiceEvtchnRestoreRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceEvtchnRestoreRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceEvtchnRestoreRequest.$Shape): hvsim.control.v1.DomctlServiceEvtchnRestoreRequest & hvsim.control.v1.DomctlServiceEvtchnRestoreRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceEvtchnRestoreRequest.$Properties): hvsim.control.v1.DomctlServiceEvtchnRestoreRequest;

                /**
                 * Encodes the specified DomctlServiceEvtchnRestoreRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceEvtchnRestoreRequest.verify|verify} messages.
                 * @param message DomctlServiceEvtchnRestoreRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceEvtchnRestoreRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceEvtchnRestoreRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceEvtchnRestoreRequest & hvsim.control.v1.DomctlServiceEvtchnRestoreRequest.$Shape} DomctlServiceEvtchnRestoreRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceEvtchnRestoreRequest & hvsim.control.v1.DomctlServiceEvtchnRestoreRequest.$Shape;

                /**
                 * Creates a DomctlServiceEvtchnRestoreRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceEvtchnRestoreRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceEvtchnRestoreRequest;

                /**
                 * Creates a plain object from a DomctlServiceEvtchnRestoreRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceEvtchnRestoreRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceEvtchnRestoreRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceEvtchnRestoreRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceEvtchnRestoreRequest {

                /** Properties of a DomctlServiceEvtchnRestoreRequest. */
                interface $Properties {

                    /** DomctlServiceEvtchnRestoreRequest domid */
                    domid?: number;

                    /** DomctlServiceEvtchnRestoreRequest port */
                    port?: hvsim.control.v1.EvtchnPort.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceEvtchnRestoreRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceEvtchnRestoreRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceEvtchnRestoreResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceEvtchnRestoreResponse.$Properties instead.
             */
            interface IDomctlServiceEvtchnRestoreResponse extends hvsim.control.v1.DomctlServiceEvtchnRestoreResponse.$Properties {
            }

            /** Represents a DomctlServiceEvtchnRestoreResponse. */
            class DomctlServiceEvtchnRestoreResponse {

                /**
                 * Constructs a new DomctlServiceEvtchnRestoreResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceEvtchnRestoreResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServiceEvtchnRestoreResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceEvtchnRestoreResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceEvtchnRestoreResponse.$Shape): hvsim.control.v1.DomctlServiceEvtchnRestoreResponse & hvsim.control.v1.DomctlServiceEvtchnRestoreResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceEvtchnRestoreResponse.$Properties): hvsim.control.v1.DomctlServiceEvtchnRestoreResponse;

                /**
                 * Encodes the specified DomctlServiceEvtchnRestoreResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceEvtchnRestoreResponse.verify|verify} messages.
                 * @param message DomctlServiceEvtchnRestoreResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceEvtchnRestoreResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceEvtchnRestoreResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceEvtchnRestoreResponse & hvsim.control.v1.DomctlServiceEvtchnRestoreResponse.$Shape} DomctlServiceEvtchnRestoreResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceEvtchnRestoreResponse & hvsim.control.v1.DomctlServiceEvtchnRestoreResponse.$Shape;

                /**
                 * Creates a DomctlServiceEvtchnRestoreResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceEvtchnRestoreResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceEvtchnRestoreResponse;

                /**
                 * Creates a plain object from a DomctlServiceEvtchnRestoreResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceEvtchnRestoreResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceEvtchnRestoreResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceEvtchnRestoreResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceEvtchnRestoreResponse {

                /** Properties of a DomctlServiceEvtchnRestoreResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceEvtchnRestoreResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceEvtchnRestoreResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceConsoleReadRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceConsoleReadRequest.$Properties instead.
             */
            interface IDomctlServiceConsoleReadRequest extends hvsim.control.v1.DomctlServiceConsoleReadRequest.$Properties {
            }

            /** Represents a DomctlServiceConsoleReadRequest. */
            class DomctlServiceConsoleReadRequest {

                /**
                 * Constructs a new DomctlServiceConsoleReadRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceConsoleReadRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * The domain whose console_io output to read; DOMID_XEN (32754) for the
                 * hypervisor's log.
                 */
                domid: number;

                /**
                 * Byte offset into everything the domain ever wrote; start at 0 and pass
                 * next_index back.
                 */
                index: number;

                /** At most this many bytes (0 = up to 64 KiB). */
                maxBytes: number;

                /**
                 * Creates a new DomctlServiceConsoleReadRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceConsoleReadRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceConsoleReadRequest.$Shape): hvsim.control.v1.DomctlServiceConsoleReadRequest & hvsim.control.v1.DomctlServiceConsoleReadRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceConsoleReadRequest.$Properties): hvsim.control.v1.DomctlServiceConsoleReadRequest;

                /**
                 * Encodes the specified DomctlServiceConsoleReadRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceConsoleReadRequest.verify|verify} messages.
                 * @param message DomctlServiceConsoleReadRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceConsoleReadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceConsoleReadRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceConsoleReadRequest & hvsim.control.v1.DomctlServiceConsoleReadRequest.$Shape} DomctlServiceConsoleReadRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceConsoleReadRequest & hvsim.control.v1.DomctlServiceConsoleReadRequest.$Shape;

                /**
                 * Creates a DomctlServiceConsoleReadRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceConsoleReadRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceConsoleReadRequest;

                /**
                 * Creates a plain object from a DomctlServiceConsoleReadRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceConsoleReadRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceConsoleReadRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceConsoleReadRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceConsoleReadRequest {

                /** Properties of a DomctlServiceConsoleReadRequest. */
                interface $Properties {

                    /**
                     * The domain whose console_io output to read; DOMID_XEN (32754) for the
                     * hypervisor's log.
                     */
                    domid?: number;

                    /**
                     * Byte offset into everything the domain ever wrote; start at 0 and pass
                     * next_index back.
                     */
                    index?: number;

                    /** At most this many bytes (0 = up to 64 KiB). */
                    maxBytes?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceConsoleReadRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceConsoleReadRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceConsoleReadResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceConsoleReadResponse.$Properties instead.
             */
            interface IDomctlServiceConsoleReadResponse extends hvsim.control.v1.DomctlServiceConsoleReadResponse.$Properties {
            }

            /** Represents a DomctlServiceConsoleReadResponse. */
            class DomctlServiceConsoleReadResponse {

                /**
                 * Constructs a new DomctlServiceConsoleReadResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceConsoleReadResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceConsoleReadResponse data. */
                data: Uint8Array;

                /** DomctlServiceConsoleReadResponse nextIndex. */
                nextIndex: number;

                /** Bytes skipped because the core's bounded buffer had dropped them. */
                lostBytes: number;

                /**
                 * Creates a new DomctlServiceConsoleReadResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceConsoleReadResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceConsoleReadResponse.$Shape): hvsim.control.v1.DomctlServiceConsoleReadResponse & hvsim.control.v1.DomctlServiceConsoleReadResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceConsoleReadResponse.$Properties): hvsim.control.v1.DomctlServiceConsoleReadResponse;

                /**
                 * Encodes the specified DomctlServiceConsoleReadResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceConsoleReadResponse.verify|verify} messages.
                 * @param message DomctlServiceConsoleReadResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceConsoleReadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceConsoleReadResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceConsoleReadResponse & hvsim.control.v1.DomctlServiceConsoleReadResponse.$Shape} DomctlServiceConsoleReadResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceConsoleReadResponse & hvsim.control.v1.DomctlServiceConsoleReadResponse.$Shape;

                /**
                 * Creates a DomctlServiceConsoleReadResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceConsoleReadResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceConsoleReadResponse;

                /**
                 * Creates a plain object from a DomctlServiceConsoleReadResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceConsoleReadResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceConsoleReadResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceConsoleReadResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceConsoleReadResponse {

                /** Properties of a DomctlServiceConsoleReadResponse. */
                interface $Properties {

                    /** DomctlServiceConsoleReadResponse data */
                    data?: Uint8Array;

                    /** DomctlServiceConsoleReadResponse nextIndex */
                    nextIndex?: number;

                    /** Bytes skipped because the core's bounded buffer had dropped them. */
                    lostBytes?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceConsoleReadResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceConsoleReadResponse.$Properties;
            }

            /**
             * Properties of a DomctlServicePhysinfoRequest.
             * @deprecated Use hvsim.control.v1.DomctlServicePhysinfoRequest.$Properties instead.
             */
            interface IDomctlServicePhysinfoRequest extends hvsim.control.v1.DomctlServicePhysinfoRequest.$Properties {
            }

            /** Represents a DomctlServicePhysinfoRequest. */
            class DomctlServicePhysinfoRequest {

                /**
                 * Constructs a new DomctlServicePhysinfoRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServicePhysinfoRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServicePhysinfoRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServicePhysinfoRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServicePhysinfoRequest.$Shape): hvsim.control.v1.DomctlServicePhysinfoRequest & hvsim.control.v1.DomctlServicePhysinfoRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServicePhysinfoRequest.$Properties): hvsim.control.v1.DomctlServicePhysinfoRequest;

                /**
                 * Encodes the specified DomctlServicePhysinfoRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServicePhysinfoRequest.verify|verify} messages.
                 * @param message DomctlServicePhysinfoRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServicePhysinfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServicePhysinfoRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServicePhysinfoRequest & hvsim.control.v1.DomctlServicePhysinfoRequest.$Shape} DomctlServicePhysinfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServicePhysinfoRequest & hvsim.control.v1.DomctlServicePhysinfoRequest.$Shape;

                /**
                 * Creates a DomctlServicePhysinfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServicePhysinfoRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServicePhysinfoRequest;

                /**
                 * Creates a plain object from a DomctlServicePhysinfoRequest message. Also converts values to other types if specified.
                 * @param message DomctlServicePhysinfoRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServicePhysinfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServicePhysinfoRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServicePhysinfoRequest {

                /** Properties of a DomctlServicePhysinfoRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServicePhysinfoRequest. */
                type $Shape = hvsim.control.v1.DomctlServicePhysinfoRequest.$Properties;
            }

            /**
             * Properties of a DomctlServicePhysinfoResponse.
             * @deprecated Use hvsim.control.v1.DomctlServicePhysinfoResponse.$Properties instead.
             */
            interface IDomctlServicePhysinfoResponse extends hvsim.control.v1.DomctlServicePhysinfoResponse.$Properties {
            }

            /** Represents a DomctlServicePhysinfoResponse. */
            class DomctlServicePhysinfoResponse {

                /**
                 * Constructs a new DomctlServicePhysinfoResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServicePhysinfoResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServicePhysinfoResponse physinfo. */
                physinfo: hvsim.control.v1.Physinfo;

                /**
                 * Creates a new DomctlServicePhysinfoResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServicePhysinfoResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServicePhysinfoResponse.$Shape): hvsim.control.v1.DomctlServicePhysinfoResponse & hvsim.control.v1.DomctlServicePhysinfoResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServicePhysinfoResponse.$Properties): hvsim.control.v1.DomctlServicePhysinfoResponse;

                /**
                 * Encodes the specified DomctlServicePhysinfoResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServicePhysinfoResponse.verify|verify} messages.
                 * @param message DomctlServicePhysinfoResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServicePhysinfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServicePhysinfoResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServicePhysinfoResponse & hvsim.control.v1.DomctlServicePhysinfoResponse.$Shape} DomctlServicePhysinfoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServicePhysinfoResponse & hvsim.control.v1.DomctlServicePhysinfoResponse.$Shape;

                /**
                 * Creates a DomctlServicePhysinfoResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServicePhysinfoResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServicePhysinfoResponse;

                /**
                 * Creates a plain object from a DomctlServicePhysinfoResponse message. Also converts values to other types if specified.
                 * @param message DomctlServicePhysinfoResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServicePhysinfoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServicePhysinfoResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServicePhysinfoResponse {

                /** Properties of a DomctlServicePhysinfoResponse. */
                interface $Properties {

                    /** DomctlServicePhysinfoResponse physinfo */
                    physinfo?: hvsim.control.v1.Physinfo.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServicePhysinfoResponse. */
                type $Shape = hvsim.control.v1.DomctlServicePhysinfoResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceGetVersionRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceGetVersionRequest.$Properties instead.
             */
            interface IDomctlServiceGetVersionRequest extends hvsim.control.v1.DomctlServiceGetVersionRequest.$Properties {
            }

            /** Represents a DomctlServiceGetVersionRequest. */
            class DomctlServiceGetVersionRequest {

                /**
                 * Constructs a new DomctlServiceGetVersionRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGetVersionRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServiceGetVersionRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGetVersionRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGetVersionRequest.$Shape): hvsim.control.v1.DomctlServiceGetVersionRequest & hvsim.control.v1.DomctlServiceGetVersionRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGetVersionRequest.$Properties): hvsim.control.v1.DomctlServiceGetVersionRequest;

                /**
                 * Encodes the specified DomctlServiceGetVersionRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGetVersionRequest.verify|verify} messages.
                 * @param message DomctlServiceGetVersionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGetVersionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGetVersionRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGetVersionRequest & hvsim.control.v1.DomctlServiceGetVersionRequest.$Shape} DomctlServiceGetVersionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGetVersionRequest & hvsim.control.v1.DomctlServiceGetVersionRequest.$Shape;

                /**
                 * Creates a DomctlServiceGetVersionRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGetVersionRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGetVersionRequest;

                /**
                 * Creates a plain object from a DomctlServiceGetVersionRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceGetVersionRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGetVersionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGetVersionRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGetVersionRequest {

                /** Properties of a DomctlServiceGetVersionRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGetVersionRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceGetVersionRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceGetVersionResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceGetVersionResponse.$Properties instead.
             */
            interface IDomctlServiceGetVersionResponse extends hvsim.control.v1.DomctlServiceGetVersionResponse.$Properties {
            }

            /** Represents a DomctlServiceGetVersionResponse. */
            class DomctlServiceGetVersionResponse {

                /**
                 * Constructs a new DomctlServiceGetVersionResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGetVersionResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceGetVersionResponse version. */
                version: hvsim.control.v1.VersionInfo;

                /**
                 * Creates a new DomctlServiceGetVersionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGetVersionResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGetVersionResponse.$Shape): hvsim.control.v1.DomctlServiceGetVersionResponse & hvsim.control.v1.DomctlServiceGetVersionResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGetVersionResponse.$Properties): hvsim.control.v1.DomctlServiceGetVersionResponse;

                /**
                 * Encodes the specified DomctlServiceGetVersionResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGetVersionResponse.verify|verify} messages.
                 * @param message DomctlServiceGetVersionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGetVersionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGetVersionResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGetVersionResponse & hvsim.control.v1.DomctlServiceGetVersionResponse.$Shape} DomctlServiceGetVersionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGetVersionResponse & hvsim.control.v1.DomctlServiceGetVersionResponse.$Shape;

                /**
                 * Creates a DomctlServiceGetVersionResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGetVersionResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGetVersionResponse;

                /**
                 * Creates a plain object from a DomctlServiceGetVersionResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceGetVersionResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGetVersionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGetVersionResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGetVersionResponse {

                /** Properties of a DomctlServiceGetVersionResponse. */
                interface $Properties {

                    /** DomctlServiceGetVersionResponse version */
                    version?: hvsim.control.v1.VersionInfo.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGetVersionResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceGetVersionResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceWatchEventsRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceWatchEventsRequest.$Properties instead.
             */
            interface IDomctlServiceWatchEventsRequest extends hvsim.control.v1.DomctlServiceWatchEventsRequest.$Properties {
            }

            /** Represents a DomctlServiceWatchEventsRequest. */
            class DomctlServiceWatchEventsRequest {

                /**
                 * Constructs a new DomctlServiceWatchEventsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceWatchEventsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Also report DOMAIN_EVENT_TYPE_CONSOLE. */
                console: boolean;

                /** Also report DOMAIN_EVENT_TYPE_EVTCHN. */
                evtchn: boolean;

                /**
                 * Creates a new DomctlServiceWatchEventsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceWatchEventsRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceWatchEventsRequest.$Shape): hvsim.control.v1.DomctlServiceWatchEventsRequest & hvsim.control.v1.DomctlServiceWatchEventsRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceWatchEventsRequest.$Properties): hvsim.control.v1.DomctlServiceWatchEventsRequest;

                /**
                 * Encodes the specified DomctlServiceWatchEventsRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceWatchEventsRequest.verify|verify} messages.
                 * @param message DomctlServiceWatchEventsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceWatchEventsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceWatchEventsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceWatchEventsRequest & hvsim.control.v1.DomctlServiceWatchEventsRequest.$Shape} DomctlServiceWatchEventsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceWatchEventsRequest & hvsim.control.v1.DomctlServiceWatchEventsRequest.$Shape;

                /**
                 * Creates a DomctlServiceWatchEventsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceWatchEventsRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceWatchEventsRequest;

                /**
                 * Creates a plain object from a DomctlServiceWatchEventsRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceWatchEventsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceWatchEventsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceWatchEventsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceWatchEventsRequest {

                /** Properties of a DomctlServiceWatchEventsRequest. */
                interface $Properties {

                    /** Also report DOMAIN_EVENT_TYPE_CONSOLE. */
                    console?: boolean;

                    /** Also report DOMAIN_EVENT_TYPE_EVTCHN. */
                    evtchn?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceWatchEventsRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceWatchEventsRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceWatchEventsResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceWatchEventsResponse.$Properties instead.
             */
            interface IDomctlServiceWatchEventsResponse extends hvsim.control.v1.DomctlServiceWatchEventsResponse.$Properties {
            }

            /** Represents a DomctlServiceWatchEventsResponse. */
            class DomctlServiceWatchEventsResponse {

                /**
                 * Constructs a new DomctlServiceWatchEventsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceWatchEventsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceWatchEventsResponse event. */
                event: hvsim.control.v1.DomainEvent;

                /**
                 * Creates a new DomctlServiceWatchEventsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceWatchEventsResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceWatchEventsResponse.$Shape): hvsim.control.v1.DomctlServiceWatchEventsResponse & hvsim.control.v1.DomctlServiceWatchEventsResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceWatchEventsResponse.$Properties): hvsim.control.v1.DomctlServiceWatchEventsResponse;

                /**
                 * Encodes the specified DomctlServiceWatchEventsResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceWatchEventsResponse.verify|verify} messages.
                 * @param message DomctlServiceWatchEventsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceWatchEventsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceWatchEventsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceWatchEventsResponse & hvsim.control.v1.DomctlServiceWatchEventsResponse.$Shape} DomctlServiceWatchEventsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceWatchEventsResponse & hvsim.control.v1.DomctlServiceWatchEventsResponse.$Shape;

                /**
                 * Creates a DomctlServiceWatchEventsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceWatchEventsResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceWatchEventsResponse;

                /**
                 * Creates a plain object from a DomctlServiceWatchEventsResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceWatchEventsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceWatchEventsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceWatchEventsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceWatchEventsResponse {

                /** Properties of a DomctlServiceWatchEventsResponse. */
                interface $Properties {

                    /** DomctlServiceWatchEventsResponse event */
                    event?: hvsim.control.v1.DomainEvent.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceWatchEventsResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceWatchEventsResponse.$Properties;
            }

            /**
             * Properties of a GrantFrame.
             * @deprecated Use hvsim.control.v1.GrantFrame.$Properties instead.
             */
            interface IGrantFrame extends hvsim.control.v1.GrantFrame.$Properties {
            }

            /** One grant-table frame as a save image carries it. */
            class GrantFrame {

                /**
                 * Constructs a new GrantFrame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.GrantFrame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Where the guest sees the frame (an absolute gfn); -1 where it sees it nowhere. */
                gfn: number;

                /** The frame's 4096 bytes of grant_entry_v1. */
                entries: Uint8Array;

                /**
                 * Creates a new GrantFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GrantFrame instance
                 */
                static create(properties: hvsim.control.v1.GrantFrame.$Shape): hvsim.control.v1.GrantFrame & hvsim.control.v1.GrantFrame.$Shape;
                static create(properties?: hvsim.control.v1.GrantFrame.$Properties): hvsim.control.v1.GrantFrame;

                /**
                 * Encodes the specified GrantFrame message. Does not implicitly {@link hvsim.control.v1.GrantFrame.verify|verify} messages.
                 * @param message GrantFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.GrantFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GrantFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.GrantFrame & hvsim.control.v1.GrantFrame.$Shape} GrantFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.GrantFrame & hvsim.control.v1.GrantFrame.$Shape;

                /**
                 * Creates a GrantFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GrantFrame
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.GrantFrame;

                /**
                 * Creates a plain object from a GrantFrame message. Also converts values to other types if specified.
                 * @param message GrantFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.GrantFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GrantFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GrantFrame {

                /** Properties of a GrantFrame. */
                interface $Properties {

                    /** Where the guest sees the frame (an absolute gfn); -1 where it sees it nowhere. */
                    gfn?: number;

                    /** The frame's 4096 bytes of grant_entry_v1. */
                    entries?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GrantFrame. */
                type $Shape = hvsim.control.v1.GrantFrame.$Properties;
            }

            /**
             * Properties of a DomctlServiceGetGrantTableRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceGetGrantTableRequest.$Properties instead.
             */
            interface IDomctlServiceGetGrantTableRequest extends hvsim.control.v1.DomctlServiceGetGrantTableRequest.$Properties {
            }

            /** Represents a DomctlServiceGetGrantTableRequest. */
            class DomctlServiceGetGrantTableRequest {

                /**
                 * Constructs a new DomctlServiceGetGrantTableRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGetGrantTableRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceGetGrantTableRequest domid. */
                domid: number;

                /**
                 * Creates a new DomctlServiceGetGrantTableRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGetGrantTableRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGetGrantTableRequest.$Shape): hvsim.control.v1.DomctlServiceGetGrantTableRequest & hvsim.control.v1.DomctlServiceGetGrantTableRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGetGrantTableRequest.$Properties): hvsim.control.v1.DomctlServiceGetGrantTableRequest;

                /**
                 * Encodes the specified DomctlServiceGetGrantTableRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGetGrantTableRequest.verify|verify} messages.
                 * @param message DomctlServiceGetGrantTableRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGetGrantTableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGetGrantTableRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGetGrantTableRequest & hvsim.control.v1.DomctlServiceGetGrantTableRequest.$Shape} DomctlServiceGetGrantTableRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGetGrantTableRequest & hvsim.control.v1.DomctlServiceGetGrantTableRequest.$Shape;

                /**
                 * Creates a DomctlServiceGetGrantTableRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGetGrantTableRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGetGrantTableRequest;

                /**
                 * Creates a plain object from a DomctlServiceGetGrantTableRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceGetGrantTableRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGetGrantTableRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGetGrantTableRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGetGrantTableRequest {

                /** Properties of a DomctlServiceGetGrantTableRequest. */
                interface $Properties {

                    /** DomctlServiceGetGrantTableRequest domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGetGrantTableRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceGetGrantTableRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceGetGrantTableResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceGetGrantTableResponse.$Properties instead.
             */
            interface IDomctlServiceGetGrantTableResponse extends hvsim.control.v1.DomctlServiceGetGrantTableResponse.$Properties {
            }

            /** Represents a DomctlServiceGetGrantTableResponse. */
            class DomctlServiceGetGrantTableResponse {

                /**
                 * Constructs a new DomctlServiceGetGrantTableResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGetGrantTableResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceGetGrantTableResponse frames. */
                frames: hvsim.control.v1.GrantFrame[];

                /**
                 * Creates a new DomctlServiceGetGrantTableResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGetGrantTableResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGetGrantTableResponse.$Shape): hvsim.control.v1.DomctlServiceGetGrantTableResponse & hvsim.control.v1.DomctlServiceGetGrantTableResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGetGrantTableResponse.$Properties): hvsim.control.v1.DomctlServiceGetGrantTableResponse;

                /**
                 * Encodes the specified DomctlServiceGetGrantTableResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGetGrantTableResponse.verify|verify} messages.
                 * @param message DomctlServiceGetGrantTableResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGetGrantTableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGetGrantTableResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGetGrantTableResponse & hvsim.control.v1.DomctlServiceGetGrantTableResponse.$Shape} DomctlServiceGetGrantTableResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGetGrantTableResponse & hvsim.control.v1.DomctlServiceGetGrantTableResponse.$Shape;

                /**
                 * Creates a DomctlServiceGetGrantTableResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGetGrantTableResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGetGrantTableResponse;

                /**
                 * Creates a plain object from a DomctlServiceGetGrantTableResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceGetGrantTableResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGetGrantTableResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGetGrantTableResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGetGrantTableResponse {

                /** Properties of a DomctlServiceGetGrantTableResponse. */
                interface $Properties {

                    /** DomctlServiceGetGrantTableResponse frames */
                    frames?: hvsim.control.v1.GrantFrame.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGetGrantTableResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceGetGrantTableResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceSetGrantTableRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceSetGrantTableRequest.$Properties instead.
             */
            interface IDomctlServiceSetGrantTableRequest extends hvsim.control.v1.DomctlServiceSetGrantTableRequest.$Properties {
            }

            /** Represents a DomctlServiceSetGrantTableRequest. */
            class DomctlServiceSetGrantTableRequest {

                /**
                 * Constructs a new DomctlServiceSetGrantTableRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSetGrantTableRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceSetGrantTableRequest domid. */
                domid: number;

                /** DomctlServiceSetGrantTableRequest frames. */
                frames: hvsim.control.v1.GrantFrame[];

                /**
                 * Creates a new DomctlServiceSetGrantTableRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSetGrantTableRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSetGrantTableRequest.$Shape): hvsim.control.v1.DomctlServiceSetGrantTableRequest & hvsim.control.v1.DomctlServiceSetGrantTableRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSetGrantTableRequest.$Properties): hvsim.control.v1.DomctlServiceSetGrantTableRequest;

                /**
                 * Encodes the specified DomctlServiceSetGrantTableRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSetGrantTableRequest.verify|verify} messages.
                 * @param message DomctlServiceSetGrantTableRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSetGrantTableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSetGrantTableRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSetGrantTableRequest & hvsim.control.v1.DomctlServiceSetGrantTableRequest.$Shape} DomctlServiceSetGrantTableRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSetGrantTableRequest & hvsim.control.v1.DomctlServiceSetGrantTableRequest.$Shape;

                /**
                 * Creates a DomctlServiceSetGrantTableRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSetGrantTableRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSetGrantTableRequest;

                /**
                 * Creates a plain object from a DomctlServiceSetGrantTableRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceSetGrantTableRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSetGrantTableRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSetGrantTableRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSetGrantTableRequest {

                /** Properties of a DomctlServiceSetGrantTableRequest. */
                interface $Properties {

                    /** DomctlServiceSetGrantTableRequest domid */
                    domid?: number;

                    /** DomctlServiceSetGrantTableRequest frames */
                    frames?: hvsim.control.v1.GrantFrame.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSetGrantTableRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceSetGrantTableRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceSetGrantTableResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceSetGrantTableResponse.$Properties instead.
             */
            interface IDomctlServiceSetGrantTableResponse extends hvsim.control.v1.DomctlServiceSetGrantTableResponse.$Properties {
            }

            /** Represents a DomctlServiceSetGrantTableResponse. */
            class DomctlServiceSetGrantTableResponse {

                /**
                 * Constructs a new DomctlServiceSetGrantTableResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSetGrantTableResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServiceSetGrantTableResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSetGrantTableResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSetGrantTableResponse.$Shape): hvsim.control.v1.DomctlServiceSetGrantTableResponse & hvsim.control.v1.DomctlServiceSetGrantTableResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSetGrantTableResponse.$Properties): hvsim.control.v1.DomctlServiceSetGrantTableResponse;

                /**
                 * Encodes the specified DomctlServiceSetGrantTableResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSetGrantTableResponse.verify|verify} messages.
                 * @param message DomctlServiceSetGrantTableResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSetGrantTableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSetGrantTableResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSetGrantTableResponse & hvsim.control.v1.DomctlServiceSetGrantTableResponse.$Shape} DomctlServiceSetGrantTableResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSetGrantTableResponse & hvsim.control.v1.DomctlServiceSetGrantTableResponse.$Shape;

                /**
                 * Creates a DomctlServiceSetGrantTableResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSetGrantTableResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSetGrantTableResponse;

                /**
                 * Creates a plain object from a DomctlServiceSetGrantTableResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceSetGrantTableResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSetGrantTableResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSetGrantTableResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSetGrantTableResponse {

                /** Properties of a DomctlServiceSetGrantTableResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSetGrantTableResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceSetGrantTableResponse.$Properties;
            }

            /** XEN_DOMCTL_SHADOW_OP_* (values differ from Xen's: proto3 needs 0 unset). */
            enum ShadowOp {

                /** SHADOW_OP_UNSPECIFIED value */
                SHADOW_OP_UNSPECIFIED = 0,

                /** SHADOW_OP_OFF value */
                SHADOW_OP_OFF = 1,

                /** SHADOW_OP_ENABLE_LOGDIRTY value */
                SHADOW_OP_ENABLE_LOGDIRTY = 2,

                /** SHADOW_OP_CLEAN value */
                SHADOW_OP_CLEAN = 3,

                /** SHADOW_OP_PEEK value */
                SHADOW_OP_PEEK = 4
            }

            /**
             * Properties of a DomctlServiceShadowOpRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceShadowOpRequest.$Properties instead.
             */
            interface IDomctlServiceShadowOpRequest extends hvsim.control.v1.DomctlServiceShadowOpRequest.$Properties {
            }

            /** Represents a DomctlServiceShadowOpRequest. */
            class DomctlServiceShadowOpRequest {

                /**
                 * Constructs a new DomctlServiceShadowOpRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceShadowOpRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceShadowOpRequest domid. */
                domid: number;

                /** DomctlServiceShadowOpRequest op. */
                op: hvsim.control.v1.ShadowOp;

                /**
                 * Creates a new DomctlServiceShadowOpRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceShadowOpRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceShadowOpRequest.$Shape): hvsim.control.v1.DomctlServiceShadowOpRequest & hvsim.control.v1.DomctlServiceShadowOpRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceShadowOpRequest.$Properties): hvsim.control.v1.DomctlServiceShadowOpRequest;

                /**
                 * Encodes the specified DomctlServiceShadowOpRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceShadowOpRequest.verify|verify} messages.
                 * @param message DomctlServiceShadowOpRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceShadowOpRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceShadowOpRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceShadowOpRequest & hvsim.control.v1.DomctlServiceShadowOpRequest.$Shape} DomctlServiceShadowOpRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceShadowOpRequest & hvsim.control.v1.DomctlServiceShadowOpRequest.$Shape;

                /**
                 * Creates a DomctlServiceShadowOpRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceShadowOpRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceShadowOpRequest;

                /**
                 * Creates a plain object from a DomctlServiceShadowOpRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceShadowOpRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceShadowOpRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceShadowOpRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceShadowOpRequest {

                /** Properties of a DomctlServiceShadowOpRequest. */
                interface $Properties {

                    /** DomctlServiceShadowOpRequest domid */
                    domid?: number;

                    /** DomctlServiceShadowOpRequest op */
                    op?: hvsim.control.v1.ShadowOp;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceShadowOpRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceShadowOpRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceShadowOpResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceShadowOpResponse.$Properties instead.
             */
            interface IDomctlServiceShadowOpResponse extends hvsim.control.v1.DomctlServiceShadowOpResponse.$Properties {
            }

            /** Represents a DomctlServiceShadowOpResponse. */
            class DomctlServiceShadowOpResponse {

                /**
                 * Constructs a new DomctlServiceShadowOpResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceShadowOpResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * CLEAN / PEEK: one bit per guest frame from first_gfn, bit (i & 7) of byte
                 * (i >> 3) for gfn first_gfn + i, ceil(pages / 8) bytes. Empty for
                 * ENABLE_LOGDIRTY / OFF.
                 */
                bitmap: Uint8Array;

                /**
                 * The absolute guest frame number (guest-physical address / 4096) of bit 0:
                 * the RAM base, 0x80000.
                 */
                firstGfn: number;

                /**
                 * Frames the bitmap covers: up to the last dirty one, so its size follows
                 * the RAM written, not the 2 GiB window; every frame past it is clean (as
                 * Xen's `pages` out says how far its bitmap goes). 0 when nothing is dirty.
                 */
                pages: number;

                /**
                 * xen_domctl_shadow_op_stats, as they were before a CLEAN zeroed them:
                 * write faults the domain's vCPUs took on clean pages, and pages that
                 * became dirty (from any writer).
                 */
                faultCount: number;

                /** DomctlServiceShadowOpResponse dirtyCount. */
                dirtyCount: number;

                /**
                 * Creates a new DomctlServiceShadowOpResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceShadowOpResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceShadowOpResponse.$Shape): hvsim.control.v1.DomctlServiceShadowOpResponse & hvsim.control.v1.DomctlServiceShadowOpResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceShadowOpResponse.$Properties): hvsim.control.v1.DomctlServiceShadowOpResponse;

                /**
                 * Encodes the specified DomctlServiceShadowOpResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceShadowOpResponse.verify|verify} messages.
                 * @param message DomctlServiceShadowOpResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceShadowOpResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceShadowOpResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceShadowOpResponse & hvsim.control.v1.DomctlServiceShadowOpResponse.$Shape} DomctlServiceShadowOpResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceShadowOpResponse & hvsim.control.v1.DomctlServiceShadowOpResponse.$Shape;

                /**
                 * Creates a DomctlServiceShadowOpResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceShadowOpResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceShadowOpResponse;

                /**
                 * Creates a plain object from a DomctlServiceShadowOpResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceShadowOpResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceShadowOpResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceShadowOpResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceShadowOpResponse {

                /** Properties of a DomctlServiceShadowOpResponse. */
                interface $Properties {

                    /**
                     * CLEAN / PEEK: one bit per guest frame from first_gfn, bit (i & 7) of byte
                     * (i >> 3) for gfn first_gfn + i, ceil(pages / 8) bytes. Empty for
                     * ENABLE_LOGDIRTY / OFF.
                     */
                    bitmap?: Uint8Array;

                    /**
                     * The absolute guest frame number (guest-physical address / 4096) of bit 0:
                     * the RAM base, 0x80000.
                     */
                    firstGfn?: number;

                    /**
                     * Frames the bitmap covers: up to the last dirty one, so its size follows
                     * the RAM written, not the 2 GiB window; every frame past it is clean (as
                     * Xen's `pages` out says how far its bitmap goes). 0 when nothing is dirty.
                     */
                    pages?: number;

                    /**
                     * xen_domctl_shadow_op_stats, as they were before a CLEAN zeroed them:
                     * write faults the domain's vCPUs took on clean pages, and pages that
                     * became dirty (from any writer).
                     */
                    faultCount?: number;

                    /** DomctlServiceShadowOpResponse dirtyCount */
                    dirtyCount?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceShadowOpResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceShadowOpResponse.$Properties;
            }

            /** What ReadGuestPages found at a gfn. */
            enum GuestPageKind {

                /** GUEST_PAGE_KIND_UNSPECIFIED value */
                GUEST_PAGE_KIND_UNSPECIFIED = 0,

                /** RAM of the domain with contents: 4096 bytes in `data`. */
                GUEST_PAGE_KIND_RAM = 1,

                /** RAM of the domain never written: it reads as zeros; nothing in `data`. */
                GUEST_PAGE_KIND_ZERO = 2,

                /**
                 * Nothing of the domain's own RAM (a hole, a page ballooned out, shared_info
                 * or a grant-table frame, another domain's page mapped by grant): nothing in
                 * `data`, not to be populated at a destination.
                 */
                GUEST_PAGE_KIND_ABSENT = 3
            }

            /**
             * Properties of a DomctlServiceReadGuestPagesRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceReadGuestPagesRequest.$Properties instead.
             */
            interface IDomctlServiceReadGuestPagesRequest extends hvsim.control.v1.DomctlServiceReadGuestPagesRequest.$Properties {
            }

            /** Represents a DomctlServiceReadGuestPagesRequest. */
            class DomctlServiceReadGuestPagesRequest {

                /**
                 * Constructs a new DomctlServiceReadGuestPagesRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceReadGuestPagesRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceReadGuestPagesRequest domid. */
                domid: number;

                /** Absolute guest frame numbers (guest-physical address / 4096). */
                gfns: number[];

                /**
                 * Creates a new DomctlServiceReadGuestPagesRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceReadGuestPagesRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceReadGuestPagesRequest.$Shape): hvsim.control.v1.DomctlServiceReadGuestPagesRequest & hvsim.control.v1.DomctlServiceReadGuestPagesRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceReadGuestPagesRequest.$Properties): hvsim.control.v1.DomctlServiceReadGuestPagesRequest;

                /**
                 * Encodes the specified DomctlServiceReadGuestPagesRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceReadGuestPagesRequest.verify|verify} messages.
                 * @param message DomctlServiceReadGuestPagesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceReadGuestPagesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceReadGuestPagesRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceReadGuestPagesRequest & hvsim.control.v1.DomctlServiceReadGuestPagesRequest.$Shape} DomctlServiceReadGuestPagesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceReadGuestPagesRequest & hvsim.control.v1.DomctlServiceReadGuestPagesRequest.$Shape;

                /**
                 * Creates a DomctlServiceReadGuestPagesRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceReadGuestPagesRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceReadGuestPagesRequest;

                /**
                 * Creates a plain object from a DomctlServiceReadGuestPagesRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceReadGuestPagesRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceReadGuestPagesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceReadGuestPagesRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceReadGuestPagesRequest {

                /** Properties of a DomctlServiceReadGuestPagesRequest. */
                interface $Properties {

                    /** DomctlServiceReadGuestPagesRequest domid */
                    domid?: number;

                    /** Absolute guest frame numbers (guest-physical address / 4096). */
                    gfns?: number[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceReadGuestPagesRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceReadGuestPagesRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceReadGuestPagesResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceReadGuestPagesResponse.$Properties instead.
             */
            interface IDomctlServiceReadGuestPagesResponse extends hvsim.control.v1.DomctlServiceReadGuestPagesResponse.$Properties {
            }

            /** Represents a DomctlServiceReadGuestPagesResponse. */
            class DomctlServiceReadGuestPagesResponse {

                /**
                 * Constructs a new DomctlServiceReadGuestPagesResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceReadGuestPagesResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** One per gfn asked, in order. */
                kinds: hvsim.control.v1.GuestPageKind[];

                /** The RAM pages' contents, 4096 bytes each, in the order asked. */
                data: Uint8Array;

                /**
                 * Creates a new DomctlServiceReadGuestPagesResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceReadGuestPagesResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceReadGuestPagesResponse.$Shape): hvsim.control.v1.DomctlServiceReadGuestPagesResponse & hvsim.control.v1.DomctlServiceReadGuestPagesResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceReadGuestPagesResponse.$Properties): hvsim.control.v1.DomctlServiceReadGuestPagesResponse;

                /**
                 * Encodes the specified DomctlServiceReadGuestPagesResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceReadGuestPagesResponse.verify|verify} messages.
                 * @param message DomctlServiceReadGuestPagesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceReadGuestPagesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceReadGuestPagesResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceReadGuestPagesResponse & hvsim.control.v1.DomctlServiceReadGuestPagesResponse.$Shape} DomctlServiceReadGuestPagesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceReadGuestPagesResponse & hvsim.control.v1.DomctlServiceReadGuestPagesResponse.$Shape;

                /**
                 * Creates a DomctlServiceReadGuestPagesResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceReadGuestPagesResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceReadGuestPagesResponse;

                /**
                 * Creates a plain object from a DomctlServiceReadGuestPagesResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceReadGuestPagesResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceReadGuestPagesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceReadGuestPagesResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceReadGuestPagesResponse {

                /** Properties of a DomctlServiceReadGuestPagesResponse. */
                interface $Properties {

                    /** One per gfn asked, in order. */
                    kinds?: hvsim.control.v1.GuestPageKind[];

                    /** The RAM pages' contents, 4096 bytes each, in the order asked. */
                    data?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceReadGuestPagesResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceReadGuestPagesResponse.$Properties;
            }

            /**
             * Properties of an EvtchnFifoControlBlock.
             * @deprecated Use hvsim.control.v1.EvtchnFifoControlBlock.$Properties instead.
             */
            interface IEvtchnFifoControlBlock extends hvsim.control.v1.EvtchnFifoControlBlock.$Properties {
            }

            /** The FIFO control block of one vCPU: gfn -1 when the vCPU has none. */
            class EvtchnFifoControlBlock {

                /**
                 * Constructs a new EvtchnFifoControlBlock.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.EvtchnFifoControlBlock.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EvtchnFifoControlBlock gfn. */
                gfn: number;

                /** EvtchnFifoControlBlock offset. */
                offset: number;

                /**
                 * Creates a new EvtchnFifoControlBlock instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EvtchnFifoControlBlock instance
                 */
                static create(properties: hvsim.control.v1.EvtchnFifoControlBlock.$Shape): hvsim.control.v1.EvtchnFifoControlBlock & hvsim.control.v1.EvtchnFifoControlBlock.$Shape;
                static create(properties?: hvsim.control.v1.EvtchnFifoControlBlock.$Properties): hvsim.control.v1.EvtchnFifoControlBlock;

                /**
                 * Encodes the specified EvtchnFifoControlBlock message. Does not implicitly {@link hvsim.control.v1.EvtchnFifoControlBlock.verify|verify} messages.
                 * @param message EvtchnFifoControlBlock message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.EvtchnFifoControlBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EvtchnFifoControlBlock message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.EvtchnFifoControlBlock & hvsim.control.v1.EvtchnFifoControlBlock.$Shape} EvtchnFifoControlBlock
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.EvtchnFifoControlBlock & hvsim.control.v1.EvtchnFifoControlBlock.$Shape;

                /**
                 * Creates an EvtchnFifoControlBlock message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EvtchnFifoControlBlock
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.EvtchnFifoControlBlock;

                /**
                 * Creates a plain object from an EvtchnFifoControlBlock message. Also converts values to other types if specified.
                 * @param message EvtchnFifoControlBlock
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.EvtchnFifoControlBlock, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EvtchnFifoControlBlock to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EvtchnFifoControlBlock {

                /** Properties of an EvtchnFifoControlBlock. */
                interface $Properties {

                    /** EvtchnFifoControlBlock gfn */
                    gfn?: number;

                    /** EvtchnFifoControlBlock offset */
                    offset?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EvtchnFifoControlBlock. */
                type $Shape = hvsim.control.v1.EvtchnFifoControlBlock.$Properties;
            }

            /**
             * Properties of an EvtchnFifoPort.
             * @deprecated Use hvsim.control.v1.EvtchnFifoPort.$Properties instead.
             */
            interface IEvtchnFifoPort extends hvsim.control.v1.EvtchnFifoPort.$Properties {
            }

            /** One port whose hypervisor-side FIFO state is not a fresh port's. */
            class EvtchnFifoPort {

                /**
                 * Constructs a new EvtchnFifoPort.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.EvtchnFifoPort.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EvtchnFifoPort port. */
                port: number;

                /** 0 (highest) .. 15. */
                priority: number;

                /** The queue it was last linked on: vcpu * 16 + priority. */
                lastQueue: number;

                /** Raised while the port had no event word; raised once its word exists. */
                heldPending: boolean;

                /**
                 * Creates a new EvtchnFifoPort instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EvtchnFifoPort instance
                 */
                static create(properties: hvsim.control.v1.EvtchnFifoPort.$Shape): hvsim.control.v1.EvtchnFifoPort & hvsim.control.v1.EvtchnFifoPort.$Shape;
                static create(properties?: hvsim.control.v1.EvtchnFifoPort.$Properties): hvsim.control.v1.EvtchnFifoPort;

                /**
                 * Encodes the specified EvtchnFifoPort message. Does not implicitly {@link hvsim.control.v1.EvtchnFifoPort.verify|verify} messages.
                 * @param message EvtchnFifoPort message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.EvtchnFifoPort.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EvtchnFifoPort message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.EvtchnFifoPort & hvsim.control.v1.EvtchnFifoPort.$Shape} EvtchnFifoPort
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.EvtchnFifoPort & hvsim.control.v1.EvtchnFifoPort.$Shape;

                /**
                 * Creates an EvtchnFifoPort message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EvtchnFifoPort
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.EvtchnFifoPort;

                /**
                 * Creates a plain object from an EvtchnFifoPort message. Also converts values to other types if specified.
                 * @param message EvtchnFifoPort
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.EvtchnFifoPort, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EvtchnFifoPort to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EvtchnFifoPort {

                /** Properties of an EvtchnFifoPort. */
                interface $Properties {

                    /** EvtchnFifoPort port */
                    port?: number;

                    /** 0 (highest) .. 15. */
                    priority?: number;

                    /** The queue it was last linked on: vcpu * 16 + priority. */
                    lastQueue?: number;

                    /** Raised while the port had no event word; raised once its word exists. */
                    heldPending?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EvtchnFifoPort. */
                type $Shape = hvsim.control.v1.EvtchnFifoPort.$Properties;
            }

            /**
             * Properties of an EvtchnFifoState.
             * @deprecated Use hvsim.control.v1.EvtchnFifoState.$Properties instead.
             */
            interface IEvtchnFifoState extends hvsim.control.v1.EvtchnFifoState.$Properties {
            }

            /** What the hypervisor keeps of a FIFO domain outside its memory. */
            class EvtchnFifoState {

                /**
                 * Constructs a new EvtchnFifoState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.EvtchnFifoState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EVTCHN_FIFO_STATE_VERSION of the writer; a reader refuses one it does not know. */
                version: number;

                /** One per vCPU. */
                controlBlocks: hvsim.control.v1.EvtchnFifoControlBlock[];

                /** The event-array pages in order (page i: the words of ports 1024*i ..). */
                arrayGfns: number[];

                /** Per queue (vcpu * 16 + priority): the port at its tail, 0 for none. */
                tails: number[];

                /** Ascending by port. */
                ports: hvsim.control.v1.EvtchnFifoPort[];

                /**
                 * Creates a new EvtchnFifoState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EvtchnFifoState instance
                 */
                static create(properties: hvsim.control.v1.EvtchnFifoState.$Shape): hvsim.control.v1.EvtchnFifoState & hvsim.control.v1.EvtchnFifoState.$Shape;
                static create(properties?: hvsim.control.v1.EvtchnFifoState.$Properties): hvsim.control.v1.EvtchnFifoState;

                /**
                 * Encodes the specified EvtchnFifoState message. Does not implicitly {@link hvsim.control.v1.EvtchnFifoState.verify|verify} messages.
                 * @param message EvtchnFifoState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.EvtchnFifoState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EvtchnFifoState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.EvtchnFifoState & hvsim.control.v1.EvtchnFifoState.$Shape} EvtchnFifoState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.EvtchnFifoState & hvsim.control.v1.EvtchnFifoState.$Shape;

                /**
                 * Creates an EvtchnFifoState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EvtchnFifoState
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.EvtchnFifoState;

                /**
                 * Creates a plain object from an EvtchnFifoState message. Also converts values to other types if specified.
                 * @param message EvtchnFifoState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.EvtchnFifoState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EvtchnFifoState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EvtchnFifoState {

                /** Properties of an EvtchnFifoState. */
                interface $Properties {

                    /** EVTCHN_FIFO_STATE_VERSION of the writer; a reader refuses one it does not know. */
                    version?: number;

                    /** One per vCPU. */
                    controlBlocks?: hvsim.control.v1.EvtchnFifoControlBlock.$Properties[];

                    /** The event-array pages in order (page i: the words of ports 1024*i ..). */
                    arrayGfns?: number[];

                    /** Per queue (vcpu * 16 + priority): the port at its tail, 0 for none. */
                    tails?: number[];

                    /** Ascending by port. */
                    ports?: hvsim.control.v1.EvtchnFifoPort.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EvtchnFifoState. */
                type $Shape = hvsim.control.v1.EvtchnFifoState.$Properties;
            }

            /**
             * Properties of a DomctlServiceGetEvtchnFifoRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest.$Properties instead.
             */
            interface IDomctlServiceGetEvtchnFifoRequest extends hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest.$Properties {
            }

            /** Represents a DomctlServiceGetEvtchnFifoRequest. */
            class DomctlServiceGetEvtchnFifoRequest {

                /**
                 * Constructs a new DomctlServiceGetEvtchnFifoRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceGetEvtchnFifoRequest domid. */
                domid: number;

                /**
                 * Creates a new DomctlServiceGetEvtchnFifoRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGetEvtchnFifoRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest.$Shape): hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest & hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest.$Properties): hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest;

                /**
                 * Encodes the specified DomctlServiceGetEvtchnFifoRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest.verify|verify} messages.
                 * @param message DomctlServiceGetEvtchnFifoRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGetEvtchnFifoRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest & hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest.$Shape} DomctlServiceGetEvtchnFifoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest & hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest.$Shape;

                /**
                 * Creates a DomctlServiceGetEvtchnFifoRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGetEvtchnFifoRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest;

                /**
                 * Creates a plain object from a DomctlServiceGetEvtchnFifoRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceGetEvtchnFifoRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGetEvtchnFifoRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGetEvtchnFifoRequest {

                /** Properties of a DomctlServiceGetEvtchnFifoRequest. */
                interface $Properties {

                    /** DomctlServiceGetEvtchnFifoRequest domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGetEvtchnFifoRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceGetEvtchnFifoRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceGetEvtchnFifoResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse.$Properties instead.
             */
            interface IDomctlServiceGetEvtchnFifoResponse extends hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse.$Properties {
            }

            /** Represents a DomctlServiceGetEvtchnFifoResponse. */
            class DomctlServiceGetEvtchnFifoResponse {

                /**
                 * Constructs a new DomctlServiceGetEvtchnFifoResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Unset while the domain is on the two-level ABI. */
                state: hvsim.control.v1.EvtchnFifoState;

                /**
                 * Creates a new DomctlServiceGetEvtchnFifoResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGetEvtchnFifoResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse.$Shape): hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse & hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse.$Properties): hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse;

                /**
                 * Encodes the specified DomctlServiceGetEvtchnFifoResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse.verify|verify} messages.
                 * @param message DomctlServiceGetEvtchnFifoResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGetEvtchnFifoResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse & hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse.$Shape} DomctlServiceGetEvtchnFifoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse & hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse.$Shape;

                /**
                 * Creates a DomctlServiceGetEvtchnFifoResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGetEvtchnFifoResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse;

                /**
                 * Creates a plain object from a DomctlServiceGetEvtchnFifoResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceGetEvtchnFifoResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGetEvtchnFifoResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGetEvtchnFifoResponse {

                /** Properties of a DomctlServiceGetEvtchnFifoResponse. */
                interface $Properties {

                    /** Unset while the domain is on the two-level ABI. */
                    state?: hvsim.control.v1.EvtchnFifoState.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGetEvtchnFifoResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceGetEvtchnFifoResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceSetEvtchnFifoRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest.$Properties instead.
             */
            interface IDomctlServiceSetEvtchnFifoRequest extends hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest.$Properties {
            }

            /** Represents a DomctlServiceSetEvtchnFifoRequest. */
            class DomctlServiceSetEvtchnFifoRequest {

                /**
                 * Constructs a new DomctlServiceSetEvtchnFifoRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomctlServiceSetEvtchnFifoRequest domid. */
                domid: number;

                /** DomctlServiceSetEvtchnFifoRequest state. */
                state: hvsim.control.v1.EvtchnFifoState;

                /**
                 * Creates a new DomctlServiceSetEvtchnFifoRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSetEvtchnFifoRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest.$Shape): hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest & hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest.$Properties): hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest;

                /**
                 * Encodes the specified DomctlServiceSetEvtchnFifoRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest.verify|verify} messages.
                 * @param message DomctlServiceSetEvtchnFifoRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSetEvtchnFifoRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest & hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest.$Shape} DomctlServiceSetEvtchnFifoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest & hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest.$Shape;

                /**
                 * Creates a DomctlServiceSetEvtchnFifoRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSetEvtchnFifoRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest;

                /**
                 * Creates a plain object from a DomctlServiceSetEvtchnFifoRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceSetEvtchnFifoRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSetEvtchnFifoRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSetEvtchnFifoRequest {

                /** Properties of a DomctlServiceSetEvtchnFifoRequest. */
                interface $Properties {

                    /** DomctlServiceSetEvtchnFifoRequest domid */
                    domid?: number;

                    /** DomctlServiceSetEvtchnFifoRequest state */
                    state?: hvsim.control.v1.EvtchnFifoState.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSetEvtchnFifoRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceSetEvtchnFifoRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceSetEvtchnFifoResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse.$Properties instead.
             */
            interface IDomctlServiceSetEvtchnFifoResponse extends hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse.$Properties {
            }

            /** Represents a DomctlServiceSetEvtchnFifoResponse. */
            class DomctlServiceSetEvtchnFifoResponse {

                /**
                 * Constructs a new DomctlServiceSetEvtchnFifoResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DomctlServiceSetEvtchnFifoResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceSetEvtchnFifoResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse.$Shape): hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse & hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse.$Properties): hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse;

                /**
                 * Encodes the specified DomctlServiceSetEvtchnFifoResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse.verify|verify} messages.
                 * @param message DomctlServiceSetEvtchnFifoResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceSetEvtchnFifoResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse & hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse.$Shape} DomctlServiceSetEvtchnFifoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse & hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse.$Shape;

                /**
                 * Creates a DomctlServiceSetEvtchnFifoResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceSetEvtchnFifoResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse;

                /**
                 * Creates a plain object from a DomctlServiceSetEvtchnFifoResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceSetEvtchnFifoResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceSetEvtchnFifoResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceSetEvtchnFifoResponse {

                /** Properties of a DomctlServiceSetEvtchnFifoResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceSetEvtchnFifoResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceSetEvtchnFifoResponse.$Properties;
            }

            /**
             * Properties of a DomctlServiceGrantCopyRequest.
             * @deprecated Use hvsim.control.v1.DomctlServiceGrantCopyRequest.$Properties instead.
             */
            interface IDomctlServiceGrantCopyRequest extends hvsim.control.v1.DomctlServiceGrantCopyRequest.$Properties {
            }

            /** Represents a DomctlServiceGrantCopyRequest. */
            class DomctlServiceGrantCopyRequest {

                /**
                 * Constructs a new DomctlServiceGrantCopyRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGrantCopyRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * At most 256 ops, each five little-endian uint32: flags (bit 0 set: into
                 * the guest's page, Xen's GNTCOPY_dest_gref; clear: out of it), the granting
                 * domid, the grant ref, the offset in the page and the length (offset +
                 * length at most 4096).
                 */
                ops: Uint8Array;

                /** The bytes of the ops into guests, concatenated in op order. */
                data: Uint8Array;

                /** dom0's ports to send an event on once the copies are made. */
                notify: number[];

                /**
                 * Creates a new DomctlServiceGrantCopyRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGrantCopyRequest instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGrantCopyRequest.$Shape): hvsim.control.v1.DomctlServiceGrantCopyRequest & hvsim.control.v1.DomctlServiceGrantCopyRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGrantCopyRequest.$Properties): hvsim.control.v1.DomctlServiceGrantCopyRequest;

                /**
                 * Encodes the specified DomctlServiceGrantCopyRequest message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGrantCopyRequest.verify|verify} messages.
                 * @param message DomctlServiceGrantCopyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGrantCopyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGrantCopyRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGrantCopyRequest & hvsim.control.v1.DomctlServiceGrantCopyRequest.$Shape} DomctlServiceGrantCopyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGrantCopyRequest & hvsim.control.v1.DomctlServiceGrantCopyRequest.$Shape;

                /**
                 * Creates a DomctlServiceGrantCopyRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGrantCopyRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGrantCopyRequest;

                /**
                 * Creates a plain object from a DomctlServiceGrantCopyRequest message. Also converts values to other types if specified.
                 * @param message DomctlServiceGrantCopyRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGrantCopyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGrantCopyRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGrantCopyRequest {

                /** Properties of a DomctlServiceGrantCopyRequest. */
                interface $Properties {

                    /**
                     * At most 256 ops, each five little-endian uint32: flags (bit 0 set: into
                     * the guest's page, Xen's GNTCOPY_dest_gref; clear: out of it), the granting
                     * domid, the grant ref, the offset in the page and the length (offset +
                     * length at most 4096).
                     */
                    ops?: Uint8Array;

                    /** The bytes of the ops into guests, concatenated in op order. */
                    data?: Uint8Array;

                    /** dom0's ports to send an event on once the copies are made. */
                    notify?: number[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGrantCopyRequest. */
                type $Shape = hvsim.control.v1.DomctlServiceGrantCopyRequest.$Properties;
            }

            /**
             * Properties of a DomctlServiceGrantCopyResponse.
             * @deprecated Use hvsim.control.v1.DomctlServiceGrantCopyResponse.$Properties instead.
             */
            interface IDomctlServiceGrantCopyResponse extends hvsim.control.v1.DomctlServiceGrantCopyResponse.$Properties {
            }

            /** Represents a DomctlServiceGrantCopyResponse. */
            class DomctlServiceGrantCopyResponse {

                /**
                 * Constructs a new DomctlServiceGrantCopyResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomctlServiceGrantCopyResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** One GNTST_* per op, in order, a signed byte each. */
                status: Uint8Array;

                /**
                 * The bytes of the ops out of guests, concatenated in op order; a failed
                 * op's range reads as zeros.
                 */
                data: Uint8Array;

                /**
                 * Creates a new DomctlServiceGrantCopyResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomctlServiceGrantCopyResponse instance
                 */
                static create(properties: hvsim.control.v1.DomctlServiceGrantCopyResponse.$Shape): hvsim.control.v1.DomctlServiceGrantCopyResponse & hvsim.control.v1.DomctlServiceGrantCopyResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomctlServiceGrantCopyResponse.$Properties): hvsim.control.v1.DomctlServiceGrantCopyResponse;

                /**
                 * Encodes the specified DomctlServiceGrantCopyResponse message. Does not implicitly {@link hvsim.control.v1.DomctlServiceGrantCopyResponse.verify|verify} messages.
                 * @param message DomctlServiceGrantCopyResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomctlServiceGrantCopyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomctlServiceGrantCopyResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomctlServiceGrantCopyResponse & hvsim.control.v1.DomctlServiceGrantCopyResponse.$Shape} DomctlServiceGrantCopyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomctlServiceGrantCopyResponse & hvsim.control.v1.DomctlServiceGrantCopyResponse.$Shape;

                /**
                 * Creates a DomctlServiceGrantCopyResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomctlServiceGrantCopyResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomctlServiceGrantCopyResponse;

                /**
                 * Creates a plain object from a DomctlServiceGrantCopyResponse message. Also converts values to other types if specified.
                 * @param message DomctlServiceGrantCopyResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomctlServiceGrantCopyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomctlServiceGrantCopyResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomctlServiceGrantCopyResponse {

                /** Properties of a DomctlServiceGrantCopyResponse. */
                interface $Properties {

                    /** One GNTST_* per op, in order, a signed byte each. */
                    status?: Uint8Array;

                    /**
                     * The bytes of the ops out of guests, concatenated in op order; a failed
                     * op's range reads as zeros.
                     */
                    data?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomctlServiceGrantCopyResponse. */
                type $Shape = hvsim.control.v1.DomctlServiceGrantCopyResponse.$Properties;
            }

            /** DomainType enum. */
            enum DomainType {

                /** DOMAIN_TYPE_UNSPECIFIED value */
                DOMAIN_TYPE_UNSPECIFIED = 0,

                /** Paravirtualised: talks to the hypervisor through hypercalls only. */
                DOMAIN_TYPE_PV = 1,

                /** Also sees emulated devices (an ns16550 UART served by a device model in dom0). */
                DOMAIN_TYPE_HVM = 2
            }

            /**
             * Why a domain shut down: Xen's SHUTDOWN_* codes, each one higher than Xen's
             * number because proto3 reserves zero (SHUTDOWN_poweroff 0 is POWEROFF 1).
             */
            enum ShutdownReason {

                /** SHUTDOWN_REASON_UNSPECIFIED value */
                SHUTDOWN_REASON_UNSPECIFIED = 0,

                /** SHUTDOWN_REASON_POWEROFF value */
                SHUTDOWN_REASON_POWEROFF = 1,

                /** SHUTDOWN_REASON_REBOOT value */
                SHUTDOWN_REASON_REBOOT = 2,

                /** SHUTDOWN_REASON_SUSPEND value */
                SHUTDOWN_REASON_SUSPEND = 3,

                /** SHUTDOWN_REASON_CRASH value */
                SHUTDOWN_REASON_CRASH = 4,

                /** SHUTDOWN_REASON_WATCHDOG value */
                SHUTDOWN_REASON_WATCHDOG = 5,

                /** SHUTDOWN_REASON_SOFT_RESET value */
                SHUTDOWN_REASON_SOFT_RESET = 6
            }

            /**
             * Properties of a DomainInfo.
             * @deprecated Use hvsim.control.v1.DomainInfo.$Properties instead.
             */
            interface IDomainInfo extends hvsim.control.v1.DomainInfo.$Properties {
            }

            /**
             * A domain as the core sees it (Xen's xen_domctl_getdomaininfo). The core
             * knows no names; ManagementService adds them.
             */
            class DomainInfo {

                /**
                 * Constructs a new DomainInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomainInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomainInfo domid. */
                domid: number;

                /** XEN_DOMINF_* flags. */
                dying: boolean;

                /** DomainInfo crashed. */
                crashed: boolean;

                /** DomainInfo shutdown. */
                shutdown: boolean;

                /** DomainInfo paused. */
                paused: boolean;

                /** DomainInfo blocked. */
                blocked: boolean;

                /** DomainInfo running. */
                running: boolean;

                /** DomainInfo hvm. */
                hvm: boolean;

                /** DomainInfo privileged. */
                privileged: boolean;

                /** Meaningful when shutdown is set. */
                shutdownReason: hvsim.control.v1.ShutdownReason;

                /** Pages the domain owns now, and the most it may own (XEN_DOMCTL_max_mem). */
                totPages: number;

                /** DomainInfo maxPages. */
                maxPages: number;

                /** Guest frame number of shared_info. */
                sharedInfoFrame: number;

                /** Virtual CPU time consumed by all vCPUs. */
                cpuTimeNs: number;

                /** DomainInfo nrOnlineVcpus. */
                nrOnlineVcpus: number;

                /** DomainInfo maxVcpuId. */
                maxVcpuId: number;

                /** DomainInfo ssidref. */
                ssidref: number;

                /** xen_domain_handle_t: the domain's 16-byte UUID. */
                handle: Uint8Array;

                /** Balloon target set by SetMemoryTarget (0 = none set). */
                targetPages: number;

                /**
                 * Creates a new DomainInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomainInfo instance
                 */
                static create(properties: hvsim.control.v1.DomainInfo.$Shape): hvsim.control.v1.DomainInfo & hvsim.control.v1.DomainInfo.$Shape;
                static create(properties?: hvsim.control.v1.DomainInfo.$Properties): hvsim.control.v1.DomainInfo;

                /**
                 * Encodes the specified DomainInfo message. Does not implicitly {@link hvsim.control.v1.DomainInfo.verify|verify} messages.
                 * @param message DomainInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomainInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomainInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomainInfo & hvsim.control.v1.DomainInfo.$Shape} DomainInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomainInfo & hvsim.control.v1.DomainInfo.$Shape;

                /**
                 * Creates a DomainInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomainInfo
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomainInfo;

                /**
                 * Creates a plain object from a DomainInfo message. Also converts values to other types if specified.
                 * @param message DomainInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomainInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomainInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomainInfo {

                /** Properties of a DomainInfo. */
                interface $Properties {

                    /** DomainInfo domid */
                    domid?: number;

                    /** XEN_DOMINF_* flags. */
                    dying?: boolean;

                    /** DomainInfo crashed */
                    crashed?: boolean;

                    /** DomainInfo shutdown */
                    shutdown?: boolean;

                    /** DomainInfo paused */
                    paused?: boolean;

                    /** DomainInfo blocked */
                    blocked?: boolean;

                    /** DomainInfo running */
                    running?: boolean;

                    /** DomainInfo hvm */
                    hvm?: boolean;

                    /** DomainInfo privileged */
                    privileged?: boolean;

                    /** Meaningful when shutdown is set. */
                    shutdownReason?: hvsim.control.v1.ShutdownReason;

                    /** Pages the domain owns now, and the most it may own (XEN_DOMCTL_max_mem). */
                    totPages?: number;

                    /** DomainInfo maxPages */
                    maxPages?: number;

                    /** Guest frame number of shared_info. */
                    sharedInfoFrame?: number;

                    /** Virtual CPU time consumed by all vCPUs. */
                    cpuTimeNs?: number;

                    /** DomainInfo nrOnlineVcpus */
                    nrOnlineVcpus?: number;

                    /** DomainInfo maxVcpuId */
                    maxVcpuId?: number;

                    /** DomainInfo ssidref */
                    ssidref?: number;

                    /** xen_domain_handle_t: the domain's 16-byte UUID. */
                    handle?: Uint8Array;

                    /** Balloon target set by SetMemoryTarget (0 = none set). */
                    targetPages?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomainInfo. */
                type $Shape = hvsim.control.v1.DomainInfo.$Properties;
            }

            /**
             * Properties of a VcpuInfo.
             * @deprecated Use hvsim.control.v1.VcpuInfo.$Properties instead.
             */
            interface IVcpuInfo extends hvsim.control.v1.VcpuInfo.$Properties {
            }

            /** One vCPU (Xen's xen_domctl_getvcpuinfo plus its hard affinity). */
            class VcpuInfo {

                /**
                 * Constructs a new VcpuInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.VcpuInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VcpuInfo vcpu. */
                vcpu: number;

                /** VcpuInfo online. */
                online: boolean;

                /** VcpuInfo blocked. */
                blocked: boolean;

                /** VcpuInfo running. */
                running: boolean;

                /** The pCPU it runs on or last ran on. */
                cpu: number;

                /** VcpuInfo cpuTimeNs. */
                cpuTimeNs: number;

                /** pCPUs it may run on (xl's "cpus="); every pCPU when unrestricted. */
                hardAffinity: number[];

                /**
                 * Creates a new VcpuInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VcpuInfo instance
                 */
                static create(properties: hvsim.control.v1.VcpuInfo.$Shape): hvsim.control.v1.VcpuInfo & hvsim.control.v1.VcpuInfo.$Shape;
                static create(properties?: hvsim.control.v1.VcpuInfo.$Properties): hvsim.control.v1.VcpuInfo;

                /**
                 * Encodes the specified VcpuInfo message. Does not implicitly {@link hvsim.control.v1.VcpuInfo.verify|verify} messages.
                 * @param message VcpuInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.VcpuInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VcpuInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.VcpuInfo & hvsim.control.v1.VcpuInfo.$Shape} VcpuInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.VcpuInfo & hvsim.control.v1.VcpuInfo.$Shape;

                /**
                 * Creates a VcpuInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VcpuInfo
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.VcpuInfo;

                /**
                 * Creates a plain object from a VcpuInfo message. Also converts values to other types if specified.
                 * @param message VcpuInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.VcpuInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VcpuInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace VcpuInfo {

                /** Properties of a VcpuInfo. */
                interface $Properties {

                    /** VcpuInfo vcpu */
                    vcpu?: number;

                    /** VcpuInfo online */
                    online?: boolean;

                    /** VcpuInfo blocked */
                    blocked?: boolean;

                    /** VcpuInfo running */
                    running?: boolean;

                    /** The pCPU it runs on or last ran on. */
                    cpu?: number;

                    /** VcpuInfo cpuTimeNs */
                    cpuTimeNs?: number;

                    /** pCPUs it may run on (xl's "cpus="); every pCPU when unrestricted. */
                    hardAffinity?: number[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VcpuInfo. */
                type $Shape = hvsim.control.v1.VcpuInfo.$Properties;
            }

            /**
             * Properties of a SchedCreditParams.
             * @deprecated Use hvsim.control.v1.SchedCreditParams.$Properties instead.
             */
            interface ISchedCreditParams extends hvsim.control.v1.SchedCreditParams.$Properties {
            }

            /** Credit scheduler parameters of one domain (xen_domctl_sched_credit). */
            class SchedCreditParams {

                /**
                 * Constructs a new SchedCreditParams.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.SchedCreditParams.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** 1..65535, default 256. */
                weight: number;

                /** Percent of one pCPU; 0 = no cap. */
                cap: number;

                /**
                 * Creates a new SchedCreditParams instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SchedCreditParams instance
                 */
                static create(properties: hvsim.control.v1.SchedCreditParams.$Shape): hvsim.control.v1.SchedCreditParams & hvsim.control.v1.SchedCreditParams.$Shape;
                static create(properties?: hvsim.control.v1.SchedCreditParams.$Properties): hvsim.control.v1.SchedCreditParams;

                /**
                 * Encodes the specified SchedCreditParams message. Does not implicitly {@link hvsim.control.v1.SchedCreditParams.verify|verify} messages.
                 * @param message SchedCreditParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.SchedCreditParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SchedCreditParams message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.SchedCreditParams & hvsim.control.v1.SchedCreditParams.$Shape} SchedCreditParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.SchedCreditParams & hvsim.control.v1.SchedCreditParams.$Shape;

                /**
                 * Creates a SchedCreditParams message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SchedCreditParams
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.SchedCreditParams;

                /**
                 * Creates a plain object from a SchedCreditParams message. Also converts values to other types if specified.
                 * @param message SchedCreditParams
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.SchedCreditParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SchedCreditParams to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SchedCreditParams {

                /** Properties of a SchedCreditParams. */
                interface $Properties {

                    /** 1..65535, default 256. */
                    weight?: number;

                    /** Percent of one pCPU; 0 = no cap. */
                    cap?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SchedCreditParams. */
                type $Shape = hvsim.control.v1.SchedCreditParams.$Properties;
            }

            /**
             * Properties of a Physinfo.
             * @deprecated Use hvsim.control.v1.Physinfo.$Properties instead.
             */
            interface IPhysinfo extends hvsim.control.v1.Physinfo.$Properties {
            }

            /** The host machine (Xen's xen_sysctl_physinfo). */
            class Physinfo {

                /**
                 * Constructs a new Physinfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.Physinfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Physinfo nrCpus. */
                nrCpus: number;

                /** Physinfo maxCpuId. */
                maxCpuId: number;

                /** Physinfo threadsPerCore. */
                threadsPerCore: number;

                /** Physinfo coresPerSocket. */
                coresPerSocket: number;

                /** Physinfo nrNodes. */
                nrNodes: number;

                /** Physinfo cpuKhz. */
                cpuKhz: number;

                /** Physinfo totalPages. */
                totalPages: number;

                /** Physinfo freePages. */
                freePages: number;

                /** Physinfo scrubPages. */
                scrubPages: number;

                /** Scheduler of this boot, e.g. "credit". */
                scheduler: string;

                /** Virtual time since the machine booted. */
                virtualTimeNs: number;

                /**
                 * Creates a new Physinfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Physinfo instance
                 */
                static create(properties: hvsim.control.v1.Physinfo.$Shape): hvsim.control.v1.Physinfo & hvsim.control.v1.Physinfo.$Shape;
                static create(properties?: hvsim.control.v1.Physinfo.$Properties): hvsim.control.v1.Physinfo;

                /**
                 * Encodes the specified Physinfo message. Does not implicitly {@link hvsim.control.v1.Physinfo.verify|verify} messages.
                 * @param message Physinfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.Physinfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Physinfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.Physinfo & hvsim.control.v1.Physinfo.$Shape} Physinfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.Physinfo & hvsim.control.v1.Physinfo.$Shape;

                /**
                 * Creates a Physinfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Physinfo
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.Physinfo;

                /**
                 * Creates a plain object from a Physinfo message. Also converts values to other types if specified.
                 * @param message Physinfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.Physinfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Physinfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Physinfo {

                /** Properties of a Physinfo. */
                interface $Properties {

                    /** Physinfo nrCpus */
                    nrCpus?: number;

                    /** Physinfo maxCpuId */
                    maxCpuId?: number;

                    /** Physinfo threadsPerCore */
                    threadsPerCore?: number;

                    /** Physinfo coresPerSocket */
                    coresPerSocket?: number;

                    /** Physinfo nrNodes */
                    nrNodes?: number;

                    /** Physinfo cpuKhz */
                    cpuKhz?: number;

                    /** Physinfo totalPages */
                    totalPages?: number;

                    /** Physinfo freePages */
                    freePages?: number;

                    /** Physinfo scrubPages */
                    scrubPages?: number;

                    /** Scheduler of this boot, e.g. "credit". */
                    scheduler?: string;

                    /** Virtual time since the machine booted. */
                    virtualTimeNs?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Physinfo. */
                type $Shape = hvsim.control.v1.Physinfo.$Properties;
            }

            /**
             * Properties of a VersionInfo.
             * @deprecated Use hvsim.control.v1.VersionInfo.$Properties instead.
             */
            interface IVersionInfo extends hvsim.control.v1.VersionInfo.$Properties {
            }

            /** Versions (Xen's XENVER_* queries). */
            class VersionInfo {

                /**
                 * Constructs a new VersionInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.VersionInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** hvsim's hypercall ABI version (xen_version(XENVER_version) = major << 16 | minor). */
                abiMajor: number;

                /** VersionInfo abiMinor. */
                abiMinor: number;

                /** XENVER_extraversion, e.g. ".0-hvsim". */
                extraVersion: string;

                /** XENVER_capabilities, e.g. "xen-3.0-riscv32". */
                capabilities: string;

                /** XENVER_changeset: build identification. */
                changeset: string;

                /** XENVER_commandline: the hypervisor's boot command line. */
                commandline: string;

                /** hvsim release, e.g. "0.1.0". */
                hvsimVersion: string;

                /**
                 * Creates a new VersionInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VersionInfo instance
                 */
                static create(properties: hvsim.control.v1.VersionInfo.$Shape): hvsim.control.v1.VersionInfo & hvsim.control.v1.VersionInfo.$Shape;
                static create(properties?: hvsim.control.v1.VersionInfo.$Properties): hvsim.control.v1.VersionInfo;

                /**
                 * Encodes the specified VersionInfo message. Does not implicitly {@link hvsim.control.v1.VersionInfo.verify|verify} messages.
                 * @param message VersionInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.VersionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VersionInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.VersionInfo & hvsim.control.v1.VersionInfo.$Shape} VersionInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.VersionInfo & hvsim.control.v1.VersionInfo.$Shape;

                /**
                 * Creates a VersionInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VersionInfo
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.VersionInfo;

                /**
                 * Creates a plain object from a VersionInfo message. Also converts values to other types if specified.
                 * @param message VersionInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.VersionInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VersionInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace VersionInfo {

                /** Properties of a VersionInfo. */
                interface $Properties {

                    /** hvsim's hypercall ABI version (xen_version(XENVER_version) = major << 16 | minor). */
                    abiMajor?: number;

                    /** VersionInfo abiMinor */
                    abiMinor?: number;

                    /** XENVER_extraversion, e.g. ".0-hvsim". */
                    extraVersion?: string;

                    /** XENVER_capabilities, e.g. "xen-3.0-riscv32". */
                    capabilities?: string;

                    /** XENVER_changeset: build identification. */
                    changeset?: string;

                    /** XENVER_commandline: the hypervisor's boot command line. */
                    commandline?: string;

                    /** hvsim release, e.g. "0.1.0". */
                    hvsimVersion?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VersionInfo. */
                type $Shape = hvsim.control.v1.VersionInfo.$Properties;
            }

            /**
             * Properties of a VcpuContext.
             * @deprecated Use hvsim.control.v1.VcpuContext.$Properties instead.
             */
            interface IVcpuContext extends hvsim.control.v1.VcpuContext.$Properties {
            }

            /**
             * The register state of one vCPU. For a fresh domain the builder sets pc and
             * a few registers (a0 = vCPU id, a1 = start_info address); save/restore uses
             * hart_state.
             */
            class VcpuContext {

                /**
                 * Constructs a new VcpuContext.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.VcpuContext.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VcpuContext pc. */
                pc: number;

                /** x0..x31 (x0 is ignored). Fewer than 32 entries leave the rest zero. */
                regs: number[];

                /**
                 * A SavedVcpuContext message, serialized: the whole vCPU as produced by
                 * DomctlService.GetVcpuContext, carried as bytes through save images and
                 * migration streams. When set, SetVcpuContext restores it (checking every
                 * field) and ignores pc and regs.
                 */
                hartState: Uint8Array;

                /**
                 * Creates a new VcpuContext instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VcpuContext instance
                 */
                static create(properties: hvsim.control.v1.VcpuContext.$Shape): hvsim.control.v1.VcpuContext & hvsim.control.v1.VcpuContext.$Shape;
                static create(properties?: hvsim.control.v1.VcpuContext.$Properties): hvsim.control.v1.VcpuContext;

                /**
                 * Encodes the specified VcpuContext message. Does not implicitly {@link hvsim.control.v1.VcpuContext.verify|verify} messages.
                 * @param message VcpuContext message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.VcpuContext.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VcpuContext message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.VcpuContext & hvsim.control.v1.VcpuContext.$Shape} VcpuContext
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.VcpuContext & hvsim.control.v1.VcpuContext.$Shape;

                /**
                 * Creates a VcpuContext message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VcpuContext
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.VcpuContext;

                /**
                 * Creates a plain object from a VcpuContext message. Also converts values to other types if specified.
                 * @param message VcpuContext
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.VcpuContext, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VcpuContext to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace VcpuContext {

                /** Properties of a VcpuContext. */
                interface $Properties {

                    /** VcpuContext pc */
                    pc?: number;

                    /** x0..x31 (x0 is ignored). Fewer than 32 entries leave the rest zero. */
                    regs?: number[];

                    /**
                     * A SavedVcpuContext message, serialized: the whole vCPU as produced by
                     * DomctlService.GetVcpuContext, carried as bytes through save images and
                     * migration streams. When set, SetVcpuContext restores it (checking every
                     * field) and ignores pc and regs.
                     */
                    hartState?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VcpuContext. */
                type $Shape = hvsim.control.v1.VcpuContext.$Properties;
            }

            /** DomainEventType enum. */
            enum DomainEventType {

                /** DOMAIN_EVENT_TYPE_UNSPECIFIED value */
                DOMAIN_EVENT_TYPE_UNSPECIFIED = 0,

                /** DOMAIN_EVENT_TYPE_CREATED value */
                DOMAIN_EVENT_TYPE_CREATED = 1,

                /** DOMAIN_EVENT_TYPE_PAUSED value */
                DOMAIN_EVENT_TYPE_PAUSED = 2,

                /** DOMAIN_EVENT_TYPE_UNPAUSED value */
                DOMAIN_EVENT_TYPE_UNPAUSED = 3,

                /** The domain shut down (shutdown_reason says why); VIRQ_DOM_EXC. */
                DOMAIN_EVENT_TYPE_SHUTDOWN = 4,

                /** Destruction began; VIRQ_DOM_EXC. */
                DOMAIN_EVENT_TYPE_DYING = 5,

                /** The domain is gone. */
                DOMAIN_EVENT_TYPE_DESTROYED = 6,

                /** The domain wrote with console_io; DomctlService.ConsoleRead fetches it. */
                DOMAIN_EVENT_TYPE_CONSOLE = 7,

                /** An event arrived on one of dom0's event channel ports (port says which). */
                DOMAIN_EVENT_TYPE_EVTCHN = 8,

                /** ManagementService only: the domain got a new name. */
                DOMAIN_EVENT_TYPE_RENAMED = 9,

                /** ManagementService only: the toolstack restarted the domain (on_reboot). */
                DOMAIN_EVENT_TYPE_REBOOTED = 10
            }

            /**
             * Properties of a DomainEvent.
             * @deprecated Use hvsim.control.v1.DomainEvent.$Properties instead.
             */
            interface IDomainEvent extends hvsim.control.v1.DomainEvent.$Properties {
            }

            /** Represents a DomainEvent. */
            class DomainEvent {

                /**
                 * Constructs a new DomainEvent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomainEvent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Virtual time of the event. */
                timeNs: number;

                /** DomainEvent type. */
                type: hvsim.control.v1.DomainEventType;

                /** DomainEvent domid. */
                domid: number;

                /** Set by ManagementService only. */
                name: string;

                /** With SHUTDOWN. */
                shutdownReason: hvsim.control.v1.ShutdownReason;

                /** With EVTCHN. */
                port: number;

                /**
                 * Creates a new DomainEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomainEvent instance
                 */
                static create(properties: hvsim.control.v1.DomainEvent.$Shape): hvsim.control.v1.DomainEvent & hvsim.control.v1.DomainEvent.$Shape;
                static create(properties?: hvsim.control.v1.DomainEvent.$Properties): hvsim.control.v1.DomainEvent;

                /**
                 * Encodes the specified DomainEvent message. Does not implicitly {@link hvsim.control.v1.DomainEvent.verify|verify} messages.
                 * @param message DomainEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomainEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomainEvent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomainEvent & hvsim.control.v1.DomainEvent.$Shape} DomainEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomainEvent & hvsim.control.v1.DomainEvent.$Shape;

                /**
                 * Creates a DomainEvent message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomainEvent
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomainEvent;

                /**
                 * Creates a plain object from a DomainEvent message. Also converts values to other types if specified.
                 * @param message DomainEvent
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomainEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomainEvent to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomainEvent {

                /** Properties of a DomainEvent. */
                interface $Properties {

                    /** Virtual time of the event. */
                    timeNs?: number;

                    /** DomainEvent type */
                    type?: hvsim.control.v1.DomainEventType;

                    /** DomainEvent domid */
                    domid?: number;

                    /** Set by ManagementService only. */
                    name?: string;

                    /** With SHUTDOWN. */
                    shutdownReason?: hvsim.control.v1.ShutdownReason;

                    /** With EVTCHN. */
                    port?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomainEvent. */
                type $Shape = hvsim.control.v1.DomainEvent.$Properties;
            }

            /**
             * Properties of a SavedVcpuContext.
             * @deprecated Use hvsim.control.v1.SavedVcpuContext.$Properties instead.
             */
            interface ISavedVcpuContext extends hvsim.control.v1.SavedVcpuContext.$Properties {
            }

            /**
             * A vCPU's whole saved state: what save/restore and migration carry. Times are
             * the guest's (its time CSR, SBI time and Xen system time, in ns): time_ns is
             * the guest's time when the context was taken, the deadlines are on the same
             * clock, so a host continues the guest's time whatever its own clock says.
             */
            class SavedVcpuContext {

                /**
                 * Constructs a new SavedVcpuContext.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.SavedVcpuContext.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SAVED_VCPU_CONTEXT_VERSION of the writer; a reader refuses one it does not know. */
                version: number;

                /** SavedVcpuContext hart. */
                hart: hvsim.control.v1.SavedHart;

                /** SavedVcpuContext online. */
                online: boolean;

                /** SavedVcpuContext timeNs. */
                timeNs: number;

                /** Guest-time deadlines; unset when the timer is not armed. */
                singleshotDeadlineNs: (number|null);

                /** SavedVcpuContext sbiTimerDeadlineNs. */
                sbiTimerDeadlineNs: (number|null);

                /** Registered vcpu_info; unset for the legacy slot in shared_info. */
                vcpuInfo: hvsim.control.v1.VcpuInfoPlace;

                /** The domain's vm_assist bits (VMASST_TYPE_* as bit numbers). */
                vmAssist: number;

                /**
                 * Creates a new SavedVcpuContext instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SavedVcpuContext instance
                 */
                static create(properties: hvsim.control.v1.SavedVcpuContext.$Shape): hvsim.control.v1.SavedVcpuContext & hvsim.control.v1.SavedVcpuContext.$Shape;
                static create(properties?: hvsim.control.v1.SavedVcpuContext.$Properties): hvsim.control.v1.SavedVcpuContext;

                /**
                 * Encodes the specified SavedVcpuContext message. Does not implicitly {@link hvsim.control.v1.SavedVcpuContext.verify|verify} messages.
                 * @param message SavedVcpuContext message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.SavedVcpuContext.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SavedVcpuContext message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.SavedVcpuContext & hvsim.control.v1.SavedVcpuContext.$Shape} SavedVcpuContext
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.SavedVcpuContext & hvsim.control.v1.SavedVcpuContext.$Shape;

                /**
                 * Creates a SavedVcpuContext message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SavedVcpuContext
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.SavedVcpuContext;

                /**
                 * Creates a plain object from a SavedVcpuContext message. Also converts values to other types if specified.
                 * @param message SavedVcpuContext
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.SavedVcpuContext, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SavedVcpuContext to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SavedVcpuContext {

                /** Properties of a SavedVcpuContext. */
                interface $Properties {

                    /** SAVED_VCPU_CONTEXT_VERSION of the writer; a reader refuses one it does not know. */
                    version?: number;

                    /** SavedVcpuContext hart */
                    hart?: hvsim.control.v1.SavedHart.$Properties;

                    /** SavedVcpuContext online */
                    online?: boolean;

                    /** SavedVcpuContext timeNs */
                    timeNs?: number;

                    /** Guest-time deadlines; unset when the timer is not armed. */
                    singleshotDeadlineNs?: (number|null);

                    /** SavedVcpuContext sbiTimerDeadlineNs */
                    sbiTimerDeadlineNs?: (number|null);

                    /** Registered vcpu_info; unset for the legacy slot in shared_info. */
                    vcpuInfo?: hvsim.control.v1.VcpuInfoPlace.$Properties;

                    /** The domain's vm_assist bits (VMASST_TYPE_* as bit numbers). */
                    vmAssist?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SavedVcpuContext. */
                type $Shape = hvsim.control.v1.SavedVcpuContext.$Properties;
            }

            /**
             * Properties of a SavedHart.
             * @deprecated Use hvsim.control.v1.SavedHart.$Properties instead.
             */
            interface ISavedHart extends hvsim.control.v1.SavedHart.$Properties {
            }

            /** An RV32 hart: registers, privilege, CSRs, counters, PMP, LR reservation. */
            class SavedHart {

                /**
                 * Constructs a new SavedHart.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.SavedHart.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** x0..x31, exactly 32. */
                x: number[];

                /** SavedHart pc. */
                pc: number;

                /** 0 (U), 1 (S) or 3 (M). */
                priv: number;

                /** SavedHart instret. */
                instret: number;

                /** cycle = instret + cycle_offset. */
                cycleOffset: number;

                /** SavedHart csr. */
                csr: hvsim.control.v1.SavedCsrs;

                /** PMP entries, exactly 16 each: pmpNcfg bytes and pmpaddrN words. */
                pmpCfg: number[];

                /** SavedHart pmpAddr. */
                pmpAddr: number[];

                /** Address of an LR reservation; unset when none is held. */
                reservation: (number|null);

                /** Stopped in wfi. */
                waiting: boolean;

                /**
                 * Creates a new SavedHart instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SavedHart instance
                 */
                static create(properties: hvsim.control.v1.SavedHart.$Shape): hvsim.control.v1.SavedHart & hvsim.control.v1.SavedHart.$Shape;
                static create(properties?: hvsim.control.v1.SavedHart.$Properties): hvsim.control.v1.SavedHart;

                /**
                 * Encodes the specified SavedHart message. Does not implicitly {@link hvsim.control.v1.SavedHart.verify|verify} messages.
                 * @param message SavedHart message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.SavedHart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SavedHart message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.SavedHart & hvsim.control.v1.SavedHart.$Shape} SavedHart
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.SavedHart & hvsim.control.v1.SavedHart.$Shape;

                /**
                 * Creates a SavedHart message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SavedHart
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.SavedHart;

                /**
                 * Creates a plain object from a SavedHart message. Also converts values to other types if specified.
                 * @param message SavedHart
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.SavedHart, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SavedHart to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SavedHart {

                /** Properties of a SavedHart. */
                interface $Properties {

                    /** x0..x31, exactly 32. */
                    x?: number[];

                    /** SavedHart pc */
                    pc?: number;

                    /** 0 (U), 1 (S) or 3 (M). */
                    priv?: number;

                    /** SavedHart instret */
                    instret?: number;

                    /** cycle = instret + cycle_offset. */
                    cycleOffset?: number;

                    /** SavedHart csr */
                    csr?: hvsim.control.v1.SavedCsrs.$Properties;

                    /** PMP entries, exactly 16 each: pmpNcfg bytes and pmpaddrN words. */
                    pmpCfg?: number[];

                    /** SavedHart pmpAddr */
                    pmpAddr?: number[];

                    /** Address of an LR reservation; unset when none is held. */
                    reservation?: (number|null);

                    /** Stopped in wfi. */
                    waiting?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SavedHart. */
                type $Shape = hvsim.control.v1.SavedHart.$Properties;
            }

            /**
             * Properties of a SavedCsrs.
             * @deprecated Use hvsim.control.v1.SavedCsrs.$Properties instead.
             */
            interface ISavedCsrs extends hvsim.control.v1.SavedCsrs.$Properties {
            }

            /** The CSRs a hart keeps beyond its registers. */
            class SavedCsrs {

                /**
                 * Constructs a new SavedCsrs.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.SavedCsrs.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SavedCsrs mstatus. */
                mstatus: number;

                /** SavedCsrs medeleg. */
                medeleg: number;

                /** SavedCsrs mideleg. */
                mideleg: number;

                /** SavedCsrs mie. */
                mie: number;

                /** SavedCsrs mip. */
                mip: number;

                /** SavedCsrs mtvec. */
                mtvec: number;

                /** SavedCsrs stvec. */
                stvec: number;

                /** SavedCsrs mepc. */
                mepc: number;

                /** SavedCsrs sepc. */
                sepc: number;

                /** SavedCsrs mcause. */
                mcause: number;

                /** SavedCsrs scause. */
                scause: number;

                /** SavedCsrs mtval. */
                mtval: number;

                /** SavedCsrs stval. */
                stval: number;

                /** SavedCsrs mscratch. */
                mscratch: number;

                /** SavedCsrs sscratch. */
                sscratch: number;

                /** SavedCsrs mcounteren. */
                mcounteren: number;

                /** SavedCsrs scounteren. */
                scounteren: number;

                /** SavedCsrs satp. */
                satp: number;

                /**
                 * Creates a new SavedCsrs instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SavedCsrs instance
                 */
                static create(properties: hvsim.control.v1.SavedCsrs.$Shape): hvsim.control.v1.SavedCsrs & hvsim.control.v1.SavedCsrs.$Shape;
                static create(properties?: hvsim.control.v1.SavedCsrs.$Properties): hvsim.control.v1.SavedCsrs;

                /**
                 * Encodes the specified SavedCsrs message. Does not implicitly {@link hvsim.control.v1.SavedCsrs.verify|verify} messages.
                 * @param message SavedCsrs message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.SavedCsrs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SavedCsrs message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.SavedCsrs & hvsim.control.v1.SavedCsrs.$Shape} SavedCsrs
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.SavedCsrs & hvsim.control.v1.SavedCsrs.$Shape;

                /**
                 * Creates a SavedCsrs message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SavedCsrs
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.SavedCsrs;

                /**
                 * Creates a plain object from a SavedCsrs message. Also converts values to other types if specified.
                 * @param message SavedCsrs
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.SavedCsrs, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SavedCsrs to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SavedCsrs {

                /** Properties of a SavedCsrs. */
                interface $Properties {

                    /** SavedCsrs mstatus */
                    mstatus?: number;

                    /** SavedCsrs medeleg */
                    medeleg?: number;

                    /** SavedCsrs mideleg */
                    mideleg?: number;

                    /** SavedCsrs mie */
                    mie?: number;

                    /** SavedCsrs mip */
                    mip?: number;

                    /** SavedCsrs mtvec */
                    mtvec?: number;

                    /** SavedCsrs stvec */
                    stvec?: number;

                    /** SavedCsrs mepc */
                    mepc?: number;

                    /** SavedCsrs sepc */
                    sepc?: number;

                    /** SavedCsrs mcause */
                    mcause?: number;

                    /** SavedCsrs scause */
                    scause?: number;

                    /** SavedCsrs mtval */
                    mtval?: number;

                    /** SavedCsrs stval */
                    stval?: number;

                    /** SavedCsrs mscratch */
                    mscratch?: number;

                    /** SavedCsrs sscratch */
                    sscratch?: number;

                    /** SavedCsrs mcounteren */
                    mcounteren?: number;

                    /** SavedCsrs scounteren */
                    scounteren?: number;

                    /** SavedCsrs satp */
                    satp?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SavedCsrs. */
                type $Shape = hvsim.control.v1.SavedCsrs.$Properties;
            }

            /**
             * Properties of a VcpuInfoPlace.
             * @deprecated Use hvsim.control.v1.VcpuInfoPlace.$Properties instead.
             */
            interface IVcpuInfoPlace extends hvsim.control.v1.VcpuInfoPlace.$Properties {
            }

            /** Where a registered vcpu_info lives: a guest frame and the byte offset in it. */
            class VcpuInfoPlace {

                /**
                 * Constructs a new VcpuInfoPlace.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.VcpuInfoPlace.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VcpuInfoPlace gfn. */
                gfn: number;

                /** VcpuInfoPlace offset. */
                offset: number;

                /**
                 * Creates a new VcpuInfoPlace instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VcpuInfoPlace instance
                 */
                static create(properties: hvsim.control.v1.VcpuInfoPlace.$Shape): hvsim.control.v1.VcpuInfoPlace & hvsim.control.v1.VcpuInfoPlace.$Shape;
                static create(properties?: hvsim.control.v1.VcpuInfoPlace.$Properties): hvsim.control.v1.VcpuInfoPlace;

                /**
                 * Encodes the specified VcpuInfoPlace message. Does not implicitly {@link hvsim.control.v1.VcpuInfoPlace.verify|verify} messages.
                 * @param message VcpuInfoPlace message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.VcpuInfoPlace.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VcpuInfoPlace message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.VcpuInfoPlace & hvsim.control.v1.VcpuInfoPlace.$Shape} VcpuInfoPlace
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.VcpuInfoPlace & hvsim.control.v1.VcpuInfoPlace.$Shape;

                /**
                 * Creates a VcpuInfoPlace message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VcpuInfoPlace
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.VcpuInfoPlace;

                /**
                 * Creates a plain object from a VcpuInfoPlace message. Also converts values to other types if specified.
                 * @param message VcpuInfoPlace
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.VcpuInfoPlace, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VcpuInfoPlace to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace VcpuInfoPlace {

                /** Properties of a VcpuInfoPlace. */
                interface $Properties {

                    /** VcpuInfoPlace gfn */
                    gfn?: number;

                    /** VcpuInfoPlace offset */
                    offset?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VcpuInfoPlace. */
                type $Shape = hvsim.control.v1.VcpuInfoPlace.$Properties;
            }

            /**
             * Properties of a Frame.
             * @deprecated Use hvsim.control.v1.Frame.$Properties instead.
             */
            interface IFrame extends hvsim.control.v1.Frame.$Properties {
            }

            /**
             * The one message on the wire. A connection carries a sequence of Frames, each
             * prefixed with its length as a varint (protobuf's delimited format).
             *
             * A connection starts with the handshake: the client sends HELLO, the server
             * answers HELLO_REPLY. If they share no version the reply carries status
             * FAILED_PRECONDITION and the server closes the connection.
             *
             * Then calls, several at once: the client sends REQUEST (request_id, method,
             * payload); the server answers with zero or more MESSAGE frames (server
             * streams) and exactly one END frame carrying the status (and, for a unary
             * call, the response payload). The client may send CANCEL for a call; the
             * server then ends it with status CANCELLED.
             */
            class Frame {

                /**
                 * Constructs a new Frame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.Frame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Chosen by the client, unique among its calls in flight on this
                 * connection; every frame of a call carries it. Zero for HELLO,
                 * HELLO_REPLY and GOAWAY.
                 */
                requestId: number;

                /** Frame kind. */
                kind: hvsim.control.v1.FrameKind;

                /**
                 * On REQUEST: the fully qualified method,
                 * e.g. "hvsim.control.v1.ManagementService/ListDomains".
                 */
                method: string;

                /**
                 * On REQUEST: the encoded request message. On MESSAGE: one encoded
                 * response message. On END of a unary call with status OK: the encoded
                 * response message.
                 */
                payload: Uint8Array;

                /** On END, HELLO_REPLY and GOAWAY. */
                status: hvsim.control.v1.Status;

                /** On HELLO. */
                hello: hvsim.control.v1.Hello;

                /** On HELLO_REPLY. */
                helloReply: hvsim.control.v1.HelloReply;

                /**
                 * Creates a new Frame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Frame instance
                 */
                static create(properties: hvsim.control.v1.Frame.$Shape): hvsim.control.v1.Frame & hvsim.control.v1.Frame.$Shape;
                static create(properties?: hvsim.control.v1.Frame.$Properties): hvsim.control.v1.Frame;

                /**
                 * Encodes the specified Frame message. Does not implicitly {@link hvsim.control.v1.Frame.verify|verify} messages.
                 * @param message Frame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Frame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.Frame & hvsim.control.v1.Frame.$Shape} Frame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.Frame & hvsim.control.v1.Frame.$Shape;

                /**
                 * Creates a Frame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Frame
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.Frame;

                /**
                 * Creates a plain object from a Frame message. Also converts values to other types if specified.
                 * @param message Frame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.Frame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Frame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Frame {

                /** Properties of a Frame. */
                interface $Properties {

                    /**
                     * Chosen by the client, unique among its calls in flight on this
                     * connection; every frame of a call carries it. Zero for HELLO,
                     * HELLO_REPLY and GOAWAY.
                     */
                    requestId?: number;

                    /** Frame kind */
                    kind?: hvsim.control.v1.FrameKind;

                    /**
                     * On REQUEST: the fully qualified method,
                     * e.g. "hvsim.control.v1.ManagementService/ListDomains".
                     */
                    method?: string;

                    /**
                     * On REQUEST: the encoded request message. On MESSAGE: one encoded
                     * response message. On END of a unary call with status OK: the encoded
                     * response message.
                     */
                    payload?: Uint8Array;

                    /** On END, HELLO_REPLY and GOAWAY. */
                    status?: hvsim.control.v1.Status.$Properties;

                    /** On HELLO. */
                    hello?: hvsim.control.v1.Hello.$Properties;

                    /** On HELLO_REPLY. */
                    helloReply?: hvsim.control.v1.HelloReply.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Frame. */
                type $Shape = hvsim.control.v1.Frame.$Properties;
            }

            /** FrameKind enum. */
            enum FrameKind {

                /** FRAME_KIND_UNSPECIFIED value */
                FRAME_KIND_UNSPECIFIED = 0,

                /** Client to server, first frame of a connection. */
                FRAME_KIND_HELLO = 1,

                /** Server to client, answer to HELLO. */
                FRAME_KIND_HELLO_REPLY = 2,

                /** Client to server: start a call. */
                FRAME_KIND_REQUEST = 3,

                /** Client to server: stop a call in flight. */
                FRAME_KIND_CANCEL = 4,

                /** Server to client: one message of a server stream; more follow. */
                FRAME_KIND_MESSAGE = 5,

                /** Server to client: the call is over; carries its status. */
                FRAME_KIND_END = 6,

                /**
                 * Either side: a connection-level error (oversized or undecodable frame,
                 * protocol violation); the sender closes the connection right after.
                 */
                FRAME_KIND_GOAWAY = 7
            }

            /**
             * Properties of a Hello.
             * @deprecated Use hvsim.control.v1.Hello.$Properties instead.
             */
            interface IHello extends hvsim.control.v1.Hello.$Properties {
            }

            /** The client's opening of the version handshake. */
            class Hello {

                /**
                 * Constructs a new Hello.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.Hello.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Every protocol version the client speaks. This schema is version 1. */
                supportedVersions: number[];

                /** Who is calling, for logs (e.g. "hvsim-cli 0.1.0"). */
                clientName: string;

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Hello instance
                 */
                static create(properties: hvsim.control.v1.Hello.$Shape): hvsim.control.v1.Hello & hvsim.control.v1.Hello.$Shape;
                static create(properties?: hvsim.control.v1.Hello.$Properties): hvsim.control.v1.Hello;

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link hvsim.control.v1.Hello.verify|verify} messages.
                 * @param message Hello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.Hello & hvsim.control.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.Hello & hvsim.control.v1.Hello.$Shape;

                /**
                 * Creates a Hello message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Hello
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.Hello;

                /**
                 * Creates a plain object from a Hello message. Also converts values to other types if specified.
                 * @param message Hello
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Hello to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Hello {

                /** Properties of a Hello. */
                interface $Properties {

                    /** Every protocol version the client speaks. This schema is version 1. */
                    supportedVersions?: number[];

                    /** Who is calling, for logs (e.g. "hvsim-cli 0.1.0"). */
                    clientName?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Hello. */
                type $Shape = hvsim.control.v1.Hello.$Properties;
            }

            /**
             * Properties of a HelloReply.
             * @deprecated Use hvsim.control.v1.HelloReply.$Properties instead.
             */
            interface IHelloReply extends hvsim.control.v1.HelloReply.$Properties {
            }

            /** Represents a HelloReply. */
            class HelloReply {

                /**
                 * Constructs a new HelloReply.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.HelloReply.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The highest version both sides speak; 0 when there is none. */
                protocolVersion: number;

                /** Who answers, for logs (e.g. "hvsim-dom0 0.1.0"). */
                serverName: string;

                /** Every protocol version the server speaks. */
                supportedVersions: number[];

                /**
                 * Creates a new HelloReply instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HelloReply instance
                 */
                static create(properties: hvsim.control.v1.HelloReply.$Shape): hvsim.control.v1.HelloReply & hvsim.control.v1.HelloReply.$Shape;
                static create(properties?: hvsim.control.v1.HelloReply.$Properties): hvsim.control.v1.HelloReply;

                /**
                 * Encodes the specified HelloReply message. Does not implicitly {@link hvsim.control.v1.HelloReply.verify|verify} messages.
                 * @param message HelloReply message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.HelloReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HelloReply message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.HelloReply & hvsim.control.v1.HelloReply.$Shape} HelloReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.HelloReply & hvsim.control.v1.HelloReply.$Shape;

                /**
                 * Creates a HelloReply message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HelloReply
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.HelloReply;

                /**
                 * Creates a plain object from a HelloReply message. Also converts values to other types if specified.
                 * @param message HelloReply
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.HelloReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HelloReply to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace HelloReply {

                /** Properties of a HelloReply. */
                interface $Properties {

                    /** The highest version both sides speak; 0 when there is none. */
                    protocolVersion?: number;

                    /** Who answers, for logs (e.g. "hvsim-dom0 0.1.0"). */
                    serverName?: string;

                    /** Every protocol version the server speaks. */
                    supportedVersions?: number[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HelloReply. */
                type $Shape = hvsim.control.v1.HelloReply.$Properties;
            }

            /**
             * Properties of a Status.
             * @deprecated Use hvsim.control.v1.Status.$Properties instead.
             */
            interface IStatus extends hvsim.control.v1.Status.$Properties {
            }

            /** The outcome of a call, carried by the frame that ends it. */
            class Status {

                /**
                 * Constructs a new Status.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.Status.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Status code. */
                code: hvsim.control.v1.StatusCode;

                /** One line for a human: what failed and why (e.g. "domain 'web' not found"). */
                message: string;

                /**
                 * Creates a new Status instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Status instance
                 */
                static create(properties: hvsim.control.v1.Status.$Shape): hvsim.control.v1.Status & hvsim.control.v1.Status.$Shape;
                static create(properties?: hvsim.control.v1.Status.$Properties): hvsim.control.v1.Status;

                /**
                 * Encodes the specified Status message. Does not implicitly {@link hvsim.control.v1.Status.verify|verify} messages.
                 * @param message Status message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Status message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.Status & hvsim.control.v1.Status.$Shape} Status
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.Status & hvsim.control.v1.Status.$Shape;

                /**
                 * Creates a Status message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Status
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.Status;

                /**
                 * Creates a plain object from a Status message. Also converts values to other types if specified.
                 * @param message Status
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Status to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Status {

                /** Properties of a Status. */
                interface $Properties {

                    /** Status code */
                    code?: hvsim.control.v1.StatusCode;

                    /** One line for a human: what failed and why (e.g. "domain 'web' not found"). */
                    message?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Status. */
                type $Shape = hvsim.control.v1.Status.$Properties;
            }

            /**
             * Result codes. Where one of Xen's errno values fits, the code carries Xen's
             * name and number (XEN_EPERM = 1 ... XEN_ECONNREFUSED = 111), so a core result
             * of -errno maps to code = errno. Codes with no errno counterpart live from 1000 up.
             */
            enum StatusCode {

                /** Never sent; a receiver treats a frame without a code as a protocol error. */
                STATUS_CODE_UNSPECIFIED = 0,

                /** STATUS_CODE_EPERM value */
                STATUS_CODE_EPERM = 1,

                /** STATUS_CODE_ENOENT value */
                STATUS_CODE_ENOENT = 2,

                /** STATUS_CODE_ESRCH value */
                STATUS_CODE_ESRCH = 3,

                /** STATUS_CODE_EIO value */
                STATUS_CODE_EIO = 5,

                /** STATUS_CODE_ENXIO value */
                STATUS_CODE_ENXIO = 6,

                /** STATUS_CODE_E2BIG value */
                STATUS_CODE_E2BIG = 7,

                /** STATUS_CODE_ENOEXEC value */
                STATUS_CODE_ENOEXEC = 8,

                /** STATUS_CODE_EBADF value */
                STATUS_CODE_EBADF = 9,

                /** STATUS_CODE_ECHILD value */
                STATUS_CODE_ECHILD = 10,

                /** Also XEN_EWOULDBLOCK. */
                STATUS_CODE_EAGAIN = 11,

                /** STATUS_CODE_ENOMEM value */
                STATUS_CODE_ENOMEM = 12,

                /** STATUS_CODE_EACCES value */
                STATUS_CODE_EACCES = 13,

                /** STATUS_CODE_EFAULT value */
                STATUS_CODE_EFAULT = 14,

                /** STATUS_CODE_EBUSY value */
                STATUS_CODE_EBUSY = 16,

                /** STATUS_CODE_EEXIST value */
                STATUS_CODE_EEXIST = 17,

                /** STATUS_CODE_EXDEV value */
                STATUS_CODE_EXDEV = 18,

                /** STATUS_CODE_ENODEV value */
                STATUS_CODE_ENODEV = 19,

                /** STATUS_CODE_ENOTDIR value */
                STATUS_CODE_ENOTDIR = 20,

                /** STATUS_CODE_EISDIR value */
                STATUS_CODE_EISDIR = 21,

                /** STATUS_CODE_EINVAL value */
                STATUS_CODE_EINVAL = 22,

                /** STATUS_CODE_ENFILE value */
                STATUS_CODE_ENFILE = 23,

                /** STATUS_CODE_EMFILE value */
                STATUS_CODE_EMFILE = 24,

                /** STATUS_CODE_ENOSPC value */
                STATUS_CODE_ENOSPC = 28,

                /** STATUS_CODE_EROFS value */
                STATUS_CODE_EROFS = 30,

                /** STATUS_CODE_EMLINK value */
                STATUS_CODE_EMLINK = 31,

                /** STATUS_CODE_EDOM value */
                STATUS_CODE_EDOM = 33,

                /** STATUS_CODE_ERANGE value */
                STATUS_CODE_ERANGE = 34,

                /** Also XEN_EDEADLOCK. */
                STATUS_CODE_EDEADLK = 35,

                /** STATUS_CODE_ENAMETOOLONG value */
                STATUS_CODE_ENAMETOOLONG = 36,

                /** STATUS_CODE_ENOLCK value */
                STATUS_CODE_ENOLCK = 37,

                /** Unknown method, or an operation this build does not implement. */
                STATUS_CODE_ENOSYS = 38,

                /** STATUS_CODE_ENOTEMPTY value */
                STATUS_CODE_ENOTEMPTY = 39,

                /** STATUS_CODE_ENODATA value */
                STATUS_CODE_ENODATA = 61,

                /** STATUS_CODE_ETIME value */
                STATUS_CODE_ETIME = 62,

                /** A frame or payload that does not decode. */
                STATUS_CODE_EBADMSG = 74,

                /** STATUS_CODE_EOVERFLOW value */
                STATUS_CODE_EOVERFLOW = 75,

                /** STATUS_CODE_EILSEQ value */
                STATUS_CODE_EILSEQ = 84,

                /** STATUS_CODE_ENOTSOCK value */
                STATUS_CODE_ENOTSOCK = 88,

                /** A frame larger than the receiver's limit. */
                STATUS_CODE_EMSGSIZE = 90,

                /** STATUS_CODE_EOPNOTSUPP value */
                STATUS_CODE_EOPNOTSUPP = 95,

                /** STATUS_CODE_EADDRINUSE value */
                STATUS_CODE_EADDRINUSE = 98,

                /** STATUS_CODE_EADDRNOTAVAIL value */
                STATUS_CODE_EADDRNOTAVAIL = 99,

                /** STATUS_CODE_ENOBUFS value */
                STATUS_CODE_ENOBUFS = 105,

                /** STATUS_CODE_EISCONN value */
                STATUS_CODE_EISCONN = 106,

                /** STATUS_CODE_ENOTCONN value */
                STATUS_CODE_ENOTCONN = 107,

                /** STATUS_CODE_ETIMEDOUT value */
                STATUS_CODE_ETIMEDOUT = 110,

                /** STATUS_CODE_ECONNREFUSED value */
                STATUS_CODE_ECONNREFUSED = 111,

                /** Success. */
                STATUS_CODE_OK = 1000,

                /** The client cancelled the call. */
                STATUS_CODE_CANCELLED = 1001,

                /** The handler failed in a way it did not report (a bug on the serving side). */
                STATUS_CODE_INTERNAL = 1002,

                /** The connection closed before the call ended. */
                STATUS_CODE_UNAVAILABLE = 1003,

                /** The peers share no protocol version, or a call came before the handshake. */
                STATUS_CODE_FAILED_PRECONDITION = 1004
            }

            /**
             * Properties of a Domain.
             * @deprecated Use hvsim.control.v1.Domain.$Properties instead.
             */
            interface IDomain extends hvsim.control.v1.Domain.$Properties {
            }

            /** A domain as a client sees it: the core's view plus what the toolstack knows. */
            class Domain {

                /**
                 * Constructs a new Domain.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.Domain.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Domain name. */
                name: string;

                /** The core's view: flags, pages, vCPUs, CPU time. */
                info: hvsim.control.v1.DomainInfo;

                /** The UUID in its usual text form. */
                uuid: string;

                /** Domain type. */
                type: hvsim.control.v1.DomainType;

                /** Memory sizes in KiB (xl list shows memory_kb / 1024 as Mem). */
                memoryKb: number;

                /** Domain maxMemoryKb. */
                maxMemoryKb: number;

                /** Domain targetKb. */
                targetKb: number;

                /** Domain maxVcpus. */
                maxVcpus: number;

                /** Config file the domain was created from, if any. */
                configFile: string;

                /**
                 * The highest event-channel port it may use (xl's max_event_channels, from
                 * its config); 0 for dom0, bounded only by the ABI, as Xen's dom0.
                 */
                maxEventChannels: number;

                /**
                 * Creates a new Domain instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Domain instance
                 */
                static create(properties: hvsim.control.v1.Domain.$Shape): hvsim.control.v1.Domain & hvsim.control.v1.Domain.$Shape;
                static create(properties?: hvsim.control.v1.Domain.$Properties): hvsim.control.v1.Domain;

                /**
                 * Encodes the specified Domain message. Does not implicitly {@link hvsim.control.v1.Domain.verify|verify} messages.
                 * @param message Domain message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.Domain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Domain message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.Domain & hvsim.control.v1.Domain.$Shape} Domain
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.Domain & hvsim.control.v1.Domain.$Shape;

                /**
                 * Creates a Domain message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Domain
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.Domain;

                /**
                 * Creates a plain object from a Domain message. Also converts values to other types if specified.
                 * @param message Domain
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.Domain, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Domain to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Domain {

                /** Properties of a Domain. */
                interface $Properties {

                    /** Domain name */
                    name?: string;

                    /** The core's view: flags, pages, vCPUs, CPU time. */
                    info?: hvsim.control.v1.DomainInfo.$Properties;

                    /** The UUID in its usual text form. */
                    uuid?: string;

                    /** Domain type */
                    type?: hvsim.control.v1.DomainType;

                    /** Memory sizes in KiB (xl list shows memory_kb / 1024 as Mem). */
                    memoryKb?: number;

                    /** Domain maxMemoryKb */
                    maxMemoryKb?: number;

                    /** Domain targetKb */
                    targetKb?: number;

                    /** Domain maxVcpus */
                    maxVcpus?: number;

                    /** Config file the domain was created from, if any. */
                    configFile?: string;

                    /**
                     * The highest event-channel port it may use (xl's max_event_channels, from
                     * its config); 0 for dom0, bounded only by the ABI, as Xen's dom0.
                     */
                    maxEventChannels?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Domain. */
                type $Shape = hvsim.control.v1.Domain.$Properties;
            }

            /**
             * Properties of a CreateDomainRequest.
             * @deprecated Use hvsim.control.v1.CreateDomainRequest.$Properties instead.
             */
            interface ICreateDomainRequest extends hvsim.control.v1.CreateDomainRequest.$Properties {
            }

            /** Represents a CreateDomainRequest. */
            class CreateDomainRequest {

                /**
                 * Constructs a new CreateDomainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.CreateDomainRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The xl.cfg text. */
                config: string;

                /**
                 * Where the text came from: named in error messages, and the base for
                 * relative paths in it (kernel=...). May be empty.
                 */
                configFile: string;

                /**
                 * xl's trailing key=value arguments, applied after the file, in order
                 * (e.g. "memory=64", "name=\"web2\"").
                 */
                overrides: string[];

                /** xl create -p: leave the domain paused. */
                paused: boolean;

                /**
                 * Creates a new CreateDomainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateDomainRequest instance
                 */
                static create(properties: hvsim.control.v1.CreateDomainRequest.$Shape): hvsim.control.v1.CreateDomainRequest & hvsim.control.v1.CreateDomainRequest.$Shape;
                static create(properties?: hvsim.control.v1.CreateDomainRequest.$Properties): hvsim.control.v1.CreateDomainRequest;

                /**
                 * Encodes the specified CreateDomainRequest message. Does not implicitly {@link hvsim.control.v1.CreateDomainRequest.verify|verify} messages.
                 * @param message CreateDomainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.CreateDomainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateDomainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.CreateDomainRequest & hvsim.control.v1.CreateDomainRequest.$Shape} CreateDomainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.CreateDomainRequest & hvsim.control.v1.CreateDomainRequest.$Shape;

                /**
                 * Creates a CreateDomainRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateDomainRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.CreateDomainRequest;

                /**
                 * Creates a plain object from a CreateDomainRequest message. Also converts values to other types if specified.
                 * @param message CreateDomainRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.CreateDomainRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateDomainRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CreateDomainRequest {

                /** Properties of a CreateDomainRequest. */
                interface $Properties {

                    /** The xl.cfg text. */
                    config?: string;

                    /**
                     * Where the text came from: named in error messages, and the base for
                     * relative paths in it (kernel=...). May be empty.
                     */
                    configFile?: string;

                    /**
                     * xl's trailing key=value arguments, applied after the file, in order
                     * (e.g. "memory=64", "name=\"web2\"").
                     */
                    overrides?: string[];

                    /** xl create -p: leave the domain paused. */
                    paused?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateDomainRequest. */
                type $Shape = hvsim.control.v1.CreateDomainRequest.$Properties;
            }

            /**
             * Properties of a CreateDomainResponse.
             * @deprecated Use hvsim.control.v1.CreateDomainResponse.$Properties instead.
             */
            interface ICreateDomainResponse extends hvsim.control.v1.CreateDomainResponse.$Properties {
            }

            /** Represents a CreateDomainResponse. */
            class CreateDomainResponse {

                /**
                 * Constructs a new CreateDomainResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.CreateDomainResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateDomainResponse domid. */
                domid: number;

                /** CreateDomainResponse name. */
                name: string;

                /**
                 * What the config asked for that was not carried out (settings hvsim does
                 * not implement yet, ...), one line each, for the client to show its user.
                 */
                warnings: string[];

                /**
                 * Creates a new CreateDomainResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateDomainResponse instance
                 */
                static create(properties: hvsim.control.v1.CreateDomainResponse.$Shape): hvsim.control.v1.CreateDomainResponse & hvsim.control.v1.CreateDomainResponse.$Shape;
                static create(properties?: hvsim.control.v1.CreateDomainResponse.$Properties): hvsim.control.v1.CreateDomainResponse;

                /**
                 * Encodes the specified CreateDomainResponse message. Does not implicitly {@link hvsim.control.v1.CreateDomainResponse.verify|verify} messages.
                 * @param message CreateDomainResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.CreateDomainResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateDomainResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.CreateDomainResponse & hvsim.control.v1.CreateDomainResponse.$Shape} CreateDomainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.CreateDomainResponse & hvsim.control.v1.CreateDomainResponse.$Shape;

                /**
                 * Creates a CreateDomainResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateDomainResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.CreateDomainResponse;

                /**
                 * Creates a plain object from a CreateDomainResponse message. Also converts values to other types if specified.
                 * @param message CreateDomainResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.CreateDomainResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateDomainResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CreateDomainResponse {

                /** Properties of a CreateDomainResponse. */
                interface $Properties {

                    /** CreateDomainResponse domid */
                    domid?: number;

                    /** CreateDomainResponse name */
                    name?: string;

                    /**
                     * What the config asked for that was not carried out (settings hvsim does
                     * not implement yet, ...), one line each, for the client to show its user.
                     */
                    warnings?: string[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateDomainResponse. */
                type $Shape = hvsim.control.v1.CreateDomainResponse.$Properties;
            }

            /**
             * Properties of a ListDomainsRequest.
             * @deprecated Use hvsim.control.v1.ListDomainsRequest.$Properties instead.
             */
            interface IListDomainsRequest extends hvsim.control.v1.ListDomainsRequest.$Properties {
            }

            /** Represents a ListDomainsRequest. */
            class ListDomainsRequest {

                /**
                 * Constructs a new ListDomainsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.ListDomainsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Only these domains (names or domids); empty = all. */
                domains: string[];

                /**
                 * Creates a new ListDomainsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListDomainsRequest instance
                 */
                static create(properties: hvsim.control.v1.ListDomainsRequest.$Shape): hvsim.control.v1.ListDomainsRequest & hvsim.control.v1.ListDomainsRequest.$Shape;
                static create(properties?: hvsim.control.v1.ListDomainsRequest.$Properties): hvsim.control.v1.ListDomainsRequest;

                /**
                 * Encodes the specified ListDomainsRequest message. Does not implicitly {@link hvsim.control.v1.ListDomainsRequest.verify|verify} messages.
                 * @param message ListDomainsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.ListDomainsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListDomainsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.ListDomainsRequest & hvsim.control.v1.ListDomainsRequest.$Shape} ListDomainsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.ListDomainsRequest & hvsim.control.v1.ListDomainsRequest.$Shape;

                /**
                 * Creates a ListDomainsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListDomainsRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.ListDomainsRequest;

                /**
                 * Creates a plain object from a ListDomainsRequest message. Also converts values to other types if specified.
                 * @param message ListDomainsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.ListDomainsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListDomainsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListDomainsRequest {

                /** Properties of a ListDomainsRequest. */
                interface $Properties {

                    /** Only these domains (names or domids); empty = all. */
                    domains?: string[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListDomainsRequest. */
                type $Shape = hvsim.control.v1.ListDomainsRequest.$Properties;
            }

            /**
             * Properties of a ListDomainsResponse.
             * @deprecated Use hvsim.control.v1.ListDomainsResponse.$Properties instead.
             */
            interface IListDomainsResponse extends hvsim.control.v1.ListDomainsResponse.$Properties {
            }

            /** Represents a ListDomainsResponse. */
            class ListDomainsResponse {

                /**
                 * Constructs a new ListDomainsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.ListDomainsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** In domid order. */
                domains: hvsim.control.v1.Domain[];

                /**
                 * Creates a new ListDomainsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListDomainsResponse instance
                 */
                static create(properties: hvsim.control.v1.ListDomainsResponse.$Shape): hvsim.control.v1.ListDomainsResponse & hvsim.control.v1.ListDomainsResponse.$Shape;
                static create(properties?: hvsim.control.v1.ListDomainsResponse.$Properties): hvsim.control.v1.ListDomainsResponse;

                /**
                 * Encodes the specified ListDomainsResponse message. Does not implicitly {@link hvsim.control.v1.ListDomainsResponse.verify|verify} messages.
                 * @param message ListDomainsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.ListDomainsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListDomainsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.ListDomainsResponse & hvsim.control.v1.ListDomainsResponse.$Shape} ListDomainsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.ListDomainsResponse & hvsim.control.v1.ListDomainsResponse.$Shape;

                /**
                 * Creates a ListDomainsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListDomainsResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.ListDomainsResponse;

                /**
                 * Creates a plain object from a ListDomainsResponse message. Also converts values to other types if specified.
                 * @param message ListDomainsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.ListDomainsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListDomainsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListDomainsResponse {

                /** Properties of a ListDomainsResponse. */
                interface $Properties {

                    /** In domid order. */
                    domains?: hvsim.control.v1.Domain.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListDomainsResponse. */
                type $Shape = hvsim.control.v1.ListDomainsResponse.$Properties;
            }

            /**
             * Properties of a GetDomainInfoRequest.
             * @deprecated Use hvsim.control.v1.GetDomainInfoRequest.$Properties instead.
             */
            interface IGetDomainInfoRequest extends hvsim.control.v1.GetDomainInfoRequest.$Properties {
            }

            /** Represents a GetDomainInfoRequest. */
            class GetDomainInfoRequest {

                /**
                 * Constructs a new GetDomainInfoRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.GetDomainInfoRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetDomainInfoRequest domain. */
                domain: string;

                /**
                 * Creates a new GetDomainInfoRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetDomainInfoRequest instance
                 */
                static create(properties: hvsim.control.v1.GetDomainInfoRequest.$Shape): hvsim.control.v1.GetDomainInfoRequest & hvsim.control.v1.GetDomainInfoRequest.$Shape;
                static create(properties?: hvsim.control.v1.GetDomainInfoRequest.$Properties): hvsim.control.v1.GetDomainInfoRequest;

                /**
                 * Encodes the specified GetDomainInfoRequest message. Does not implicitly {@link hvsim.control.v1.GetDomainInfoRequest.verify|verify} messages.
                 * @param message GetDomainInfoRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.GetDomainInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetDomainInfoRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.GetDomainInfoRequest & hvsim.control.v1.GetDomainInfoRequest.$Shape} GetDomainInfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.GetDomainInfoRequest & hvsim.control.v1.GetDomainInfoRequest.$Shape;

                /**
                 * Creates a GetDomainInfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetDomainInfoRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.GetDomainInfoRequest;

                /**
                 * Creates a plain object from a GetDomainInfoRequest message. Also converts values to other types if specified.
                 * @param message GetDomainInfoRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.GetDomainInfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetDomainInfoRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetDomainInfoRequest {

                /** Properties of a GetDomainInfoRequest. */
                interface $Properties {

                    /** GetDomainInfoRequest domain */
                    domain?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetDomainInfoRequest. */
                type $Shape = hvsim.control.v1.GetDomainInfoRequest.$Properties;
            }

            /**
             * Properties of a GetDomainInfoResponse.
             * @deprecated Use hvsim.control.v1.GetDomainInfoResponse.$Properties instead.
             */
            interface IGetDomainInfoResponse extends hvsim.control.v1.GetDomainInfoResponse.$Properties {
            }

            /** Represents a GetDomainInfoResponse. */
            class GetDomainInfoResponse {

                /**
                 * Constructs a new GetDomainInfoResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.GetDomainInfoResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetDomainInfoResponse domain. */
                domain: hvsim.control.v1.Domain;

                /**
                 * Creates a new GetDomainInfoResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetDomainInfoResponse instance
                 */
                static create(properties: hvsim.control.v1.GetDomainInfoResponse.$Shape): hvsim.control.v1.GetDomainInfoResponse & hvsim.control.v1.GetDomainInfoResponse.$Shape;
                static create(properties?: hvsim.control.v1.GetDomainInfoResponse.$Properties): hvsim.control.v1.GetDomainInfoResponse;

                /**
                 * Encodes the specified GetDomainInfoResponse message. Does not implicitly {@link hvsim.control.v1.GetDomainInfoResponse.verify|verify} messages.
                 * @param message GetDomainInfoResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.GetDomainInfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetDomainInfoResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.GetDomainInfoResponse & hvsim.control.v1.GetDomainInfoResponse.$Shape} GetDomainInfoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.GetDomainInfoResponse & hvsim.control.v1.GetDomainInfoResponse.$Shape;

                /**
                 * Creates a GetDomainInfoResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetDomainInfoResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.GetDomainInfoResponse;

                /**
                 * Creates a plain object from a GetDomainInfoResponse message. Also converts values to other types if specified.
                 * @param message GetDomainInfoResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.GetDomainInfoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetDomainInfoResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetDomainInfoResponse {

                /** Properties of a GetDomainInfoResponse. */
                interface $Properties {

                    /** GetDomainInfoResponse domain */
                    domain?: hvsim.control.v1.Domain.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetDomainInfoResponse. */
                type $Shape = hvsim.control.v1.GetDomainInfoResponse.$Properties;
            }

            /**
             * Properties of a PauseDomainRequest.
             * @deprecated Use hvsim.control.v1.PauseDomainRequest.$Properties instead.
             */
            interface IPauseDomainRequest extends hvsim.control.v1.PauseDomainRequest.$Properties {
            }

            /** Represents a PauseDomainRequest. */
            class PauseDomainRequest {

                /**
                 * Constructs a new PauseDomainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.PauseDomainRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PauseDomainRequest domain. */
                domain: string;

                /**
                 * Creates a new PauseDomainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PauseDomainRequest instance
                 */
                static create(properties: hvsim.control.v1.PauseDomainRequest.$Shape): hvsim.control.v1.PauseDomainRequest & hvsim.control.v1.PauseDomainRequest.$Shape;
                static create(properties?: hvsim.control.v1.PauseDomainRequest.$Properties): hvsim.control.v1.PauseDomainRequest;

                /**
                 * Encodes the specified PauseDomainRequest message. Does not implicitly {@link hvsim.control.v1.PauseDomainRequest.verify|verify} messages.
                 * @param message PauseDomainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.PauseDomainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PauseDomainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.PauseDomainRequest & hvsim.control.v1.PauseDomainRequest.$Shape} PauseDomainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.PauseDomainRequest & hvsim.control.v1.PauseDomainRequest.$Shape;

                /**
                 * Creates a PauseDomainRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PauseDomainRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.PauseDomainRequest;

                /**
                 * Creates a plain object from a PauseDomainRequest message. Also converts values to other types if specified.
                 * @param message PauseDomainRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.PauseDomainRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PauseDomainRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PauseDomainRequest {

                /** Properties of a PauseDomainRequest. */
                interface $Properties {

                    /** PauseDomainRequest domain */
                    domain?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PauseDomainRequest. */
                type $Shape = hvsim.control.v1.PauseDomainRequest.$Properties;
            }

            /**
             * Properties of a PauseDomainResponse.
             * @deprecated Use hvsim.control.v1.PauseDomainResponse.$Properties instead.
             */
            interface IPauseDomainResponse extends hvsim.control.v1.PauseDomainResponse.$Properties {
            }

            /** Represents a PauseDomainResponse. */
            class PauseDomainResponse {

                /**
                 * Constructs a new PauseDomainResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.PauseDomainResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new PauseDomainResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PauseDomainResponse instance
                 */
                static create(properties: hvsim.control.v1.PauseDomainResponse.$Shape): hvsim.control.v1.PauseDomainResponse & hvsim.control.v1.PauseDomainResponse.$Shape;
                static create(properties?: hvsim.control.v1.PauseDomainResponse.$Properties): hvsim.control.v1.PauseDomainResponse;

                /**
                 * Encodes the specified PauseDomainResponse message. Does not implicitly {@link hvsim.control.v1.PauseDomainResponse.verify|verify} messages.
                 * @param message PauseDomainResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.PauseDomainResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PauseDomainResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.PauseDomainResponse & hvsim.control.v1.PauseDomainResponse.$Shape} PauseDomainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.PauseDomainResponse & hvsim.control.v1.PauseDomainResponse.$Shape;

                /**
                 * Creates a PauseDomainResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PauseDomainResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.PauseDomainResponse;

                /**
                 * Creates a plain object from a PauseDomainResponse message. Also converts values to other types if specified.
                 * @param message PauseDomainResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.PauseDomainResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PauseDomainResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PauseDomainResponse {

                /** Properties of a PauseDomainResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PauseDomainResponse. */
                type $Shape = hvsim.control.v1.PauseDomainResponse.$Properties;
            }

            /**
             * Properties of an UnpauseDomainRequest.
             * @deprecated Use hvsim.control.v1.UnpauseDomainRequest.$Properties instead.
             */
            interface IUnpauseDomainRequest extends hvsim.control.v1.UnpauseDomainRequest.$Properties {
            }

            /** Represents an UnpauseDomainRequest. */
            class UnpauseDomainRequest {

                /**
                 * Constructs a new UnpauseDomainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.UnpauseDomainRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UnpauseDomainRequest domain. */
                domain: string;

                /**
                 * Creates a new UnpauseDomainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UnpauseDomainRequest instance
                 */
                static create(properties: hvsim.control.v1.UnpauseDomainRequest.$Shape): hvsim.control.v1.UnpauseDomainRequest & hvsim.control.v1.UnpauseDomainRequest.$Shape;
                static create(properties?: hvsim.control.v1.UnpauseDomainRequest.$Properties): hvsim.control.v1.UnpauseDomainRequest;

                /**
                 * Encodes the specified UnpauseDomainRequest message. Does not implicitly {@link hvsim.control.v1.UnpauseDomainRequest.verify|verify} messages.
                 * @param message UnpauseDomainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.UnpauseDomainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UnpauseDomainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.UnpauseDomainRequest & hvsim.control.v1.UnpauseDomainRequest.$Shape} UnpauseDomainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.UnpauseDomainRequest & hvsim.control.v1.UnpauseDomainRequest.$Shape;

                /**
                 * Creates an UnpauseDomainRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UnpauseDomainRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.UnpauseDomainRequest;

                /**
                 * Creates a plain object from an UnpauseDomainRequest message. Also converts values to other types if specified.
                 * @param message UnpauseDomainRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.UnpauseDomainRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UnpauseDomainRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace UnpauseDomainRequest {

                /** Properties of an UnpauseDomainRequest. */
                interface $Properties {

                    /** UnpauseDomainRequest domain */
                    domain?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UnpauseDomainRequest. */
                type $Shape = hvsim.control.v1.UnpauseDomainRequest.$Properties;
            }

            /**
             * Properties of an UnpauseDomainResponse.
             * @deprecated Use hvsim.control.v1.UnpauseDomainResponse.$Properties instead.
             */
            interface IUnpauseDomainResponse extends hvsim.control.v1.UnpauseDomainResponse.$Properties {
            }

            /** Represents an UnpauseDomainResponse. */
            class UnpauseDomainResponse {

                /**
                 * Constructs a new UnpauseDomainResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.UnpauseDomainResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new UnpauseDomainResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UnpauseDomainResponse instance
                 */
                static create(properties: hvsim.control.v1.UnpauseDomainResponse.$Shape): hvsim.control.v1.UnpauseDomainResponse & hvsim.control.v1.UnpauseDomainResponse.$Shape;
                static create(properties?: hvsim.control.v1.UnpauseDomainResponse.$Properties): hvsim.control.v1.UnpauseDomainResponse;

                /**
                 * Encodes the specified UnpauseDomainResponse message. Does not implicitly {@link hvsim.control.v1.UnpauseDomainResponse.verify|verify} messages.
                 * @param message UnpauseDomainResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.UnpauseDomainResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UnpauseDomainResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.UnpauseDomainResponse & hvsim.control.v1.UnpauseDomainResponse.$Shape} UnpauseDomainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.UnpauseDomainResponse & hvsim.control.v1.UnpauseDomainResponse.$Shape;

                /**
                 * Creates an UnpauseDomainResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UnpauseDomainResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.UnpauseDomainResponse;

                /**
                 * Creates a plain object from an UnpauseDomainResponse message. Also converts values to other types if specified.
                 * @param message UnpauseDomainResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.UnpauseDomainResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UnpauseDomainResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace UnpauseDomainResponse {

                /** Properties of an UnpauseDomainResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UnpauseDomainResponse. */
                type $Shape = hvsim.control.v1.UnpauseDomainResponse.$Properties;
            }

            /**
             * Properties of a ShutdownDomainRequest.
             * @deprecated Use hvsim.control.v1.ShutdownDomainRequest.$Properties instead.
             */
            interface IShutdownDomainRequest extends hvsim.control.v1.ShutdownDomainRequest.$Properties {
            }

            /** Represents a ShutdownDomainRequest. */
            class ShutdownDomainRequest {

                /**
                 * Constructs a new ShutdownDomainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.ShutdownDomainRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ShutdownDomainRequest domain. */
                domain: string;

                /** xl shutdown -w: answer only once the domain has shut down. */
                wait: boolean;

                /**
                 * xl shutdown -F: when the guest does not react to the request, power it
                 * off from outside (SCHEDOP_remote_shutdown).
                 */
                force: boolean;

                /**
                 * Creates a new ShutdownDomainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ShutdownDomainRequest instance
                 */
                static create(properties: hvsim.control.v1.ShutdownDomainRequest.$Shape): hvsim.control.v1.ShutdownDomainRequest & hvsim.control.v1.ShutdownDomainRequest.$Shape;
                static create(properties?: hvsim.control.v1.ShutdownDomainRequest.$Properties): hvsim.control.v1.ShutdownDomainRequest;

                /**
                 * Encodes the specified ShutdownDomainRequest message. Does not implicitly {@link hvsim.control.v1.ShutdownDomainRequest.verify|verify} messages.
                 * @param message ShutdownDomainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.ShutdownDomainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ShutdownDomainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.ShutdownDomainRequest & hvsim.control.v1.ShutdownDomainRequest.$Shape} ShutdownDomainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.ShutdownDomainRequest & hvsim.control.v1.ShutdownDomainRequest.$Shape;

                /**
                 * Creates a ShutdownDomainRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ShutdownDomainRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.ShutdownDomainRequest;

                /**
                 * Creates a plain object from a ShutdownDomainRequest message. Also converts values to other types if specified.
                 * @param message ShutdownDomainRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.ShutdownDomainRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ShutdownDomainRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ShutdownDomainRequest {

                /** Properties of a ShutdownDomainRequest. */
                interface $Properties {

                    /** ShutdownDomainRequest domain */
                    domain?: string;

                    /** xl shutdown -w: answer only once the domain has shut down. */
                    wait?: boolean;

                    /**
                     * xl shutdown -F: when the guest does not react to the request, power it
                     * off from outside (SCHEDOP_remote_shutdown).
                     */
                    force?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ShutdownDomainRequest. */
                type $Shape = hvsim.control.v1.ShutdownDomainRequest.$Properties;
            }

            /**
             * Properties of a ShutdownDomainResponse.
             * @deprecated Use hvsim.control.v1.ShutdownDomainResponse.$Properties instead.
             */
            interface IShutdownDomainResponse extends hvsim.control.v1.ShutdownDomainResponse.$Properties {
            }

            /** Represents a ShutdownDomainResponse. */
            class ShutdownDomainResponse {

                /**
                 * Constructs a new ShutdownDomainResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.ShutdownDomainResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ShutdownDomainResponse domid. */
                domid: number;

                /**
                 * Creates a new ShutdownDomainResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ShutdownDomainResponse instance
                 */
                static create(properties: hvsim.control.v1.ShutdownDomainResponse.$Shape): hvsim.control.v1.ShutdownDomainResponse & hvsim.control.v1.ShutdownDomainResponse.$Shape;
                static create(properties?: hvsim.control.v1.ShutdownDomainResponse.$Properties): hvsim.control.v1.ShutdownDomainResponse;

                /**
                 * Encodes the specified ShutdownDomainResponse message. Does not implicitly {@link hvsim.control.v1.ShutdownDomainResponse.verify|verify} messages.
                 * @param message ShutdownDomainResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.ShutdownDomainResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ShutdownDomainResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.ShutdownDomainResponse & hvsim.control.v1.ShutdownDomainResponse.$Shape} ShutdownDomainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.ShutdownDomainResponse & hvsim.control.v1.ShutdownDomainResponse.$Shape;

                /**
                 * Creates a ShutdownDomainResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ShutdownDomainResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.ShutdownDomainResponse;

                /**
                 * Creates a plain object from a ShutdownDomainResponse message. Also converts values to other types if specified.
                 * @param message ShutdownDomainResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.ShutdownDomainResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ShutdownDomainResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ShutdownDomainResponse {

                /** Properties of a ShutdownDomainResponse. */
                interface $Properties {

                    /** ShutdownDomainResponse domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ShutdownDomainResponse. */
                type $Shape = hvsim.control.v1.ShutdownDomainResponse.$Properties;
            }

            /**
             * Properties of a RebootDomainRequest.
             * @deprecated Use hvsim.control.v1.RebootDomainRequest.$Properties instead.
             */
            interface IRebootDomainRequest extends hvsim.control.v1.RebootDomainRequest.$Properties {
            }

            /** Represents a RebootDomainRequest. */
            class RebootDomainRequest {

                /**
                 * Constructs a new RebootDomainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.RebootDomainRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RebootDomainRequest domain. */
                domain: string;

                /** RebootDomainRequest wait. */
                wait: boolean;

                /** RebootDomainRequest force. */
                force: boolean;

                /**
                 * Creates a new RebootDomainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RebootDomainRequest instance
                 */
                static create(properties: hvsim.control.v1.RebootDomainRequest.$Shape): hvsim.control.v1.RebootDomainRequest & hvsim.control.v1.RebootDomainRequest.$Shape;
                static create(properties?: hvsim.control.v1.RebootDomainRequest.$Properties): hvsim.control.v1.RebootDomainRequest;

                /**
                 * Encodes the specified RebootDomainRequest message. Does not implicitly {@link hvsim.control.v1.RebootDomainRequest.verify|verify} messages.
                 * @param message RebootDomainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.RebootDomainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RebootDomainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.RebootDomainRequest & hvsim.control.v1.RebootDomainRequest.$Shape} RebootDomainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.RebootDomainRequest & hvsim.control.v1.RebootDomainRequest.$Shape;

                /**
                 * Creates a RebootDomainRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RebootDomainRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.RebootDomainRequest;

                /**
                 * Creates a plain object from a RebootDomainRequest message. Also converts values to other types if specified.
                 * @param message RebootDomainRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.RebootDomainRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RebootDomainRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RebootDomainRequest {

                /** Properties of a RebootDomainRequest. */
                interface $Properties {

                    /** RebootDomainRequest domain */
                    domain?: string;

                    /** RebootDomainRequest wait */
                    wait?: boolean;

                    /** RebootDomainRequest force */
                    force?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RebootDomainRequest. */
                type $Shape = hvsim.control.v1.RebootDomainRequest.$Properties;
            }

            /**
             * Properties of a RebootDomainResponse.
             * @deprecated Use hvsim.control.v1.RebootDomainResponse.$Properties instead.
             */
            interface IRebootDomainResponse extends hvsim.control.v1.RebootDomainResponse.$Properties {
            }

            /** Represents a RebootDomainResponse. */
            class RebootDomainResponse {

                /**
                 * Constructs a new RebootDomainResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.RebootDomainResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RebootDomainResponse domid. */
                domid: number;

                /**
                 * Creates a new RebootDomainResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RebootDomainResponse instance
                 */
                static create(properties: hvsim.control.v1.RebootDomainResponse.$Shape): hvsim.control.v1.RebootDomainResponse & hvsim.control.v1.RebootDomainResponse.$Shape;
                static create(properties?: hvsim.control.v1.RebootDomainResponse.$Properties): hvsim.control.v1.RebootDomainResponse;

                /**
                 * Encodes the specified RebootDomainResponse message. Does not implicitly {@link hvsim.control.v1.RebootDomainResponse.verify|verify} messages.
                 * @param message RebootDomainResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.RebootDomainResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RebootDomainResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.RebootDomainResponse & hvsim.control.v1.RebootDomainResponse.$Shape} RebootDomainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.RebootDomainResponse & hvsim.control.v1.RebootDomainResponse.$Shape;

                /**
                 * Creates a RebootDomainResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RebootDomainResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.RebootDomainResponse;

                /**
                 * Creates a plain object from a RebootDomainResponse message. Also converts values to other types if specified.
                 * @param message RebootDomainResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.RebootDomainResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RebootDomainResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RebootDomainResponse {

                /** Properties of a RebootDomainResponse. */
                interface $Properties {

                    /** RebootDomainResponse domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RebootDomainResponse. */
                type $Shape = hvsim.control.v1.RebootDomainResponse.$Properties;
            }

            /**
             * Properties of a DestroyDomainRequest.
             * @deprecated Use hvsim.control.v1.DestroyDomainRequest.$Properties instead.
             */
            interface IDestroyDomainRequest extends hvsim.control.v1.DestroyDomainRequest.$Properties {
            }

            /** Represents a DestroyDomainRequest. */
            class DestroyDomainRequest {

                /**
                 * Constructs a new DestroyDomainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DestroyDomainRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DestroyDomainRequest domain. */
                domain: string;

                /**
                 * Creates a new DestroyDomainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DestroyDomainRequest instance
                 */
                static create(properties: hvsim.control.v1.DestroyDomainRequest.$Shape): hvsim.control.v1.DestroyDomainRequest & hvsim.control.v1.DestroyDomainRequest.$Shape;
                static create(properties?: hvsim.control.v1.DestroyDomainRequest.$Properties): hvsim.control.v1.DestroyDomainRequest;

                /**
                 * Encodes the specified DestroyDomainRequest message. Does not implicitly {@link hvsim.control.v1.DestroyDomainRequest.verify|verify} messages.
                 * @param message DestroyDomainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DestroyDomainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DestroyDomainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DestroyDomainRequest & hvsim.control.v1.DestroyDomainRequest.$Shape} DestroyDomainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DestroyDomainRequest & hvsim.control.v1.DestroyDomainRequest.$Shape;

                /**
                 * Creates a DestroyDomainRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DestroyDomainRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DestroyDomainRequest;

                /**
                 * Creates a plain object from a DestroyDomainRequest message. Also converts values to other types if specified.
                 * @param message DestroyDomainRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DestroyDomainRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DestroyDomainRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DestroyDomainRequest {

                /** Properties of a DestroyDomainRequest. */
                interface $Properties {

                    /** DestroyDomainRequest domain */
                    domain?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DestroyDomainRequest. */
                type $Shape = hvsim.control.v1.DestroyDomainRequest.$Properties;
            }

            /**
             * Properties of a DestroyDomainResponse.
             * @deprecated Use hvsim.control.v1.DestroyDomainResponse.$Properties instead.
             */
            interface IDestroyDomainResponse extends hvsim.control.v1.DestroyDomainResponse.$Properties {
            }

            /** Represents a DestroyDomainResponse. */
            class DestroyDomainResponse {

                /**
                 * Constructs a new DestroyDomainResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DestroyDomainResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DestroyDomainResponse domid. */
                domid: number;

                /**
                 * Creates a new DestroyDomainResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DestroyDomainResponse instance
                 */
                static create(properties: hvsim.control.v1.DestroyDomainResponse.$Shape): hvsim.control.v1.DestroyDomainResponse & hvsim.control.v1.DestroyDomainResponse.$Shape;
                static create(properties?: hvsim.control.v1.DestroyDomainResponse.$Properties): hvsim.control.v1.DestroyDomainResponse;

                /**
                 * Encodes the specified DestroyDomainResponse message. Does not implicitly {@link hvsim.control.v1.DestroyDomainResponse.verify|verify} messages.
                 * @param message DestroyDomainResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DestroyDomainResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DestroyDomainResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DestroyDomainResponse & hvsim.control.v1.DestroyDomainResponse.$Shape} DestroyDomainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DestroyDomainResponse & hvsim.control.v1.DestroyDomainResponse.$Shape;

                /**
                 * Creates a DestroyDomainResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DestroyDomainResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DestroyDomainResponse;

                /**
                 * Creates a plain object from a DestroyDomainResponse message. Also converts values to other types if specified.
                 * @param message DestroyDomainResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DestroyDomainResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DestroyDomainResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DestroyDomainResponse {

                /** Properties of a DestroyDomainResponse. */
                interface $Properties {

                    /** DestroyDomainResponse domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DestroyDomainResponse. */
                type $Shape = hvsim.control.v1.DestroyDomainResponse.$Properties;
            }

            /**
             * Properties of a RenameDomainRequest.
             * @deprecated Use hvsim.control.v1.RenameDomainRequest.$Properties instead.
             */
            interface IRenameDomainRequest extends hvsim.control.v1.RenameDomainRequest.$Properties {
            }

            /** Represents a RenameDomainRequest. */
            class RenameDomainRequest {

                /**
                 * Constructs a new RenameDomainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.RenameDomainRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RenameDomainRequest domain. */
                domain: string;

                /** RenameDomainRequest newName. */
                newName: string;

                /**
                 * Creates a new RenameDomainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RenameDomainRequest instance
                 */
                static create(properties: hvsim.control.v1.RenameDomainRequest.$Shape): hvsim.control.v1.RenameDomainRequest & hvsim.control.v1.RenameDomainRequest.$Shape;
                static create(properties?: hvsim.control.v1.RenameDomainRequest.$Properties): hvsim.control.v1.RenameDomainRequest;

                /**
                 * Encodes the specified RenameDomainRequest message. Does not implicitly {@link hvsim.control.v1.RenameDomainRequest.verify|verify} messages.
                 * @param message RenameDomainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.RenameDomainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RenameDomainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.RenameDomainRequest & hvsim.control.v1.RenameDomainRequest.$Shape} RenameDomainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.RenameDomainRequest & hvsim.control.v1.RenameDomainRequest.$Shape;

                /**
                 * Creates a RenameDomainRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RenameDomainRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.RenameDomainRequest;

                /**
                 * Creates a plain object from a RenameDomainRequest message. Also converts values to other types if specified.
                 * @param message RenameDomainRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.RenameDomainRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RenameDomainRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RenameDomainRequest {

                /** Properties of a RenameDomainRequest. */
                interface $Properties {

                    /** RenameDomainRequest domain */
                    domain?: string;

                    /** RenameDomainRequest newName */
                    newName?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RenameDomainRequest. */
                type $Shape = hvsim.control.v1.RenameDomainRequest.$Properties;
            }

            /**
             * Properties of a RenameDomainResponse.
             * @deprecated Use hvsim.control.v1.RenameDomainResponse.$Properties instead.
             */
            interface IRenameDomainResponse extends hvsim.control.v1.RenameDomainResponse.$Properties {
            }

            /** Represents a RenameDomainResponse. */
            class RenameDomainResponse {

                /**
                 * Constructs a new RenameDomainResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.RenameDomainResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new RenameDomainResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RenameDomainResponse instance
                 */
                static create(properties: hvsim.control.v1.RenameDomainResponse.$Shape): hvsim.control.v1.RenameDomainResponse & hvsim.control.v1.RenameDomainResponse.$Shape;
                static create(properties?: hvsim.control.v1.RenameDomainResponse.$Properties): hvsim.control.v1.RenameDomainResponse;

                /**
                 * Encodes the specified RenameDomainResponse message. Does not implicitly {@link hvsim.control.v1.RenameDomainResponse.verify|verify} messages.
                 * @param message RenameDomainResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.RenameDomainResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RenameDomainResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.RenameDomainResponse & hvsim.control.v1.RenameDomainResponse.$Shape} RenameDomainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.RenameDomainResponse & hvsim.control.v1.RenameDomainResponse.$Shape;

                /**
                 * Creates a RenameDomainResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RenameDomainResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.RenameDomainResponse;

                /**
                 * Creates a plain object from a RenameDomainResponse message. Also converts values to other types if specified.
                 * @param message RenameDomainResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.RenameDomainResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RenameDomainResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RenameDomainResponse {

                /** Properties of a RenameDomainResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RenameDomainResponse. */
                type $Shape = hvsim.control.v1.RenameDomainResponse.$Properties;
            }

            /**
             * Properties of a ConsoleStreamRequest.
             * @deprecated Use hvsim.control.v1.ConsoleStreamRequest.$Properties instead.
             */
            interface IConsoleStreamRequest extends hvsim.control.v1.ConsoleStreamRequest.$Properties {
            }

            /** Represents a ConsoleStreamRequest. */
            class ConsoleStreamRequest {

                /**
                 * Constructs a new ConsoleStreamRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.ConsoleStreamRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConsoleStreamRequest domain. */
                domain: string;

                /**
                 * Keep streaming new output until cancelled or the domain is gone;
                 * otherwise end after what is there now.
                 */
                follow: boolean;

                /**
                 * Start with the output kept so far (the console log); otherwise only new
                 * output.
                 */
                history: boolean;

                /**
                 * Send one message with `attached` set as soon as the stream is attached,
                 * before any output: a client may then let the domain run knowing it will
                 * see all it prints (xl create -c).
                 */
                notifyAttached: boolean;

                /**
                 * Creates a new ConsoleStreamRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConsoleStreamRequest instance
                 */
                static create(properties: hvsim.control.v1.ConsoleStreamRequest.$Shape): hvsim.control.v1.ConsoleStreamRequest & hvsim.control.v1.ConsoleStreamRequest.$Shape;
                static create(properties?: hvsim.control.v1.ConsoleStreamRequest.$Properties): hvsim.control.v1.ConsoleStreamRequest;

                /**
                 * Encodes the specified ConsoleStreamRequest message. Does not implicitly {@link hvsim.control.v1.ConsoleStreamRequest.verify|verify} messages.
                 * @param message ConsoleStreamRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.ConsoleStreamRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConsoleStreamRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.ConsoleStreamRequest & hvsim.control.v1.ConsoleStreamRequest.$Shape} ConsoleStreamRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.ConsoleStreamRequest & hvsim.control.v1.ConsoleStreamRequest.$Shape;

                /**
                 * Creates a ConsoleStreamRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConsoleStreamRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.ConsoleStreamRequest;

                /**
                 * Creates a plain object from a ConsoleStreamRequest message. Also converts values to other types if specified.
                 * @param message ConsoleStreamRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.ConsoleStreamRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConsoleStreamRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ConsoleStreamRequest {

                /** Properties of a ConsoleStreamRequest. */
                interface $Properties {

                    /** ConsoleStreamRequest domain */
                    domain?: string;

                    /**
                     * Keep streaming new output until cancelled or the domain is gone;
                     * otherwise end after what is there now.
                     */
                    follow?: boolean;

                    /**
                     * Start with the output kept so far (the console log); otherwise only new
                     * output.
                     */
                    history?: boolean;

                    /**
                     * Send one message with `attached` set as soon as the stream is attached,
                     * before any output: a client may then let the domain run knowing it will
                     * see all it prints (xl create -c).
                     */
                    notifyAttached?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConsoleStreamRequest. */
                type $Shape = hvsim.control.v1.ConsoleStreamRequest.$Properties;
            }

            /**
             * Properties of a ConsoleStreamResponse.
             * @deprecated Use hvsim.control.v1.ConsoleStreamResponse.$Properties instead.
             */
            interface IConsoleStreamResponse extends hvsim.control.v1.ConsoleStreamResponse.$Properties {
            }

            /** Represents a ConsoleStreamResponse. */
            class ConsoleStreamResponse {

                /**
                 * Constructs a new ConsoleStreamResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.ConsoleStreamResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConsoleStreamResponse data. */
                data: Uint8Array;

                /** The stream is attached (only with notify_attached; `data` is empty). */
                attached: boolean;

                /**
                 * Creates a new ConsoleStreamResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConsoleStreamResponse instance
                 */
                static create(properties: hvsim.control.v1.ConsoleStreamResponse.$Shape): hvsim.control.v1.ConsoleStreamResponse & hvsim.control.v1.ConsoleStreamResponse.$Shape;
                static create(properties?: hvsim.control.v1.ConsoleStreamResponse.$Properties): hvsim.control.v1.ConsoleStreamResponse;

                /**
                 * Encodes the specified ConsoleStreamResponse message. Does not implicitly {@link hvsim.control.v1.ConsoleStreamResponse.verify|verify} messages.
                 * @param message ConsoleStreamResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.ConsoleStreamResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConsoleStreamResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.ConsoleStreamResponse & hvsim.control.v1.ConsoleStreamResponse.$Shape} ConsoleStreamResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.ConsoleStreamResponse & hvsim.control.v1.ConsoleStreamResponse.$Shape;

                /**
                 * Creates a ConsoleStreamResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConsoleStreamResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.ConsoleStreamResponse;

                /**
                 * Creates a plain object from a ConsoleStreamResponse message. Also converts values to other types if specified.
                 * @param message ConsoleStreamResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.ConsoleStreamResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConsoleStreamResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ConsoleStreamResponse {

                /** Properties of a ConsoleStreamResponse. */
                interface $Properties {

                    /** ConsoleStreamResponse data */
                    data?: Uint8Array;

                    /** The stream is attached (only with notify_attached; `data` is empty). */
                    attached?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConsoleStreamResponse. */
                type $Shape = hvsim.control.v1.ConsoleStreamResponse.$Properties;
            }

            /**
             * Properties of a ConsoleWriteRequest.
             * @deprecated Use hvsim.control.v1.ConsoleWriteRequest.$Properties instead.
             */
            interface IConsoleWriteRequest extends hvsim.control.v1.ConsoleWriteRequest.$Properties {
            }

            /** Represents a ConsoleWriteRequest. */
            class ConsoleWriteRequest {

                /**
                 * Constructs a new ConsoleWriteRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.ConsoleWriteRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConsoleWriteRequest domain. */
                domain: string;

                /** ConsoleWriteRequest data. */
                data: Uint8Array;

                /**
                 * Creates a new ConsoleWriteRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConsoleWriteRequest instance
                 */
                static create(properties: hvsim.control.v1.ConsoleWriteRequest.$Shape): hvsim.control.v1.ConsoleWriteRequest & hvsim.control.v1.ConsoleWriteRequest.$Shape;
                static create(properties?: hvsim.control.v1.ConsoleWriteRequest.$Properties): hvsim.control.v1.ConsoleWriteRequest;

                /**
                 * Encodes the specified ConsoleWriteRequest message. Does not implicitly {@link hvsim.control.v1.ConsoleWriteRequest.verify|verify} messages.
                 * @param message ConsoleWriteRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.ConsoleWriteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConsoleWriteRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.ConsoleWriteRequest & hvsim.control.v1.ConsoleWriteRequest.$Shape} ConsoleWriteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.ConsoleWriteRequest & hvsim.control.v1.ConsoleWriteRequest.$Shape;

                /**
                 * Creates a ConsoleWriteRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConsoleWriteRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.ConsoleWriteRequest;

                /**
                 * Creates a plain object from a ConsoleWriteRequest message. Also converts values to other types if specified.
                 * @param message ConsoleWriteRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.ConsoleWriteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConsoleWriteRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ConsoleWriteRequest {

                /** Properties of a ConsoleWriteRequest. */
                interface $Properties {

                    /** ConsoleWriteRequest domain */
                    domain?: string;

                    /** ConsoleWriteRequest data */
                    data?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConsoleWriteRequest. */
                type $Shape = hvsim.control.v1.ConsoleWriteRequest.$Properties;
            }

            /**
             * Properties of a ConsoleWriteResponse.
             * @deprecated Use hvsim.control.v1.ConsoleWriteResponse.$Properties instead.
             */
            interface IConsoleWriteResponse extends hvsim.control.v1.ConsoleWriteResponse.$Properties {
            }

            /** Represents a ConsoleWriteResponse. */
            class ConsoleWriteResponse {

                /**
                 * Constructs a new ConsoleWriteResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.ConsoleWriteResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new ConsoleWriteResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConsoleWriteResponse instance
                 */
                static create(properties: hvsim.control.v1.ConsoleWriteResponse.$Shape): hvsim.control.v1.ConsoleWriteResponse & hvsim.control.v1.ConsoleWriteResponse.$Shape;
                static create(properties?: hvsim.control.v1.ConsoleWriteResponse.$Properties): hvsim.control.v1.ConsoleWriteResponse;

                /**
                 * Encodes the specified ConsoleWriteResponse message. Does not implicitly {@link hvsim.control.v1.ConsoleWriteResponse.verify|verify} messages.
                 * @param message ConsoleWriteResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.ConsoleWriteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConsoleWriteResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.ConsoleWriteResponse & hvsim.control.v1.ConsoleWriteResponse.$Shape} ConsoleWriteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.ConsoleWriteResponse & hvsim.control.v1.ConsoleWriteResponse.$Shape;

                /**
                 * Creates a ConsoleWriteResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConsoleWriteResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.ConsoleWriteResponse;

                /**
                 * Creates a plain object from a ConsoleWriteResponse message. Also converts values to other types if specified.
                 * @param message ConsoleWriteResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.ConsoleWriteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConsoleWriteResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ConsoleWriteResponse {

                /** Properties of a ConsoleWriteResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConsoleWriteResponse. */
                type $Shape = hvsim.control.v1.ConsoleWriteResponse.$Properties;
            }

            /**
             * Properties of a DmesgRequest.
             * @deprecated Use hvsim.control.v1.DmesgRequest.$Properties instead.
             */
            interface IDmesgRequest extends hvsim.control.v1.DmesgRequest.$Properties {
            }

            /** Represents a DmesgRequest. */
            class DmesgRequest {

                /**
                 * Constructs a new DmesgRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DmesgRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** xl dmesg -c: clear the log after reading it. */
                clear: boolean;

                /**
                 * Creates a new DmesgRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DmesgRequest instance
                 */
                static create(properties: hvsim.control.v1.DmesgRequest.$Shape): hvsim.control.v1.DmesgRequest & hvsim.control.v1.DmesgRequest.$Shape;
                static create(properties?: hvsim.control.v1.DmesgRequest.$Properties): hvsim.control.v1.DmesgRequest;

                /**
                 * Encodes the specified DmesgRequest message. Does not implicitly {@link hvsim.control.v1.DmesgRequest.verify|verify} messages.
                 * @param message DmesgRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DmesgRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DmesgRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DmesgRequest & hvsim.control.v1.DmesgRequest.$Shape} DmesgRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DmesgRequest & hvsim.control.v1.DmesgRequest.$Shape;

                /**
                 * Creates a DmesgRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DmesgRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DmesgRequest;

                /**
                 * Creates a plain object from a DmesgRequest message. Also converts values to other types if specified.
                 * @param message DmesgRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DmesgRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DmesgRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DmesgRequest {

                /** Properties of a DmesgRequest. */
                interface $Properties {

                    /** xl dmesg -c: clear the log after reading it. */
                    clear?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DmesgRequest. */
                type $Shape = hvsim.control.v1.DmesgRequest.$Properties;
            }

            /**
             * Properties of a DmesgResponse.
             * @deprecated Use hvsim.control.v1.DmesgResponse.$Properties instead.
             */
            interface IDmesgResponse extends hvsim.control.v1.DmesgResponse.$Properties {
            }

            /** Represents a DmesgResponse. */
            class DmesgResponse {

                /**
                 * Constructs a new DmesgResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DmesgResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DmesgResponse text. */
                text: string;

                /**
                 * Creates a new DmesgResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DmesgResponse instance
                 */
                static create(properties: hvsim.control.v1.DmesgResponse.$Shape): hvsim.control.v1.DmesgResponse & hvsim.control.v1.DmesgResponse.$Shape;
                static create(properties?: hvsim.control.v1.DmesgResponse.$Properties): hvsim.control.v1.DmesgResponse;

                /**
                 * Encodes the specified DmesgResponse message. Does not implicitly {@link hvsim.control.v1.DmesgResponse.verify|verify} messages.
                 * @param message DmesgResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DmesgResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DmesgResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DmesgResponse & hvsim.control.v1.DmesgResponse.$Shape} DmesgResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DmesgResponse & hvsim.control.v1.DmesgResponse.$Shape;

                /**
                 * Creates a DmesgResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DmesgResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DmesgResponse;

                /**
                 * Creates a plain object from a DmesgResponse message. Also converts values to other types if specified.
                 * @param message DmesgResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DmesgResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DmesgResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DmesgResponse {

                /** Properties of a DmesgResponse. */
                interface $Properties {

                    /** DmesgResponse text */
                    text?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DmesgResponse. */
                type $Shape = hvsim.control.v1.DmesgResponse.$Properties;
            }

            /**
             * Properties of a VcpuListRequest.
             * @deprecated Use hvsim.control.v1.VcpuListRequest.$Properties instead.
             */
            interface IVcpuListRequest extends hvsim.control.v1.VcpuListRequest.$Properties {
            }

            /** Represents a VcpuListRequest. */
            class VcpuListRequest {

                /**
                 * Constructs a new VcpuListRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.VcpuListRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Only these domains; empty = all. */
                domains: string[];

                /**
                 * Creates a new VcpuListRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VcpuListRequest instance
                 */
                static create(properties: hvsim.control.v1.VcpuListRequest.$Shape): hvsim.control.v1.VcpuListRequest & hvsim.control.v1.VcpuListRequest.$Shape;
                static create(properties?: hvsim.control.v1.VcpuListRequest.$Properties): hvsim.control.v1.VcpuListRequest;

                /**
                 * Encodes the specified VcpuListRequest message. Does not implicitly {@link hvsim.control.v1.VcpuListRequest.verify|verify} messages.
                 * @param message VcpuListRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.VcpuListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VcpuListRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.VcpuListRequest & hvsim.control.v1.VcpuListRequest.$Shape} VcpuListRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.VcpuListRequest & hvsim.control.v1.VcpuListRequest.$Shape;

                /**
                 * Creates a VcpuListRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VcpuListRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.VcpuListRequest;

                /**
                 * Creates a plain object from a VcpuListRequest message. Also converts values to other types if specified.
                 * @param message VcpuListRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.VcpuListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VcpuListRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace VcpuListRequest {

                /** Properties of a VcpuListRequest. */
                interface $Properties {

                    /** Only these domains; empty = all. */
                    domains?: string[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VcpuListRequest. */
                type $Shape = hvsim.control.v1.VcpuListRequest.$Properties;
            }

            /**
             * Properties of a VcpuListResponse.
             * @deprecated Use hvsim.control.v1.VcpuListResponse.$Properties instead.
             */
            interface IVcpuListResponse extends hvsim.control.v1.VcpuListResponse.$Properties {
            }

            /** Represents a VcpuListResponse. */
            class VcpuListResponse {

                /**
                 * Constructs a new VcpuListResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.VcpuListResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VcpuListResponse vcpus. */
                vcpus: hvsim.control.v1.VcpuListEntry[];

                /**
                 * Creates a new VcpuListResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VcpuListResponse instance
                 */
                static create(properties: hvsim.control.v1.VcpuListResponse.$Shape): hvsim.control.v1.VcpuListResponse & hvsim.control.v1.VcpuListResponse.$Shape;
                static create(properties?: hvsim.control.v1.VcpuListResponse.$Properties): hvsim.control.v1.VcpuListResponse;

                /**
                 * Encodes the specified VcpuListResponse message. Does not implicitly {@link hvsim.control.v1.VcpuListResponse.verify|verify} messages.
                 * @param message VcpuListResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.VcpuListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VcpuListResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.VcpuListResponse & hvsim.control.v1.VcpuListResponse.$Shape} VcpuListResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.VcpuListResponse & hvsim.control.v1.VcpuListResponse.$Shape;

                /**
                 * Creates a VcpuListResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VcpuListResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.VcpuListResponse;

                /**
                 * Creates a plain object from a VcpuListResponse message. Also converts values to other types if specified.
                 * @param message VcpuListResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.VcpuListResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VcpuListResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace VcpuListResponse {

                /** Properties of a VcpuListResponse. */
                interface $Properties {

                    /** VcpuListResponse vcpus */
                    vcpus?: hvsim.control.v1.VcpuListEntry.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VcpuListResponse. */
                type $Shape = hvsim.control.v1.VcpuListResponse.$Properties;
            }

            /**
             * Properties of a VcpuListEntry.
             * @deprecated Use hvsim.control.v1.VcpuListEntry.$Properties instead.
             */
            interface IVcpuListEntry extends hvsim.control.v1.VcpuListEntry.$Properties {
            }

            /** One row of xl vcpu-list. */
            class VcpuListEntry {

                /**
                 * Constructs a new VcpuListEntry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.VcpuListEntry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VcpuListEntry name. */
                name: string;

                /** VcpuListEntry domid. */
                domid: number;

                /** VcpuListEntry vcpu. */
                vcpu: hvsim.control.v1.VcpuInfo;

                /**
                 * Creates a new VcpuListEntry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VcpuListEntry instance
                 */
                static create(properties: hvsim.control.v1.VcpuListEntry.$Shape): hvsim.control.v1.VcpuListEntry & hvsim.control.v1.VcpuListEntry.$Shape;
                static create(properties?: hvsim.control.v1.VcpuListEntry.$Properties): hvsim.control.v1.VcpuListEntry;

                /**
                 * Encodes the specified VcpuListEntry message. Does not implicitly {@link hvsim.control.v1.VcpuListEntry.verify|verify} messages.
                 * @param message VcpuListEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.VcpuListEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VcpuListEntry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.VcpuListEntry & hvsim.control.v1.VcpuListEntry.$Shape} VcpuListEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.VcpuListEntry & hvsim.control.v1.VcpuListEntry.$Shape;

                /**
                 * Creates a VcpuListEntry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VcpuListEntry
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.VcpuListEntry;

                /**
                 * Creates a plain object from a VcpuListEntry message. Also converts values to other types if specified.
                 * @param message VcpuListEntry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.VcpuListEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VcpuListEntry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace VcpuListEntry {

                /** Properties of a VcpuListEntry. */
                interface $Properties {

                    /** VcpuListEntry name */
                    name?: string;

                    /** VcpuListEntry domid */
                    domid?: number;

                    /** VcpuListEntry vcpu */
                    vcpu?: hvsim.control.v1.VcpuInfo.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VcpuListEntry. */
                type $Shape = hvsim.control.v1.VcpuListEntry.$Properties;
            }

            /**
             * Properties of a VcpuPinRequest.
             * @deprecated Use hvsim.control.v1.VcpuPinRequest.$Properties instead.
             */
            interface IVcpuPinRequest extends hvsim.control.v1.VcpuPinRequest.$Properties {
            }

            /** Represents a VcpuPinRequest. */
            class VcpuPinRequest {

                /**
                 * Constructs a new VcpuPinRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.VcpuPinRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VcpuPinRequest domain. */
                domain: string;

                /** The vCPU to pin; absent = every vCPU (xl's "all"). */
                vcpu: (number|null);

                /** pCPUs to allow; empty = every pCPU (xl's "all"). */
                hardAffinity: number[];

                /**
                 * Creates a new VcpuPinRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VcpuPinRequest instance
                 */
                static create(properties: hvsim.control.v1.VcpuPinRequest.$Shape): hvsim.control.v1.VcpuPinRequest & hvsim.control.v1.VcpuPinRequest.$Shape;
                static create(properties?: hvsim.control.v1.VcpuPinRequest.$Properties): hvsim.control.v1.VcpuPinRequest;

                /**
                 * Encodes the specified VcpuPinRequest message. Does not implicitly {@link hvsim.control.v1.VcpuPinRequest.verify|verify} messages.
                 * @param message VcpuPinRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.VcpuPinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VcpuPinRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.VcpuPinRequest & hvsim.control.v1.VcpuPinRequest.$Shape} VcpuPinRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.VcpuPinRequest & hvsim.control.v1.VcpuPinRequest.$Shape;

                /**
                 * Creates a VcpuPinRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VcpuPinRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.VcpuPinRequest;

                /**
                 * Creates a plain object from a VcpuPinRequest message. Also converts values to other types if specified.
                 * @param message VcpuPinRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.VcpuPinRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VcpuPinRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace VcpuPinRequest {

                /** Properties of a VcpuPinRequest. */
                interface $Properties {

                    /** VcpuPinRequest domain */
                    domain?: string;

                    /** The vCPU to pin; absent = every vCPU (xl's "all"). */
                    vcpu?: (number|null);

                    /** pCPUs to allow; empty = every pCPU (xl's "all"). */
                    hardAffinity?: number[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VcpuPinRequest. */
                type $Shape = hvsim.control.v1.VcpuPinRequest.$Properties;
            }

            /**
             * Properties of a VcpuPinResponse.
             * @deprecated Use hvsim.control.v1.VcpuPinResponse.$Properties instead.
             */
            interface IVcpuPinResponse extends hvsim.control.v1.VcpuPinResponse.$Properties {
            }

            /** Represents a VcpuPinResponse. */
            class VcpuPinResponse {

                /**
                 * Constructs a new VcpuPinResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.VcpuPinResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new VcpuPinResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VcpuPinResponse instance
                 */
                static create(properties: hvsim.control.v1.VcpuPinResponse.$Shape): hvsim.control.v1.VcpuPinResponse & hvsim.control.v1.VcpuPinResponse.$Shape;
                static create(properties?: hvsim.control.v1.VcpuPinResponse.$Properties): hvsim.control.v1.VcpuPinResponse;

                /**
                 * Encodes the specified VcpuPinResponse message. Does not implicitly {@link hvsim.control.v1.VcpuPinResponse.verify|verify} messages.
                 * @param message VcpuPinResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.VcpuPinResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VcpuPinResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.VcpuPinResponse & hvsim.control.v1.VcpuPinResponse.$Shape} VcpuPinResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.VcpuPinResponse & hvsim.control.v1.VcpuPinResponse.$Shape;

                /**
                 * Creates a VcpuPinResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VcpuPinResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.VcpuPinResponse;

                /**
                 * Creates a plain object from a VcpuPinResponse message. Also converts values to other types if specified.
                 * @param message VcpuPinResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.VcpuPinResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VcpuPinResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace VcpuPinResponse {

                /** Properties of a VcpuPinResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VcpuPinResponse. */
                type $Shape = hvsim.control.v1.VcpuPinResponse.$Properties;
            }

            /**
             * Properties of a SchedCreditGetRequest.
             * @deprecated Use hvsim.control.v1.SchedCreditGetRequest.$Properties instead.
             */
            interface ISchedCreditGetRequest extends hvsim.control.v1.SchedCreditGetRequest.$Properties {
            }

            /** Represents a SchedCreditGetRequest. */
            class SchedCreditGetRequest {

                /**
                 * Constructs a new SchedCreditGetRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.SchedCreditGetRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Empty = every domain. */
                domain: string;

                /**
                 * Creates a new SchedCreditGetRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SchedCreditGetRequest instance
                 */
                static create(properties: hvsim.control.v1.SchedCreditGetRequest.$Shape): hvsim.control.v1.SchedCreditGetRequest & hvsim.control.v1.SchedCreditGetRequest.$Shape;
                static create(properties?: hvsim.control.v1.SchedCreditGetRequest.$Properties): hvsim.control.v1.SchedCreditGetRequest;

                /**
                 * Encodes the specified SchedCreditGetRequest message. Does not implicitly {@link hvsim.control.v1.SchedCreditGetRequest.verify|verify} messages.
                 * @param message SchedCreditGetRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.SchedCreditGetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SchedCreditGetRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.SchedCreditGetRequest & hvsim.control.v1.SchedCreditGetRequest.$Shape} SchedCreditGetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.SchedCreditGetRequest & hvsim.control.v1.SchedCreditGetRequest.$Shape;

                /**
                 * Creates a SchedCreditGetRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SchedCreditGetRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.SchedCreditGetRequest;

                /**
                 * Creates a plain object from a SchedCreditGetRequest message. Also converts values to other types if specified.
                 * @param message SchedCreditGetRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.SchedCreditGetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SchedCreditGetRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SchedCreditGetRequest {

                /** Properties of a SchedCreditGetRequest. */
                interface $Properties {

                    /** Empty = every domain. */
                    domain?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SchedCreditGetRequest. */
                type $Shape = hvsim.control.v1.SchedCreditGetRequest.$Properties;
            }

            /**
             * Properties of a SchedCreditGetResponse.
             * @deprecated Use hvsim.control.v1.SchedCreditGetResponse.$Properties instead.
             */
            interface ISchedCreditGetResponse extends hvsim.control.v1.SchedCreditGetResponse.$Properties {
            }

            /** Represents a SchedCreditGetResponse. */
            class SchedCreditGetResponse {

                /**
                 * Constructs a new SchedCreditGetResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.SchedCreditGetResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SchedCreditGetResponse domains. */
                domains: hvsim.control.v1.SchedCreditEntry[];

                /**
                 * Creates a new SchedCreditGetResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SchedCreditGetResponse instance
                 */
                static create(properties: hvsim.control.v1.SchedCreditGetResponse.$Shape): hvsim.control.v1.SchedCreditGetResponse & hvsim.control.v1.SchedCreditGetResponse.$Shape;
                static create(properties?: hvsim.control.v1.SchedCreditGetResponse.$Properties): hvsim.control.v1.SchedCreditGetResponse;

                /**
                 * Encodes the specified SchedCreditGetResponse message. Does not implicitly {@link hvsim.control.v1.SchedCreditGetResponse.verify|verify} messages.
                 * @param message SchedCreditGetResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.SchedCreditGetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SchedCreditGetResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.SchedCreditGetResponse & hvsim.control.v1.SchedCreditGetResponse.$Shape} SchedCreditGetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.SchedCreditGetResponse & hvsim.control.v1.SchedCreditGetResponse.$Shape;

                /**
                 * Creates a SchedCreditGetResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SchedCreditGetResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.SchedCreditGetResponse;

                /**
                 * Creates a plain object from a SchedCreditGetResponse message. Also converts values to other types if specified.
                 * @param message SchedCreditGetResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.SchedCreditGetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SchedCreditGetResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SchedCreditGetResponse {

                /** Properties of a SchedCreditGetResponse. */
                interface $Properties {

                    /** SchedCreditGetResponse domains */
                    domains?: hvsim.control.v1.SchedCreditEntry.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SchedCreditGetResponse. */
                type $Shape = hvsim.control.v1.SchedCreditGetResponse.$Properties;
            }

            /**
             * Properties of a SchedCreditEntry.
             * @deprecated Use hvsim.control.v1.SchedCreditEntry.$Properties instead.
             */
            interface ISchedCreditEntry extends hvsim.control.v1.SchedCreditEntry.$Properties {
            }

            /** Represents a SchedCreditEntry. */
            class SchedCreditEntry {

                /**
                 * Constructs a new SchedCreditEntry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.SchedCreditEntry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SchedCreditEntry name. */
                name: string;

                /** SchedCreditEntry domid. */
                domid: number;

                /** SchedCreditEntry params. */
                params: hvsim.control.v1.SchedCreditParams;

                /**
                 * Creates a new SchedCreditEntry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SchedCreditEntry instance
                 */
                static create(properties: hvsim.control.v1.SchedCreditEntry.$Shape): hvsim.control.v1.SchedCreditEntry & hvsim.control.v1.SchedCreditEntry.$Shape;
                static create(properties?: hvsim.control.v1.SchedCreditEntry.$Properties): hvsim.control.v1.SchedCreditEntry;

                /**
                 * Encodes the specified SchedCreditEntry message. Does not implicitly {@link hvsim.control.v1.SchedCreditEntry.verify|verify} messages.
                 * @param message SchedCreditEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.SchedCreditEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SchedCreditEntry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.SchedCreditEntry & hvsim.control.v1.SchedCreditEntry.$Shape} SchedCreditEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.SchedCreditEntry & hvsim.control.v1.SchedCreditEntry.$Shape;

                /**
                 * Creates a SchedCreditEntry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SchedCreditEntry
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.SchedCreditEntry;

                /**
                 * Creates a plain object from a SchedCreditEntry message. Also converts values to other types if specified.
                 * @param message SchedCreditEntry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.SchedCreditEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SchedCreditEntry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SchedCreditEntry {

                /** Properties of a SchedCreditEntry. */
                interface $Properties {

                    /** SchedCreditEntry name */
                    name?: string;

                    /** SchedCreditEntry domid */
                    domid?: number;

                    /** SchedCreditEntry params */
                    params?: hvsim.control.v1.SchedCreditParams.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SchedCreditEntry. */
                type $Shape = hvsim.control.v1.SchedCreditEntry.$Properties;
            }

            /**
             * Properties of a SchedCreditSetRequest.
             * @deprecated Use hvsim.control.v1.SchedCreditSetRequest.$Properties instead.
             */
            interface ISchedCreditSetRequest extends hvsim.control.v1.SchedCreditSetRequest.$Properties {
            }

            /** Represents a SchedCreditSetRequest. */
            class SchedCreditSetRequest {

                /**
                 * Constructs a new SchedCreditSetRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.SchedCreditSetRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SchedCreditSetRequest domain. */
                domain: string;

                /** Only the fields present change. */
                weight: (number|null);

                /** SchedCreditSetRequest cap. */
                cap: (number|null);

                /**
                 * Creates a new SchedCreditSetRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SchedCreditSetRequest instance
                 */
                static create(properties: hvsim.control.v1.SchedCreditSetRequest.$Shape): hvsim.control.v1.SchedCreditSetRequest & hvsim.control.v1.SchedCreditSetRequest.$Shape;
                static create(properties?: hvsim.control.v1.SchedCreditSetRequest.$Properties): hvsim.control.v1.SchedCreditSetRequest;

                /**
                 * Encodes the specified SchedCreditSetRequest message. Does not implicitly {@link hvsim.control.v1.SchedCreditSetRequest.verify|verify} messages.
                 * @param message SchedCreditSetRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.SchedCreditSetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SchedCreditSetRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.SchedCreditSetRequest & hvsim.control.v1.SchedCreditSetRequest.$Shape} SchedCreditSetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.SchedCreditSetRequest & hvsim.control.v1.SchedCreditSetRequest.$Shape;

                /**
                 * Creates a SchedCreditSetRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SchedCreditSetRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.SchedCreditSetRequest;

                /**
                 * Creates a plain object from a SchedCreditSetRequest message. Also converts values to other types if specified.
                 * @param message SchedCreditSetRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.SchedCreditSetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SchedCreditSetRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SchedCreditSetRequest {

                /** Properties of a SchedCreditSetRequest. */
                interface $Properties {

                    /** SchedCreditSetRequest domain */
                    domain?: string;

                    /** Only the fields present change. */
                    weight?: (number|null);

                    /** SchedCreditSetRequest cap */
                    cap?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SchedCreditSetRequest. */
                type $Shape = hvsim.control.v1.SchedCreditSetRequest.$Properties;
            }

            /**
             * Properties of a SchedCreditSetResponse.
             * @deprecated Use hvsim.control.v1.SchedCreditSetResponse.$Properties instead.
             */
            interface ISchedCreditSetResponse extends hvsim.control.v1.SchedCreditSetResponse.$Properties {
            }

            /** Represents a SchedCreditSetResponse. */
            class SchedCreditSetResponse {

                /**
                 * Constructs a new SchedCreditSetResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.SchedCreditSetResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SchedCreditSetResponse params. */
                params: hvsim.control.v1.SchedCreditParams;

                /**
                 * Creates a new SchedCreditSetResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SchedCreditSetResponse instance
                 */
                static create(properties: hvsim.control.v1.SchedCreditSetResponse.$Shape): hvsim.control.v1.SchedCreditSetResponse & hvsim.control.v1.SchedCreditSetResponse.$Shape;
                static create(properties?: hvsim.control.v1.SchedCreditSetResponse.$Properties): hvsim.control.v1.SchedCreditSetResponse;

                /**
                 * Encodes the specified SchedCreditSetResponse message. Does not implicitly {@link hvsim.control.v1.SchedCreditSetResponse.verify|verify} messages.
                 * @param message SchedCreditSetResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.SchedCreditSetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SchedCreditSetResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.SchedCreditSetResponse & hvsim.control.v1.SchedCreditSetResponse.$Shape} SchedCreditSetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.SchedCreditSetResponse & hvsim.control.v1.SchedCreditSetResponse.$Shape;

                /**
                 * Creates a SchedCreditSetResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SchedCreditSetResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.SchedCreditSetResponse;

                /**
                 * Creates a plain object from a SchedCreditSetResponse message. Also converts values to other types if specified.
                 * @param message SchedCreditSetResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.SchedCreditSetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SchedCreditSetResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SchedCreditSetResponse {

                /** Properties of a SchedCreditSetResponse. */
                interface $Properties {

                    /** SchedCreditSetResponse params */
                    params?: hvsim.control.v1.SchedCreditParams.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SchedCreditSetResponse. */
                type $Shape = hvsim.control.v1.SchedCreditSetResponse.$Properties;
            }

            /**
             * Properties of a MemSetRequest.
             * @deprecated Use hvsim.control.v1.MemSetRequest.$Properties instead.
             */
            interface IMemSetRequest extends hvsim.control.v1.MemSetRequest.$Properties {
            }

            /** Represents a MemSetRequest. */
            class MemSetRequest {

                /**
                 * Constructs a new MemSetRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.MemSetRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemSetRequest domain. */
                domain: string;

                /** MemSetRequest targetKb. */
                targetKb: number;

                /**
                 * Creates a new MemSetRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemSetRequest instance
                 */
                static create(properties: hvsim.control.v1.MemSetRequest.$Shape): hvsim.control.v1.MemSetRequest & hvsim.control.v1.MemSetRequest.$Shape;
                static create(properties?: hvsim.control.v1.MemSetRequest.$Properties): hvsim.control.v1.MemSetRequest;

                /**
                 * Encodes the specified MemSetRequest message. Does not implicitly {@link hvsim.control.v1.MemSetRequest.verify|verify} messages.
                 * @param message MemSetRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.MemSetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemSetRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.MemSetRequest & hvsim.control.v1.MemSetRequest.$Shape} MemSetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.MemSetRequest & hvsim.control.v1.MemSetRequest.$Shape;

                /**
                 * Creates a MemSetRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemSetRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.MemSetRequest;

                /**
                 * Creates a plain object from a MemSetRequest message. Also converts values to other types if specified.
                 * @param message MemSetRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.MemSetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemSetRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MemSetRequest {

                /** Properties of a MemSetRequest. */
                interface $Properties {

                    /** MemSetRequest domain */
                    domain?: string;

                    /** MemSetRequest targetKb */
                    targetKb?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemSetRequest. */
                type $Shape = hvsim.control.v1.MemSetRequest.$Properties;
            }

            /**
             * Properties of a MemSetResponse.
             * @deprecated Use hvsim.control.v1.MemSetResponse.$Properties instead.
             */
            interface IMemSetResponse extends hvsim.control.v1.MemSetResponse.$Properties {
            }

            /** Represents a MemSetResponse. */
            class MemSetResponse {

                /**
                 * Constructs a new MemSetResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.MemSetResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MemSetResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemSetResponse instance
                 */
                static create(properties: hvsim.control.v1.MemSetResponse.$Shape): hvsim.control.v1.MemSetResponse & hvsim.control.v1.MemSetResponse.$Shape;
                static create(properties?: hvsim.control.v1.MemSetResponse.$Properties): hvsim.control.v1.MemSetResponse;

                /**
                 * Encodes the specified MemSetResponse message. Does not implicitly {@link hvsim.control.v1.MemSetResponse.verify|verify} messages.
                 * @param message MemSetResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.MemSetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemSetResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.MemSetResponse & hvsim.control.v1.MemSetResponse.$Shape} MemSetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.MemSetResponse & hvsim.control.v1.MemSetResponse.$Shape;

                /**
                 * Creates a MemSetResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemSetResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.MemSetResponse;

                /**
                 * Creates a plain object from a MemSetResponse message. Also converts values to other types if specified.
                 * @param message MemSetResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.MemSetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemSetResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MemSetResponse {

                /** Properties of a MemSetResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemSetResponse. */
                type $Shape = hvsim.control.v1.MemSetResponse.$Properties;
            }

            /**
             * Properties of a MemMaxRequest.
             * @deprecated Use hvsim.control.v1.MemMaxRequest.$Properties instead.
             */
            interface IMemMaxRequest extends hvsim.control.v1.MemMaxRequest.$Properties {
            }

            /** Represents a MemMaxRequest. */
            class MemMaxRequest {

                /**
                 * Constructs a new MemMaxRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.MemMaxRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemMaxRequest domain. */
                domain: string;

                /** MemMaxRequest maxMemoryKb. */
                maxMemoryKb: number;

                /**
                 * Creates a new MemMaxRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemMaxRequest instance
                 */
                static create(properties: hvsim.control.v1.MemMaxRequest.$Shape): hvsim.control.v1.MemMaxRequest & hvsim.control.v1.MemMaxRequest.$Shape;
                static create(properties?: hvsim.control.v1.MemMaxRequest.$Properties): hvsim.control.v1.MemMaxRequest;

                /**
                 * Encodes the specified MemMaxRequest message. Does not implicitly {@link hvsim.control.v1.MemMaxRequest.verify|verify} messages.
                 * @param message MemMaxRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.MemMaxRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemMaxRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.MemMaxRequest & hvsim.control.v1.MemMaxRequest.$Shape} MemMaxRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.MemMaxRequest & hvsim.control.v1.MemMaxRequest.$Shape;

                /**
                 * Creates a MemMaxRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemMaxRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.MemMaxRequest;

                /**
                 * Creates a plain object from a MemMaxRequest message. Also converts values to other types if specified.
                 * @param message MemMaxRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.MemMaxRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemMaxRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MemMaxRequest {

                /** Properties of a MemMaxRequest. */
                interface $Properties {

                    /** MemMaxRequest domain */
                    domain?: string;

                    /** MemMaxRequest maxMemoryKb */
                    maxMemoryKb?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemMaxRequest. */
                type $Shape = hvsim.control.v1.MemMaxRequest.$Properties;
            }

            /**
             * Properties of a MemMaxResponse.
             * @deprecated Use hvsim.control.v1.MemMaxResponse.$Properties instead.
             */
            interface IMemMaxResponse extends hvsim.control.v1.MemMaxResponse.$Properties {
            }

            /** Represents a MemMaxResponse. */
            class MemMaxResponse {

                /**
                 * Constructs a new MemMaxResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.MemMaxResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MemMaxResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemMaxResponse instance
                 */
                static create(properties: hvsim.control.v1.MemMaxResponse.$Shape): hvsim.control.v1.MemMaxResponse & hvsim.control.v1.MemMaxResponse.$Shape;
                static create(properties?: hvsim.control.v1.MemMaxResponse.$Properties): hvsim.control.v1.MemMaxResponse;

                /**
                 * Encodes the specified MemMaxResponse message. Does not implicitly {@link hvsim.control.v1.MemMaxResponse.verify|verify} messages.
                 * @param message MemMaxResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.MemMaxResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemMaxResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.MemMaxResponse & hvsim.control.v1.MemMaxResponse.$Shape} MemMaxResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.MemMaxResponse & hvsim.control.v1.MemMaxResponse.$Shape;

                /**
                 * Creates a MemMaxResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemMaxResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.MemMaxResponse;

                /**
                 * Creates a plain object from a MemMaxResponse message. Also converts values to other types if specified.
                 * @param message MemMaxResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.MemMaxResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemMaxResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MemMaxResponse {

                /** Properties of a MemMaxResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemMaxResponse. */
                type $Shape = hvsim.control.v1.MemMaxResponse.$Properties;
            }

            /**
             * Properties of a SaveRequest.
             * @deprecated Use hvsim.control.v1.SaveRequest.$Properties instead.
             */
            interface ISaveRequest extends hvsim.control.v1.SaveRequest.$Properties {
            }

            /** Represents a SaveRequest. */
            class SaveRequest {

                /**
                 * Constructs a new SaveRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.SaveRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SaveRequest domain. */
                domain: string;

                /**
                 * Path of the save file, on the daemon's host; empty = the image comes
                 * back in SaveResponse.image instead (migration).
                 */
                file: string;

                /** xl save -c: leave the domain running afterwards (a checkpoint). */
                checkpoint: boolean;

                /** xl save -p: leave the domain paused afterwards (implies checkpoint). */
                paused: boolean;

                /**
                 * Creates a new SaveRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SaveRequest instance
                 */
                static create(properties: hvsim.control.v1.SaveRequest.$Shape): hvsim.control.v1.SaveRequest & hvsim.control.v1.SaveRequest.$Shape;
                static create(properties?: hvsim.control.v1.SaveRequest.$Properties): hvsim.control.v1.SaveRequest;

                /**
                 * Encodes the specified SaveRequest message. Does not implicitly {@link hvsim.control.v1.SaveRequest.verify|verify} messages.
                 * @param message SaveRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.SaveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SaveRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.SaveRequest & hvsim.control.v1.SaveRequest.$Shape} SaveRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.SaveRequest & hvsim.control.v1.SaveRequest.$Shape;

                /**
                 * Creates a SaveRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SaveRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.SaveRequest;

                /**
                 * Creates a plain object from a SaveRequest message. Also converts values to other types if specified.
                 * @param message SaveRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.SaveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SaveRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SaveRequest {

                /** Properties of a SaveRequest. */
                interface $Properties {

                    /** SaveRequest domain */
                    domain?: string;

                    /**
                     * Path of the save file, on the daemon's host; empty = the image comes
                     * back in SaveResponse.image instead (migration).
                     */
                    file?: string;

                    /** xl save -c: leave the domain running afterwards (a checkpoint). */
                    checkpoint?: boolean;

                    /** xl save -p: leave the domain paused afterwards (implies checkpoint). */
                    paused?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SaveRequest. */
                type $Shape = hvsim.control.v1.SaveRequest.$Properties;
            }

            /**
             * Properties of a SaveResponse.
             * @deprecated Use hvsim.control.v1.SaveResponse.$Properties instead.
             */
            interface ISaveResponse extends hvsim.control.v1.SaveResponse.$Properties {
            }

            /** Represents a SaveResponse. */
            class SaveResponse {

                /**
                 * Constructs a new SaveResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.SaveResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The save image, when SaveRequest.file was empty. */
                image: Uint8Array;

                /**
                 * Creates a new SaveResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SaveResponse instance
                 */
                static create(properties: hvsim.control.v1.SaveResponse.$Shape): hvsim.control.v1.SaveResponse & hvsim.control.v1.SaveResponse.$Shape;
                static create(properties?: hvsim.control.v1.SaveResponse.$Properties): hvsim.control.v1.SaveResponse;

                /**
                 * Encodes the specified SaveResponse message. Does not implicitly {@link hvsim.control.v1.SaveResponse.verify|verify} messages.
                 * @param message SaveResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.SaveResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SaveResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.SaveResponse & hvsim.control.v1.SaveResponse.$Shape} SaveResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.SaveResponse & hvsim.control.v1.SaveResponse.$Shape;

                /**
                 * Creates a SaveResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SaveResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.SaveResponse;

                /**
                 * Creates a plain object from a SaveResponse message. Also converts values to other types if specified.
                 * @param message SaveResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.SaveResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SaveResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SaveResponse {

                /** Properties of a SaveResponse. */
                interface $Properties {

                    /** The save image, when SaveRequest.file was empty. */
                    image?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SaveResponse. */
                type $Shape = hvsim.control.v1.SaveResponse.$Properties;
            }

            /**
             * Properties of a RestoreRequest.
             * @deprecated Use hvsim.control.v1.RestoreRequest.$Properties instead.
             */
            interface IRestoreRequest extends hvsim.control.v1.RestoreRequest.$Properties {
            }

            /** Represents a RestoreRequest. */
            class RestoreRequest {

                /**
                 * Constructs a new RestoreRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.RestoreRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Path of the save file, on the daemon's host. */
                file: string;

                /** xl restore -p. */
                paused: boolean;

                /** key=value overrides of the saved config (e.g. a new name). */
                overrides: string[];

                /** The save image itself (xl migrate-receive), instead of a file. */
                image: Uint8Array;

                /**
                 * Creates a new RestoreRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RestoreRequest instance
                 */
                static create(properties: hvsim.control.v1.RestoreRequest.$Shape): hvsim.control.v1.RestoreRequest & hvsim.control.v1.RestoreRequest.$Shape;
                static create(properties?: hvsim.control.v1.RestoreRequest.$Properties): hvsim.control.v1.RestoreRequest;

                /**
                 * Encodes the specified RestoreRequest message. Does not implicitly {@link hvsim.control.v1.RestoreRequest.verify|verify} messages.
                 * @param message RestoreRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.RestoreRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RestoreRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.RestoreRequest & hvsim.control.v1.RestoreRequest.$Shape} RestoreRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.RestoreRequest & hvsim.control.v1.RestoreRequest.$Shape;

                /**
                 * Creates a RestoreRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RestoreRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.RestoreRequest;

                /**
                 * Creates a plain object from a RestoreRequest message. Also converts values to other types if specified.
                 * @param message RestoreRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.RestoreRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RestoreRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RestoreRequest {

                /** Properties of a RestoreRequest. */
                interface $Properties {

                    /** Path of the save file, on the daemon's host. */
                    file?: string;

                    /** xl restore -p. */
                    paused?: boolean;

                    /** key=value overrides of the saved config (e.g. a new name). */
                    overrides?: string[];

                    /** The save image itself (xl migrate-receive), instead of a file. */
                    image?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RestoreRequest. */
                type $Shape = hvsim.control.v1.RestoreRequest.$Properties;
            }

            /**
             * Properties of a RestoreResponse.
             * @deprecated Use hvsim.control.v1.RestoreResponse.$Properties instead.
             */
            interface IRestoreResponse extends hvsim.control.v1.RestoreResponse.$Properties {
            }

            /** Represents a RestoreResponse. */
            class RestoreResponse {

                /**
                 * Constructs a new RestoreResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.RestoreResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RestoreResponse domid. */
                domid: number;

                /** RestoreResponse name. */
                name: string;

                /**
                 * Creates a new RestoreResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RestoreResponse instance
                 */
                static create(properties: hvsim.control.v1.RestoreResponse.$Shape): hvsim.control.v1.RestoreResponse & hvsim.control.v1.RestoreResponse.$Shape;
                static create(properties?: hvsim.control.v1.RestoreResponse.$Properties): hvsim.control.v1.RestoreResponse;

                /**
                 * Encodes the specified RestoreResponse message. Does not implicitly {@link hvsim.control.v1.RestoreResponse.verify|verify} messages.
                 * @param message RestoreResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.RestoreResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RestoreResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.RestoreResponse & hvsim.control.v1.RestoreResponse.$Shape} RestoreResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.RestoreResponse & hvsim.control.v1.RestoreResponse.$Shape;

                /**
                 * Creates a RestoreResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RestoreResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.RestoreResponse;

                /**
                 * Creates a plain object from a RestoreResponse message. Also converts values to other types if specified.
                 * @param message RestoreResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.RestoreResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RestoreResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RestoreResponse {

                /** Properties of a RestoreResponse. */
                interface $Properties {

                    /** RestoreResponse domid */
                    domid?: number;

                    /** RestoreResponse name */
                    name?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RestoreResponse. */
                type $Shape = hvsim.control.v1.RestoreResponse.$Properties;
            }

            /**
             * Properties of a MigrateRequest.
             * @deprecated Use hvsim.control.v1.MigrateRequest.$Properties instead.
             */
            interface IMigrateRequest extends hvsim.control.v1.MigrateRequest.$Properties {
            }

            /** Represents a MigrateRequest. */
            class MigrateRequest {

                /**
                 * Constructs a new MigrateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.MigrateRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MigrateRequest domain. */
                domain: string;

                /** The receiving daemon: a Unix socket path, or "tcp:HOST:PORT". */
                destination: string;

                /**
                 * Keep it running at the source while memory is copied (xl migrate's
                 * default); false = pause first.
                 */
                live: boolean;

                /**
                 * Creates a new MigrateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MigrateRequest instance
                 */
                static create(properties: hvsim.control.v1.MigrateRequest.$Shape): hvsim.control.v1.MigrateRequest & hvsim.control.v1.MigrateRequest.$Shape;
                static create(properties?: hvsim.control.v1.MigrateRequest.$Properties): hvsim.control.v1.MigrateRequest;

                /**
                 * Encodes the specified MigrateRequest message. Does not implicitly {@link hvsim.control.v1.MigrateRequest.verify|verify} messages.
                 * @param message MigrateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.MigrateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MigrateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.MigrateRequest & hvsim.control.v1.MigrateRequest.$Shape} MigrateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.MigrateRequest & hvsim.control.v1.MigrateRequest.$Shape;

                /**
                 * Creates a MigrateRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MigrateRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.MigrateRequest;

                /**
                 * Creates a plain object from a MigrateRequest message. Also converts values to other types if specified.
                 * @param message MigrateRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.MigrateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MigrateRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MigrateRequest {

                /** Properties of a MigrateRequest. */
                interface $Properties {

                    /** MigrateRequest domain */
                    domain?: string;

                    /** The receiving daemon: a Unix socket path, or "tcp:HOST:PORT". */
                    destination?: string;

                    /**
                     * Keep it running at the source while memory is copied (xl migrate's
                     * default); false = pause first.
                     */
                    live?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MigrateRequest. */
                type $Shape = hvsim.control.v1.MigrateRequest.$Properties;
            }

            /**
             * Properties of a MigrateResponse.
             * @deprecated Use hvsim.control.v1.MigrateResponse.$Properties instead.
             */
            interface IMigrateResponse extends hvsim.control.v1.MigrateResponse.$Properties {
            }

            /** Represents a MigrateResponse. */
            class MigrateResponse {

                /**
                 * Constructs a new MigrateResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.MigrateResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The domain's domid at the destination. */
                domid: number;

                /** MigrateResponse stats. */
                stats: hvsim.control.v1.MigrationStats;

                /**
                 * Creates a new MigrateResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MigrateResponse instance
                 */
                static create(properties: hvsim.control.v1.MigrateResponse.$Shape): hvsim.control.v1.MigrateResponse & hvsim.control.v1.MigrateResponse.$Shape;
                static create(properties?: hvsim.control.v1.MigrateResponse.$Properties): hvsim.control.v1.MigrateResponse;

                /**
                 * Encodes the specified MigrateResponse message. Does not implicitly {@link hvsim.control.v1.MigrateResponse.verify|verify} messages.
                 * @param message MigrateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.MigrateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MigrateResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.MigrateResponse & hvsim.control.v1.MigrateResponse.$Shape} MigrateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.MigrateResponse & hvsim.control.v1.MigrateResponse.$Shape;

                /**
                 * Creates a MigrateResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MigrateResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.MigrateResponse;

                /**
                 * Creates a plain object from a MigrateResponse message. Also converts values to other types if specified.
                 * @param message MigrateResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.MigrateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MigrateResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MigrateResponse {

                /** Properties of a MigrateResponse. */
                interface $Properties {

                    /** The domain's domid at the destination. */
                    domid?: number;

                    /** MigrateResponse stats */
                    stats?: hvsim.control.v1.MigrationStats.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MigrateResponse. */
                type $Shape = hvsim.control.v1.MigrateResponse.$Properties;
            }

            /**
             * Properties of a MigrationStats.
             * @deprecated Use hvsim.control.v1.MigrationStats.$Properties instead.
             */
            interface IMigrationStats extends hvsim.control.v1.MigrationStats.$Properties {
            }

            /** What a migration took. */
            class MigrationStats {

                /**
                 * Constructs a new MigrationStats.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.MigrationStats.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Pages sent in each memory round: round 0 sends every populated page, the
                 * live rounds those dirtied meanwhile, the last one (domain paused) the rest.
                 */
                pagesPerRound: number[];

                /** Bytes of the migration stream. */
                bytes: number;

                /** Wall time of the whole migration. */
                totalWallMs: number;

                /**
                 * Virtual time the domain ran nowhere: at the source from its pause to the
                 * last record sent, plus at the destination from the arrival of the chunk
                 * holding that record to its resume; each side counts the longer of what its
                 * clock moved and what dom0's work there costs by the cost model.
                 */
                downtimeVirtualNs: number;

                /**
                 * Wall time from the pause at the source to the destination's answer that
                 * the domain runs there.
                 */
                downtimeWallMs: number;

                /** Copied while running (false: --no-live, paused first). */
                live: boolean;

                /**
                 * Creates a new MigrationStats instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MigrationStats instance
                 */
                static create(properties: hvsim.control.v1.MigrationStats.$Shape): hvsim.control.v1.MigrationStats & hvsim.control.v1.MigrationStats.$Shape;
                static create(properties?: hvsim.control.v1.MigrationStats.$Properties): hvsim.control.v1.MigrationStats;

                /**
                 * Encodes the specified MigrationStats message. Does not implicitly {@link hvsim.control.v1.MigrationStats.verify|verify} messages.
                 * @param message MigrationStats message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.MigrationStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MigrationStats message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.MigrationStats & hvsim.control.v1.MigrationStats.$Shape} MigrationStats
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.MigrationStats & hvsim.control.v1.MigrationStats.$Shape;

                /**
                 * Creates a MigrationStats message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MigrationStats
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.MigrationStats;

                /**
                 * Creates a plain object from a MigrationStats message. Also converts values to other types if specified.
                 * @param message MigrationStats
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.MigrationStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MigrationStats to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MigrationStats {

                /** Properties of a MigrationStats. */
                interface $Properties {

                    /**
                     * Pages sent in each memory round: round 0 sends every populated page, the
                     * live rounds those dirtied meanwhile, the last one (domain paused) the rest.
                     */
                    pagesPerRound?: number[];

                    /** Bytes of the migration stream. */
                    bytes?: number;

                    /** Wall time of the whole migration. */
                    totalWallMs?: number;

                    /**
                     * Virtual time the domain ran nowhere: at the source from its pause to the
                     * last record sent, plus at the destination from the arrival of the chunk
                     * holding that record to its resume; each side counts the longer of what its
                     * clock moved and what dom0's work there costs by the cost model.
                     */
                    downtimeVirtualNs?: number;

                    /**
                     * Wall time from the pause at the source to the destination's answer that
                     * the domain runs there.
                     */
                    downtimeWallMs?: number;

                    /** Copied while running (false: --no-live, paused first). */
                    live?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MigrationStats. */
                type $Shape = hvsim.control.v1.MigrationStats.$Properties;
            }

            /**
             * Properties of a MigrateProgress.
             * @deprecated Use hvsim.control.v1.MigrateProgress.$Properties instead.
             */
            interface IMigrateProgress extends hvsim.control.v1.MigrateProgress.$Properties {
            }

            /** Represents a MigrateProgress. */
            class MigrateProgress {

                /**
                 * Constructs a new MigrateProgress.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.MigrateProgress.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** 0 = every populated page; the last round is the paused one. */
                round: number;

                /** Pages sent in this round, and all the round has to send. */
                pagesSent: number;

                /** MigrateProgress pagesTotal. */
                pagesTotal: number;

                /** Pages dirtied during the previous round, per virtual second. */
                dirtyPagesPerS: number;

                /** Bytes of the stream so far. */
                bytes: number;

                /** The domain is paused: this is the last round. */
                paused: boolean;

                /**
                 * Creates a new MigrateProgress instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MigrateProgress instance
                 */
                static create(properties: hvsim.control.v1.MigrateProgress.$Shape): hvsim.control.v1.MigrateProgress & hvsim.control.v1.MigrateProgress.$Shape;
                static create(properties?: hvsim.control.v1.MigrateProgress.$Properties): hvsim.control.v1.MigrateProgress;

                /**
                 * Encodes the specified MigrateProgress message. Does not implicitly {@link hvsim.control.v1.MigrateProgress.verify|verify} messages.
                 * @param message MigrateProgress message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.MigrateProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MigrateProgress message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.MigrateProgress & hvsim.control.v1.MigrateProgress.$Shape} MigrateProgress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.MigrateProgress & hvsim.control.v1.MigrateProgress.$Shape;

                /**
                 * Creates a MigrateProgress message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MigrateProgress
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.MigrateProgress;

                /**
                 * Creates a plain object from a MigrateProgress message. Also converts values to other types if specified.
                 * @param message MigrateProgress
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.MigrateProgress, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MigrateProgress to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MigrateProgress {

                /** Properties of a MigrateProgress. */
                interface $Properties {

                    /** 0 = every populated page; the last round is the paused one. */
                    round?: number;

                    /** Pages sent in this round, and all the round has to send. */
                    pagesSent?: number;

                    /** MigrateProgress pagesTotal */
                    pagesTotal?: number;

                    /** Pages dirtied during the previous round, per virtual second. */
                    dirtyPagesPerS?: number;

                    /** Bytes of the stream so far. */
                    bytes?: number;

                    /** The domain is paused: this is the last round. */
                    paused?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MigrateProgress. */
                type $Shape = hvsim.control.v1.MigrateProgress.$Properties;
            }

            /**
             * Properties of a MigrateWithProgressRequest.
             * @deprecated Use hvsim.control.v1.MigrateWithProgressRequest.$Properties instead.
             */
            interface IMigrateWithProgressRequest extends hvsim.control.v1.MigrateWithProgressRequest.$Properties {
            }

            /** Migrate's request, for the call that reports progress. */
            class MigrateWithProgressRequest {

                /**
                 * Constructs a new MigrateWithProgressRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.MigrateWithProgressRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MigrateWithProgressRequest domain. */
                domain: string;

                /** The receiving daemon: a Unix socket path, or "tcp:HOST:PORT". */
                destination: string;

                /** Keep it running at the source while memory is copied (false = pause first). */
                live: boolean;

                /**
                 * Creates a new MigrateWithProgressRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MigrateWithProgressRequest instance
                 */
                static create(properties: hvsim.control.v1.MigrateWithProgressRequest.$Shape): hvsim.control.v1.MigrateWithProgressRequest & hvsim.control.v1.MigrateWithProgressRequest.$Shape;
                static create(properties?: hvsim.control.v1.MigrateWithProgressRequest.$Properties): hvsim.control.v1.MigrateWithProgressRequest;

                /**
                 * Encodes the specified MigrateWithProgressRequest message. Does not implicitly {@link hvsim.control.v1.MigrateWithProgressRequest.verify|verify} messages.
                 * @param message MigrateWithProgressRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.MigrateWithProgressRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MigrateWithProgressRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.MigrateWithProgressRequest & hvsim.control.v1.MigrateWithProgressRequest.$Shape} MigrateWithProgressRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.MigrateWithProgressRequest & hvsim.control.v1.MigrateWithProgressRequest.$Shape;

                /**
                 * Creates a MigrateWithProgressRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MigrateWithProgressRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.MigrateWithProgressRequest;

                /**
                 * Creates a plain object from a MigrateWithProgressRequest message. Also converts values to other types if specified.
                 * @param message MigrateWithProgressRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.MigrateWithProgressRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MigrateWithProgressRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MigrateWithProgressRequest {

                /** Properties of a MigrateWithProgressRequest. */
                interface $Properties {

                    /** MigrateWithProgressRequest domain */
                    domain?: string;

                    /** The receiving daemon: a Unix socket path, or "tcp:HOST:PORT". */
                    destination?: string;

                    /** Keep it running at the source while memory is copied (false = pause first). */
                    live?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MigrateWithProgressRequest. */
                type $Shape = hvsim.control.v1.MigrateWithProgressRequest.$Properties;
            }

            /**
             * Properties of a MigrateWithProgressResponse.
             * @deprecated Use hvsim.control.v1.MigrateWithProgressResponse.$Properties instead.
             */
            interface IMigrateWithProgressResponse extends hvsim.control.v1.MigrateWithProgressResponse.$Properties {
            }

            /** Represents a MigrateWithProgressResponse. */
            class MigrateWithProgressResponse {

                /**
                 * Constructs a new MigrateWithProgressResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.MigrateWithProgressResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MigrateWithProgressResponse progress. */
                progress: hvsim.control.v1.MigrateProgress;

                /** Set on the last message. */
                done: hvsim.control.v1.MigrateResponse;

                /**
                 * Creates a new MigrateWithProgressResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MigrateWithProgressResponse instance
                 */
                static create(properties: hvsim.control.v1.MigrateWithProgressResponse.$Shape): hvsim.control.v1.MigrateWithProgressResponse & hvsim.control.v1.MigrateWithProgressResponse.$Shape;
                static create(properties?: hvsim.control.v1.MigrateWithProgressResponse.$Properties): hvsim.control.v1.MigrateWithProgressResponse;

                /**
                 * Encodes the specified MigrateWithProgressResponse message. Does not implicitly {@link hvsim.control.v1.MigrateWithProgressResponse.verify|verify} messages.
                 * @param message MigrateWithProgressResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.MigrateWithProgressResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MigrateWithProgressResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.MigrateWithProgressResponse & hvsim.control.v1.MigrateWithProgressResponse.$Shape} MigrateWithProgressResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.MigrateWithProgressResponse & hvsim.control.v1.MigrateWithProgressResponse.$Shape;

                /**
                 * Creates a MigrateWithProgressResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MigrateWithProgressResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.MigrateWithProgressResponse;

                /**
                 * Creates a plain object from a MigrateWithProgressResponse message. Also converts values to other types if specified.
                 * @param message MigrateWithProgressResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.MigrateWithProgressResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MigrateWithProgressResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MigrateWithProgressResponse {

                /** Properties of a MigrateWithProgressResponse. */
                interface $Properties {

                    /** MigrateWithProgressResponse progress */
                    progress?: hvsim.control.v1.MigrateProgress.$Properties;

                    /** Set on the last message. */
                    done?: hvsim.control.v1.MigrateResponse.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MigrateWithProgressResponse. */
                type $Shape = hvsim.control.v1.MigrateWithProgressResponse.$Properties;
            }

            /**
             * Properties of a MigrateReceiveRequest.
             * @deprecated Use hvsim.control.v1.MigrateReceiveRequest.$Properties instead.
             */
            interface IMigrateReceiveRequest extends hvsim.control.v1.MigrateReceiveRequest.$Properties {
            }

            /** Represents a MigrateReceiveRequest. */
            class MigrateReceiveRequest {

                /**
                 * Constructs a new MigrateReceiveRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.MigrateReceiveRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MigrateReceiveRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MigrateReceiveRequest instance
                 */
                static create(properties: hvsim.control.v1.MigrateReceiveRequest.$Shape): hvsim.control.v1.MigrateReceiveRequest & hvsim.control.v1.MigrateReceiveRequest.$Shape;
                static create(properties?: hvsim.control.v1.MigrateReceiveRequest.$Properties): hvsim.control.v1.MigrateReceiveRequest;

                /**
                 * Encodes the specified MigrateReceiveRequest message. Does not implicitly {@link hvsim.control.v1.MigrateReceiveRequest.verify|verify} messages.
                 * @param message MigrateReceiveRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.MigrateReceiveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MigrateReceiveRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.MigrateReceiveRequest & hvsim.control.v1.MigrateReceiveRequest.$Shape} MigrateReceiveRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.MigrateReceiveRequest & hvsim.control.v1.MigrateReceiveRequest.$Shape;

                /**
                 * Creates a MigrateReceiveRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MigrateReceiveRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.MigrateReceiveRequest;

                /**
                 * Creates a plain object from a MigrateReceiveRequest message. Also converts values to other types if specified.
                 * @param message MigrateReceiveRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.MigrateReceiveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MigrateReceiveRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MigrateReceiveRequest {

                /** Properties of a MigrateReceiveRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MigrateReceiveRequest. */
                type $Shape = hvsim.control.v1.MigrateReceiveRequest.$Properties;
            }

            /**
             * Properties of a MigrateReceiveResponse.
             * @deprecated Use hvsim.control.v1.MigrateReceiveResponse.$Properties instead.
             */
            interface IMigrateReceiveResponse extends hvsim.control.v1.MigrateReceiveResponse.$Properties {
            }

            /** Represents a MigrateReceiveResponse. */
            class MigrateReceiveResponse {

                /**
                 * Constructs a new MigrateReceiveResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.MigrateReceiveResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Names the session in MigrateChunk. */
                session: number;

                /**
                 * Creates a new MigrateReceiveResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MigrateReceiveResponse instance
                 */
                static create(properties: hvsim.control.v1.MigrateReceiveResponse.$Shape): hvsim.control.v1.MigrateReceiveResponse & hvsim.control.v1.MigrateReceiveResponse.$Shape;
                static create(properties?: hvsim.control.v1.MigrateReceiveResponse.$Properties): hvsim.control.v1.MigrateReceiveResponse;

                /**
                 * Encodes the specified MigrateReceiveResponse message. Does not implicitly {@link hvsim.control.v1.MigrateReceiveResponse.verify|verify} messages.
                 * @param message MigrateReceiveResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.MigrateReceiveResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MigrateReceiveResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.MigrateReceiveResponse & hvsim.control.v1.MigrateReceiveResponse.$Shape} MigrateReceiveResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.MigrateReceiveResponse & hvsim.control.v1.MigrateReceiveResponse.$Shape;

                /**
                 * Creates a MigrateReceiveResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MigrateReceiveResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.MigrateReceiveResponse;

                /**
                 * Creates a plain object from a MigrateReceiveResponse message. Also converts values to other types if specified.
                 * @param message MigrateReceiveResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.MigrateReceiveResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MigrateReceiveResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MigrateReceiveResponse {

                /** Properties of a MigrateReceiveResponse. */
                interface $Properties {

                    /** Names the session in MigrateChunk. */
                    session?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MigrateReceiveResponse. */
                type $Shape = hvsim.control.v1.MigrateReceiveResponse.$Properties;
            }

            /**
             * Properties of a MigrateChunkRequest.
             * @deprecated Use hvsim.control.v1.MigrateChunkRequest.$Properties instead.
             */
            interface IMigrateChunkRequest extends hvsim.control.v1.MigrateChunkRequest.$Properties {
            }

            /** Represents a MigrateChunkRequest. */
            class MigrateChunkRequest {

                /**
                 * Constructs a new MigrateChunkRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.MigrateChunkRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MigrateChunkRequest session. */
                session: number;

                /** The next bytes of the stream; records may span chunks. */
                records: Uint8Array;

                /**
                 * Sent instead of records, from any connection, by a source that lost the
                 * session's connection while the end record was on its way: the session is
                 * discarded unless it committed, and `committed` says which happened.
                 */
                resolve: boolean;

                /**
                 * Creates a new MigrateChunkRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MigrateChunkRequest instance
                 */
                static create(properties: hvsim.control.v1.MigrateChunkRequest.$Shape): hvsim.control.v1.MigrateChunkRequest & hvsim.control.v1.MigrateChunkRequest.$Shape;
                static create(properties?: hvsim.control.v1.MigrateChunkRequest.$Properties): hvsim.control.v1.MigrateChunkRequest;

                /**
                 * Encodes the specified MigrateChunkRequest message. Does not implicitly {@link hvsim.control.v1.MigrateChunkRequest.verify|verify} messages.
                 * @param message MigrateChunkRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.MigrateChunkRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MigrateChunkRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.MigrateChunkRequest & hvsim.control.v1.MigrateChunkRequest.$Shape} MigrateChunkRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.MigrateChunkRequest & hvsim.control.v1.MigrateChunkRequest.$Shape;

                /**
                 * Creates a MigrateChunkRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MigrateChunkRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.MigrateChunkRequest;

                /**
                 * Creates a plain object from a MigrateChunkRequest message. Also converts values to other types if specified.
                 * @param message MigrateChunkRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.MigrateChunkRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MigrateChunkRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MigrateChunkRequest {

                /** Properties of a MigrateChunkRequest. */
                interface $Properties {

                    /** MigrateChunkRequest session */
                    session?: number;

                    /** The next bytes of the stream; records may span chunks. */
                    records?: Uint8Array;

                    /**
                     * Sent instead of records, from any connection, by a source that lost the
                     * session's connection while the end record was on its way: the session is
                     * discarded unless it committed, and `committed` says which happened.
                     */
                    resolve?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MigrateChunkRequest. */
                type $Shape = hvsim.control.v1.MigrateChunkRequest.$Properties;
            }

            /**
             * Properties of a MigrateChunkResponse.
             * @deprecated Use hvsim.control.v1.MigrateChunkResponse.$Properties instead.
             */
            interface IMigrateChunkResponse extends hvsim.control.v1.MigrateChunkResponse.$Properties {
            }

            /** Represents a MigrateChunkResponse. */
            class MigrateChunkResponse {

                /**
                 * Constructs a new MigrateChunkResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.MigrateChunkResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The domid being built here (0 until the header record was accepted). */
                domid: number;

                /** The end record arrived: the domain has all its state and runs here. */
                committed: boolean;

                /**
                 * Virtual time at the destination from the arrival of this chunk to the
                 * resume (the longer of its clock and dom0's work by the cost model).
                 */
                resumeVirtualNs: number;

                /**
                 * Creates a new MigrateChunkResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MigrateChunkResponse instance
                 */
                static create(properties: hvsim.control.v1.MigrateChunkResponse.$Shape): hvsim.control.v1.MigrateChunkResponse & hvsim.control.v1.MigrateChunkResponse.$Shape;
                static create(properties?: hvsim.control.v1.MigrateChunkResponse.$Properties): hvsim.control.v1.MigrateChunkResponse;

                /**
                 * Encodes the specified MigrateChunkResponse message. Does not implicitly {@link hvsim.control.v1.MigrateChunkResponse.verify|verify} messages.
                 * @param message MigrateChunkResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.MigrateChunkResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MigrateChunkResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.MigrateChunkResponse & hvsim.control.v1.MigrateChunkResponse.$Shape} MigrateChunkResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.MigrateChunkResponse & hvsim.control.v1.MigrateChunkResponse.$Shape;

                /**
                 * Creates a MigrateChunkResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MigrateChunkResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.MigrateChunkResponse;

                /**
                 * Creates a plain object from a MigrateChunkResponse message. Also converts values to other types if specified.
                 * @param message MigrateChunkResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.MigrateChunkResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MigrateChunkResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MigrateChunkResponse {

                /** Properties of a MigrateChunkResponse. */
                interface $Properties {

                    /** The domid being built here (0 until the header record was accepted). */
                    domid?: number;

                    /** The end record arrived: the domain has all its state and runs here. */
                    committed?: boolean;

                    /**
                     * Virtual time at the destination from the arrival of this chunk to the
                     * resume (the longer of its clock and dom0's work by the cost model).
                     */
                    resumeVirtualNs?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MigrateChunkResponse. */
                type $Shape = hvsim.control.v1.MigrateChunkResponse.$Properties;
            }

            /**
             * Properties of an EventsRequest.
             * @deprecated Use hvsim.control.v1.EventsRequest.$Properties instead.
             */
            interface IEventsRequest extends hvsim.control.v1.EventsRequest.$Properties {
            }

            /** Represents an EventsRequest. */
            class EventsRequest {

                /**
                 * Constructs a new EventsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.EventsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Only events of these domains; empty = all. */
                domains: string[];

                /**
                 * Creates a new EventsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventsRequest instance
                 */
                static create(properties: hvsim.control.v1.EventsRequest.$Shape): hvsim.control.v1.EventsRequest & hvsim.control.v1.EventsRequest.$Shape;
                static create(properties?: hvsim.control.v1.EventsRequest.$Properties): hvsim.control.v1.EventsRequest;

                /**
                 * Encodes the specified EventsRequest message. Does not implicitly {@link hvsim.control.v1.EventsRequest.verify|verify} messages.
                 * @param message EventsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.EventsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.EventsRequest & hvsim.control.v1.EventsRequest.$Shape} EventsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.EventsRequest & hvsim.control.v1.EventsRequest.$Shape;

                /**
                 * Creates an EventsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventsRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.EventsRequest;

                /**
                 * Creates a plain object from an EventsRequest message. Also converts values to other types if specified.
                 * @param message EventsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.EventsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EventsRequest {

                /** Properties of an EventsRequest. */
                interface $Properties {

                    /** Only events of these domains; empty = all. */
                    domains?: string[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventsRequest. */
                type $Shape = hvsim.control.v1.EventsRequest.$Properties;
            }

            /**
             * Properties of an EventsResponse.
             * @deprecated Use hvsim.control.v1.EventsResponse.$Properties instead.
             */
            interface IEventsResponse extends hvsim.control.v1.EventsResponse.$Properties {
            }

            /** Represents an EventsResponse. */
            class EventsResponse {

                /**
                 * Constructs a new EventsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.EventsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventsResponse event. */
                event: hvsim.control.v1.DomainEvent;

                /**
                 * Creates a new EventsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventsResponse instance
                 */
                static create(properties: hvsim.control.v1.EventsResponse.$Shape): hvsim.control.v1.EventsResponse & hvsim.control.v1.EventsResponse.$Shape;
                static create(properties?: hvsim.control.v1.EventsResponse.$Properties): hvsim.control.v1.EventsResponse;

                /**
                 * Encodes the specified EventsResponse message. Does not implicitly {@link hvsim.control.v1.EventsResponse.verify|verify} messages.
                 * @param message EventsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.EventsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.EventsResponse & hvsim.control.v1.EventsResponse.$Shape} EventsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.EventsResponse & hvsim.control.v1.EventsResponse.$Shape;

                /**
                 * Creates an EventsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventsResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.EventsResponse;

                /**
                 * Creates a plain object from an EventsResponse message. Also converts values to other types if specified.
                 * @param message EventsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.EventsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EventsResponse {

                /** Properties of an EventsResponse. */
                interface $Properties {

                    /** EventsResponse event */
                    event?: hvsim.control.v1.DomainEvent.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventsResponse. */
                type $Shape = hvsim.control.v1.EventsResponse.$Properties;
            }

            /**
             * Properties of a PhysinfoRequest.
             * @deprecated Use hvsim.control.v1.PhysinfoRequest.$Properties instead.
             */
            interface IPhysinfoRequest extends hvsim.control.v1.PhysinfoRequest.$Properties {
            }

            /** Represents a PhysinfoRequest. */
            class PhysinfoRequest {

                /**
                 * Constructs a new PhysinfoRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.PhysinfoRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new PhysinfoRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PhysinfoRequest instance
                 */
                static create(properties: hvsim.control.v1.PhysinfoRequest.$Shape): hvsim.control.v1.PhysinfoRequest & hvsim.control.v1.PhysinfoRequest.$Shape;
                static create(properties?: hvsim.control.v1.PhysinfoRequest.$Properties): hvsim.control.v1.PhysinfoRequest;

                /**
                 * Encodes the specified PhysinfoRequest message. Does not implicitly {@link hvsim.control.v1.PhysinfoRequest.verify|verify} messages.
                 * @param message PhysinfoRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.PhysinfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PhysinfoRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.PhysinfoRequest & hvsim.control.v1.PhysinfoRequest.$Shape} PhysinfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.PhysinfoRequest & hvsim.control.v1.PhysinfoRequest.$Shape;

                /**
                 * Creates a PhysinfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PhysinfoRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.PhysinfoRequest;

                /**
                 * Creates a plain object from a PhysinfoRequest message. Also converts values to other types if specified.
                 * @param message PhysinfoRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.PhysinfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PhysinfoRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PhysinfoRequest {

                /** Properties of a PhysinfoRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PhysinfoRequest. */
                type $Shape = hvsim.control.v1.PhysinfoRequest.$Properties;
            }

            /**
             * Properties of a PhysinfoResponse.
             * @deprecated Use hvsim.control.v1.PhysinfoResponse.$Properties instead.
             */
            interface IPhysinfoResponse extends hvsim.control.v1.PhysinfoResponse.$Properties {
            }

            /** Represents a PhysinfoResponse. */
            class PhysinfoResponse {

                /**
                 * Constructs a new PhysinfoResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.PhysinfoResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PhysinfoResponse physinfo. */
                physinfo: hvsim.control.v1.Physinfo;

                /**
                 * Creates a new PhysinfoResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PhysinfoResponse instance
                 */
                static create(properties: hvsim.control.v1.PhysinfoResponse.$Shape): hvsim.control.v1.PhysinfoResponse & hvsim.control.v1.PhysinfoResponse.$Shape;
                static create(properties?: hvsim.control.v1.PhysinfoResponse.$Properties): hvsim.control.v1.PhysinfoResponse;

                /**
                 * Encodes the specified PhysinfoResponse message. Does not implicitly {@link hvsim.control.v1.PhysinfoResponse.verify|verify} messages.
                 * @param message PhysinfoResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.PhysinfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PhysinfoResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.PhysinfoResponse & hvsim.control.v1.PhysinfoResponse.$Shape} PhysinfoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.PhysinfoResponse & hvsim.control.v1.PhysinfoResponse.$Shape;

                /**
                 * Creates a PhysinfoResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PhysinfoResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.PhysinfoResponse;

                /**
                 * Creates a plain object from a PhysinfoResponse message. Also converts values to other types if specified.
                 * @param message PhysinfoResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.PhysinfoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PhysinfoResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PhysinfoResponse {

                /** Properties of a PhysinfoResponse. */
                interface $Properties {

                    /** PhysinfoResponse physinfo */
                    physinfo?: hvsim.control.v1.Physinfo.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PhysinfoResponse. */
                type $Shape = hvsim.control.v1.PhysinfoResponse.$Properties;
            }

            /**
             * Properties of a DomainIdRequest.
             * @deprecated Use hvsim.control.v1.DomainIdRequest.$Properties instead.
             */
            interface IDomainIdRequest extends hvsim.control.v1.DomainIdRequest.$Properties {
            }

            /** Represents a DomainIdRequest. */
            class DomainIdRequest {

                /**
                 * Constructs a new DomainIdRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomainIdRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomainIdRequest name. */
                name: string;

                /**
                 * Creates a new DomainIdRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomainIdRequest instance
                 */
                static create(properties: hvsim.control.v1.DomainIdRequest.$Shape): hvsim.control.v1.DomainIdRequest & hvsim.control.v1.DomainIdRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomainIdRequest.$Properties): hvsim.control.v1.DomainIdRequest;

                /**
                 * Encodes the specified DomainIdRequest message. Does not implicitly {@link hvsim.control.v1.DomainIdRequest.verify|verify} messages.
                 * @param message DomainIdRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomainIdRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomainIdRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomainIdRequest & hvsim.control.v1.DomainIdRequest.$Shape} DomainIdRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomainIdRequest & hvsim.control.v1.DomainIdRequest.$Shape;

                /**
                 * Creates a DomainIdRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomainIdRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomainIdRequest;

                /**
                 * Creates a plain object from a DomainIdRequest message. Also converts values to other types if specified.
                 * @param message DomainIdRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomainIdRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomainIdRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomainIdRequest {

                /** Properties of a DomainIdRequest. */
                interface $Properties {

                    /** DomainIdRequest name */
                    name?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomainIdRequest. */
                type $Shape = hvsim.control.v1.DomainIdRequest.$Properties;
            }

            /**
             * Properties of a DomainIdResponse.
             * @deprecated Use hvsim.control.v1.DomainIdResponse.$Properties instead.
             */
            interface IDomainIdResponse extends hvsim.control.v1.DomainIdResponse.$Properties {
            }

            /** Represents a DomainIdResponse. */
            class DomainIdResponse {

                /**
                 * Constructs a new DomainIdResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomainIdResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomainIdResponse domid. */
                domid: number;

                /**
                 * Creates a new DomainIdResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomainIdResponse instance
                 */
                static create(properties: hvsim.control.v1.DomainIdResponse.$Shape): hvsim.control.v1.DomainIdResponse & hvsim.control.v1.DomainIdResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomainIdResponse.$Properties): hvsim.control.v1.DomainIdResponse;

                /**
                 * Encodes the specified DomainIdResponse message. Does not implicitly {@link hvsim.control.v1.DomainIdResponse.verify|verify} messages.
                 * @param message DomainIdResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomainIdResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomainIdResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomainIdResponse & hvsim.control.v1.DomainIdResponse.$Shape} DomainIdResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomainIdResponse & hvsim.control.v1.DomainIdResponse.$Shape;

                /**
                 * Creates a DomainIdResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomainIdResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomainIdResponse;

                /**
                 * Creates a plain object from a DomainIdResponse message. Also converts values to other types if specified.
                 * @param message DomainIdResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomainIdResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomainIdResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomainIdResponse {

                /** Properties of a DomainIdResponse. */
                interface $Properties {

                    /** DomainIdResponse domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomainIdResponse. */
                type $Shape = hvsim.control.v1.DomainIdResponse.$Properties;
            }

            /**
             * Properties of a DomainNameRequest.
             * @deprecated Use hvsim.control.v1.DomainNameRequest.$Properties instead.
             */
            interface IDomainNameRequest extends hvsim.control.v1.DomainNameRequest.$Properties {
            }

            /** Represents a DomainNameRequest. */
            class DomainNameRequest {

                /**
                 * Constructs a new DomainNameRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomainNameRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomainNameRequest domid. */
                domid: number;

                /**
                 * Creates a new DomainNameRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomainNameRequest instance
                 */
                static create(properties: hvsim.control.v1.DomainNameRequest.$Shape): hvsim.control.v1.DomainNameRequest & hvsim.control.v1.DomainNameRequest.$Shape;
                static create(properties?: hvsim.control.v1.DomainNameRequest.$Properties): hvsim.control.v1.DomainNameRequest;

                /**
                 * Encodes the specified DomainNameRequest message. Does not implicitly {@link hvsim.control.v1.DomainNameRequest.verify|verify} messages.
                 * @param message DomainNameRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomainNameRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomainNameRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomainNameRequest & hvsim.control.v1.DomainNameRequest.$Shape} DomainNameRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomainNameRequest & hvsim.control.v1.DomainNameRequest.$Shape;

                /**
                 * Creates a DomainNameRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomainNameRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomainNameRequest;

                /**
                 * Creates a plain object from a DomainNameRequest message. Also converts values to other types if specified.
                 * @param message DomainNameRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomainNameRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomainNameRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomainNameRequest {

                /** Properties of a DomainNameRequest. */
                interface $Properties {

                    /** DomainNameRequest domid */
                    domid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomainNameRequest. */
                type $Shape = hvsim.control.v1.DomainNameRequest.$Properties;
            }

            /**
             * Properties of a DomainNameResponse.
             * @deprecated Use hvsim.control.v1.DomainNameResponse.$Properties instead.
             */
            interface IDomainNameResponse extends hvsim.control.v1.DomainNameResponse.$Properties {
            }

            /** Represents a DomainNameResponse. */
            class DomainNameResponse {

                /**
                 * Constructs a new DomainNameResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DomainNameResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomainNameResponse name. */
                name: string;

                /**
                 * Creates a new DomainNameResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomainNameResponse instance
                 */
                static create(properties: hvsim.control.v1.DomainNameResponse.$Shape): hvsim.control.v1.DomainNameResponse & hvsim.control.v1.DomainNameResponse.$Shape;
                static create(properties?: hvsim.control.v1.DomainNameResponse.$Properties): hvsim.control.v1.DomainNameResponse;

                /**
                 * Encodes the specified DomainNameResponse message. Does not implicitly {@link hvsim.control.v1.DomainNameResponse.verify|verify} messages.
                 * @param message DomainNameResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DomainNameResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomainNameResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DomainNameResponse & hvsim.control.v1.DomainNameResponse.$Shape} DomainNameResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DomainNameResponse & hvsim.control.v1.DomainNameResponse.$Shape;

                /**
                 * Creates a DomainNameResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DomainNameResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DomainNameResponse;

                /**
                 * Creates a plain object from a DomainNameResponse message. Also converts values to other types if specified.
                 * @param message DomainNameResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DomainNameResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DomainNameResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DomainNameResponse {

                /** Properties of a DomainNameResponse. */
                interface $Properties {

                    /** DomainNameResponse name */
                    name?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DomainNameResponse. */
                type $Shape = hvsim.control.v1.DomainNameResponse.$Properties;
            }

            /**
             * Properties of a HaltRequest.
             * @deprecated Use hvsim.control.v1.HaltRequest.$Properties instead.
             */
            interface IHaltRequest extends hvsim.control.v1.HaltRequest.$Properties {
            }

            /** Represents a HaltRequest. */
            class HaltRequest {

                /**
                 * Constructs a new HaltRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.HaltRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new HaltRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HaltRequest instance
                 */
                static create(properties: hvsim.control.v1.HaltRequest.$Shape): hvsim.control.v1.HaltRequest & hvsim.control.v1.HaltRequest.$Shape;
                static create(properties?: hvsim.control.v1.HaltRequest.$Properties): hvsim.control.v1.HaltRequest;

                /**
                 * Encodes the specified HaltRequest message. Does not implicitly {@link hvsim.control.v1.HaltRequest.verify|verify} messages.
                 * @param message HaltRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.HaltRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HaltRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.HaltRequest & hvsim.control.v1.HaltRequest.$Shape} HaltRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.HaltRequest & hvsim.control.v1.HaltRequest.$Shape;

                /**
                 * Creates a HaltRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HaltRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.HaltRequest;

                /**
                 * Creates a plain object from a HaltRequest message. Also converts values to other types if specified.
                 * @param message HaltRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.HaltRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HaltRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace HaltRequest {

                /** Properties of a HaltRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HaltRequest. */
                type $Shape = hvsim.control.v1.HaltRequest.$Properties;
            }

            /**
             * Properties of a HaltResponse.
             * @deprecated Use hvsim.control.v1.HaltResponse.$Properties instead.
             */
            interface IHaltResponse extends hvsim.control.v1.HaltResponse.$Properties {
            }

            /** Represents a HaltResponse. */
            class HaltResponse {

                /**
                 * Constructs a new HaltResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.HaltResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new HaltResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HaltResponse instance
                 */
                static create(properties: hvsim.control.v1.HaltResponse.$Shape): hvsim.control.v1.HaltResponse & hvsim.control.v1.HaltResponse.$Shape;
                static create(properties?: hvsim.control.v1.HaltResponse.$Properties): hvsim.control.v1.HaltResponse;

                /**
                 * Encodes the specified HaltResponse message. Does not implicitly {@link hvsim.control.v1.HaltResponse.verify|verify} messages.
                 * @param message HaltResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.HaltResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HaltResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.HaltResponse & hvsim.control.v1.HaltResponse.$Shape} HaltResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.HaltResponse & hvsim.control.v1.HaltResponse.$Shape;

                /**
                 * Creates a HaltResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HaltResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.HaltResponse;

                /**
                 * Creates a plain object from a HaltResponse message. Also converts values to other types if specified.
                 * @param message HaltResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.HaltResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HaltResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace HaltResponse {

                /** Properties of a HaltResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HaltResponse. */
                type $Shape = hvsim.control.v1.HaltResponse.$Properties;
            }

            /**
             * Properties of an InfoRequest.
             * @deprecated Use hvsim.control.v1.InfoRequest.$Properties instead.
             */
            interface IInfoRequest extends hvsim.control.v1.InfoRequest.$Properties {
            }

            /** Represents an InfoRequest. */
            class InfoRequest {

                /**
                 * Constructs a new InfoRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.InfoRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new InfoRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InfoRequest instance
                 */
                static create(properties: hvsim.control.v1.InfoRequest.$Shape): hvsim.control.v1.InfoRequest & hvsim.control.v1.InfoRequest.$Shape;
                static create(properties?: hvsim.control.v1.InfoRequest.$Properties): hvsim.control.v1.InfoRequest;

                /**
                 * Encodes the specified InfoRequest message. Does not implicitly {@link hvsim.control.v1.InfoRequest.verify|verify} messages.
                 * @param message InfoRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.InfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InfoRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.InfoRequest & hvsim.control.v1.InfoRequest.$Shape} InfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.InfoRequest & hvsim.control.v1.InfoRequest.$Shape;

                /**
                 * Creates an InfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InfoRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.InfoRequest;

                /**
                 * Creates a plain object from an InfoRequest message. Also converts values to other types if specified.
                 * @param message InfoRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.InfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InfoRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace InfoRequest {

                /** Properties of an InfoRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an InfoRequest. */
                type $Shape = hvsim.control.v1.InfoRequest.$Properties;
            }

            /**
             * Properties of an InfoResponse.
             * @deprecated Use hvsim.control.v1.InfoResponse.$Properties instead.
             */
            interface IInfoResponse extends hvsim.control.v1.InfoResponse.$Properties {
            }

            /** Represents an InfoResponse. */
            class InfoResponse {

                /**
                 * Constructs a new InfoResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.InfoResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The daemon's host name. */
                host: string;

                /** InfoResponse version. */
                version: hvsim.control.v1.VersionInfo;

                /** InfoResponse physinfo. */
                physinfo: hvsim.control.v1.Physinfo;

                /** Control protocol version of this connection. */
                protocolVersion: number;

                /** Where xenstored listens (XENSTORED_PATH for Xen's xenstore-* tools). */
                xenstoreSocket: string;

                /** Where the management service listens. */
                controlSocket: string;

                /** Memory not owned by any domain (xl info's free_memory, in MiB: /1024). */
                freeMemoryKb: number;

                /** InfoResponse totalMemoryKb. */
                totalMemoryKb: number;

                /** "max" or "realtime". */
                pacing: string;

                /** The seed of this boot. */
                seed: number;

                /** InfoResponse nrDomains. */
                nrDomains: number;

                /**
                 * Creates a new InfoResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InfoResponse instance
                 */
                static create(properties: hvsim.control.v1.InfoResponse.$Shape): hvsim.control.v1.InfoResponse & hvsim.control.v1.InfoResponse.$Shape;
                static create(properties?: hvsim.control.v1.InfoResponse.$Properties): hvsim.control.v1.InfoResponse;

                /**
                 * Encodes the specified InfoResponse message. Does not implicitly {@link hvsim.control.v1.InfoResponse.verify|verify} messages.
                 * @param message InfoResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.InfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InfoResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.InfoResponse & hvsim.control.v1.InfoResponse.$Shape} InfoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.InfoResponse & hvsim.control.v1.InfoResponse.$Shape;

                /**
                 * Creates an InfoResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InfoResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.InfoResponse;

                /**
                 * Creates a plain object from an InfoResponse message. Also converts values to other types if specified.
                 * @param message InfoResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.InfoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InfoResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace InfoResponse {

                /** Properties of an InfoResponse. */
                interface $Properties {

                    /** The daemon's host name. */
                    host?: string;

                    /** InfoResponse version */
                    version?: hvsim.control.v1.VersionInfo.$Properties;

                    /** InfoResponse physinfo */
                    physinfo?: hvsim.control.v1.Physinfo.$Properties;

                    /** Control protocol version of this connection. */
                    protocolVersion?: number;

                    /** Where xenstored listens (XENSTORED_PATH for Xen's xenstore-* tools). */
                    xenstoreSocket?: string;

                    /** Where the management service listens. */
                    controlSocket?: string;

                    /** Memory not owned by any domain (xl info's free_memory, in MiB: /1024). */
                    freeMemoryKb?: number;

                    /** InfoResponse totalMemoryKb */
                    totalMemoryKb?: number;

                    /** "max" or "realtime". */
                    pacing?: string;

                    /** The seed of this boot. */
                    seed?: number;

                    /** InfoResponse nrDomains */
                    nrDomains?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an InfoResponse. */
                type $Shape = hvsim.control.v1.InfoResponse.$Properties;
            }

            /**
             * Properties of a DiskCreateRequest.
             * @deprecated Use hvsim.control.v1.DiskCreateRequest.$Properties instead.
             */
            interface IDiskCreateRequest extends hvsim.control.v1.DiskCreateRequest.$Properties {
            }

            /** Represents a DiskCreateRequest. */
            class DiskCreateRequest {

                /**
                 * Constructs a new DiskCreateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DiskCreateRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** A file name in the datastore (no "/"). */
                name: string;

                /** A positive multiple of 512. */
                sizeBytes: number;

                /**
                 * Creates a new DiskCreateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DiskCreateRequest instance
                 */
                static create(properties: hvsim.control.v1.DiskCreateRequest.$Shape): hvsim.control.v1.DiskCreateRequest & hvsim.control.v1.DiskCreateRequest.$Shape;
                static create(properties?: hvsim.control.v1.DiskCreateRequest.$Properties): hvsim.control.v1.DiskCreateRequest;

                /**
                 * Encodes the specified DiskCreateRequest message. Does not implicitly {@link hvsim.control.v1.DiskCreateRequest.verify|verify} messages.
                 * @param message DiskCreateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DiskCreateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DiskCreateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DiskCreateRequest & hvsim.control.v1.DiskCreateRequest.$Shape} DiskCreateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DiskCreateRequest & hvsim.control.v1.DiskCreateRequest.$Shape;

                /**
                 * Creates a DiskCreateRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DiskCreateRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DiskCreateRequest;

                /**
                 * Creates a plain object from a DiskCreateRequest message. Also converts values to other types if specified.
                 * @param message DiskCreateRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DiskCreateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DiskCreateRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DiskCreateRequest {

                /** Properties of a DiskCreateRequest. */
                interface $Properties {

                    /** A file name in the datastore (no "/"). */
                    name?: string;

                    /** A positive multiple of 512. */
                    sizeBytes?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DiskCreateRequest. */
                type $Shape = hvsim.control.v1.DiskCreateRequest.$Properties;
            }

            /**
             * Properties of a DiskCreateResponse.
             * @deprecated Use hvsim.control.v1.DiskCreateResponse.$Properties instead.
             */
            interface IDiskCreateResponse extends hvsim.control.v1.DiskCreateResponse.$Properties {
            }

            /** Represents a DiskCreateResponse. */
            class DiskCreateResponse {

                /**
                 * Constructs a new DiskCreateResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.DiskCreateResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The image's path on the daemon's host. */
                path: string;

                /**
                 * Creates a new DiskCreateResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DiskCreateResponse instance
                 */
                static create(properties: hvsim.control.v1.DiskCreateResponse.$Shape): hvsim.control.v1.DiskCreateResponse & hvsim.control.v1.DiskCreateResponse.$Shape;
                static create(properties?: hvsim.control.v1.DiskCreateResponse.$Properties): hvsim.control.v1.DiskCreateResponse;

                /**
                 * Encodes the specified DiskCreateResponse message. Does not implicitly {@link hvsim.control.v1.DiskCreateResponse.verify|verify} messages.
                 * @param message DiskCreateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.DiskCreateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DiskCreateResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.DiskCreateResponse & hvsim.control.v1.DiskCreateResponse.$Shape} DiskCreateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.DiskCreateResponse & hvsim.control.v1.DiskCreateResponse.$Shape;

                /**
                 * Creates a DiskCreateResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DiskCreateResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.DiskCreateResponse;

                /**
                 * Creates a plain object from a DiskCreateResponse message. Also converts values to other types if specified.
                 * @param message DiskCreateResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.DiskCreateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DiskCreateResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DiskCreateResponse {

                /** Properties of a DiskCreateResponse. */
                interface $Properties {

                    /** The image's path on the daemon's host. */
                    path?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DiskCreateResponse. */
                type $Shape = hvsim.control.v1.DiskCreateResponse.$Properties;
            }

            /**
             * Properties of a BlockAttachRequest.
             * @deprecated Use hvsim.control.v1.BlockAttachRequest.$Properties instead.
             */
            interface IBlockAttachRequest extends hvsim.control.v1.BlockAttachRequest.$Properties {
            }

            /** Represents a BlockAttachRequest. */
            class BlockAttachRequest {

                /**
                 * Constructs a new BlockAttachRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.BlockAttachRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BlockAttachRequest domain. */
                domain: string;

                /** An xl disk spec ("format=raw, vdev=xvdb, access=rw, target=data.img"). */
                diskSpec: string;

                /**
                 * Creates a new BlockAttachRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BlockAttachRequest instance
                 */
                static create(properties: hvsim.control.v1.BlockAttachRequest.$Shape): hvsim.control.v1.BlockAttachRequest & hvsim.control.v1.BlockAttachRequest.$Shape;
                static create(properties?: hvsim.control.v1.BlockAttachRequest.$Properties): hvsim.control.v1.BlockAttachRequest;

                /**
                 * Encodes the specified BlockAttachRequest message. Does not implicitly {@link hvsim.control.v1.BlockAttachRequest.verify|verify} messages.
                 * @param message BlockAttachRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.BlockAttachRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BlockAttachRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.BlockAttachRequest & hvsim.control.v1.BlockAttachRequest.$Shape} BlockAttachRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.BlockAttachRequest & hvsim.control.v1.BlockAttachRequest.$Shape;

                /**
                 * Creates a BlockAttachRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BlockAttachRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.BlockAttachRequest;

                /**
                 * Creates a plain object from a BlockAttachRequest message. Also converts values to other types if specified.
                 * @param message BlockAttachRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.BlockAttachRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BlockAttachRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BlockAttachRequest {

                /** Properties of a BlockAttachRequest. */
                interface $Properties {

                    /** BlockAttachRequest domain */
                    domain?: string;

                    /** An xl disk spec ("format=raw, vdev=xvdb, access=rw, target=data.img"). */
                    diskSpec?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BlockAttachRequest. */
                type $Shape = hvsim.control.v1.BlockAttachRequest.$Properties;
            }

            /**
             * Properties of a BlockAttachResponse.
             * @deprecated Use hvsim.control.v1.BlockAttachResponse.$Properties instead.
             */
            interface IBlockAttachResponse extends hvsim.control.v1.BlockAttachResponse.$Properties {
            }

            /** Represents a BlockAttachResponse. */
            class BlockAttachResponse {

                /**
                 * Constructs a new BlockAttachResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.BlockAttachResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The device's number (its xenstore directory, 51728 for xvdb). */
                devid: number;

                /**
                 * Creates a new BlockAttachResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BlockAttachResponse instance
                 */
                static create(properties: hvsim.control.v1.BlockAttachResponse.$Shape): hvsim.control.v1.BlockAttachResponse & hvsim.control.v1.BlockAttachResponse.$Shape;
                static create(properties?: hvsim.control.v1.BlockAttachResponse.$Properties): hvsim.control.v1.BlockAttachResponse;

                /**
                 * Encodes the specified BlockAttachResponse message. Does not implicitly {@link hvsim.control.v1.BlockAttachResponse.verify|verify} messages.
                 * @param message BlockAttachResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.BlockAttachResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BlockAttachResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.BlockAttachResponse & hvsim.control.v1.BlockAttachResponse.$Shape} BlockAttachResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.BlockAttachResponse & hvsim.control.v1.BlockAttachResponse.$Shape;

                /**
                 * Creates a BlockAttachResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BlockAttachResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.BlockAttachResponse;

                /**
                 * Creates a plain object from a BlockAttachResponse message. Also converts values to other types if specified.
                 * @param message BlockAttachResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.BlockAttachResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BlockAttachResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BlockAttachResponse {

                /** Properties of a BlockAttachResponse. */
                interface $Properties {

                    /** The device's number (its xenstore directory, 51728 for xvdb). */
                    devid?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BlockAttachResponse. */
                type $Shape = hvsim.control.v1.BlockAttachResponse.$Properties;
            }

            /**
             * Properties of a BlockDetachRequest.
             * @deprecated Use hvsim.control.v1.BlockDetachRequest.$Properties instead.
             */
            interface IBlockDetachRequest extends hvsim.control.v1.BlockDetachRequest.$Properties {
            }

            /** Represents a BlockDetachRequest. */
            class BlockDetachRequest {

                /**
                 * Constructs a new BlockDetachRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.BlockDetachRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BlockDetachRequest domain. */
                domain: string;

                /** The vdev ("xvdb") or the device number. */
                device: string;

                /** Remove the device without waiting for the frontend to let go. */
                force: boolean;

                /**
                 * Creates a new BlockDetachRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BlockDetachRequest instance
                 */
                static create(properties: hvsim.control.v1.BlockDetachRequest.$Shape): hvsim.control.v1.BlockDetachRequest & hvsim.control.v1.BlockDetachRequest.$Shape;
                static create(properties?: hvsim.control.v1.BlockDetachRequest.$Properties): hvsim.control.v1.BlockDetachRequest;

                /**
                 * Encodes the specified BlockDetachRequest message. Does not implicitly {@link hvsim.control.v1.BlockDetachRequest.verify|verify} messages.
                 * @param message BlockDetachRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.BlockDetachRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BlockDetachRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.BlockDetachRequest & hvsim.control.v1.BlockDetachRequest.$Shape} BlockDetachRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.BlockDetachRequest & hvsim.control.v1.BlockDetachRequest.$Shape;

                /**
                 * Creates a BlockDetachRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BlockDetachRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.BlockDetachRequest;

                /**
                 * Creates a plain object from a BlockDetachRequest message. Also converts values to other types if specified.
                 * @param message BlockDetachRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.BlockDetachRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BlockDetachRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BlockDetachRequest {

                /** Properties of a BlockDetachRequest. */
                interface $Properties {

                    /** BlockDetachRequest domain */
                    domain?: string;

                    /** The vdev ("xvdb") or the device number. */
                    device?: string;

                    /** Remove the device without waiting for the frontend to let go. */
                    force?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BlockDetachRequest. */
                type $Shape = hvsim.control.v1.BlockDetachRequest.$Properties;
            }

            /**
             * Properties of a BlockDetachResponse.
             * @deprecated Use hvsim.control.v1.BlockDetachResponse.$Properties instead.
             */
            interface IBlockDetachResponse extends hvsim.control.v1.BlockDetachResponse.$Properties {
            }

            /** Represents a BlockDetachResponse. */
            class BlockDetachResponse {

                /**
                 * Constructs a new BlockDetachResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.BlockDetachResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new BlockDetachResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BlockDetachResponse instance
                 */
                static create(properties: hvsim.control.v1.BlockDetachResponse.$Shape): hvsim.control.v1.BlockDetachResponse & hvsim.control.v1.BlockDetachResponse.$Shape;
                static create(properties?: hvsim.control.v1.BlockDetachResponse.$Properties): hvsim.control.v1.BlockDetachResponse;

                /**
                 * Encodes the specified BlockDetachResponse message. Does not implicitly {@link hvsim.control.v1.BlockDetachResponse.verify|verify} messages.
                 * @param message BlockDetachResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.BlockDetachResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BlockDetachResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.BlockDetachResponse & hvsim.control.v1.BlockDetachResponse.$Shape} BlockDetachResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.BlockDetachResponse & hvsim.control.v1.BlockDetachResponse.$Shape;

                /**
                 * Creates a BlockDetachResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BlockDetachResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.BlockDetachResponse;

                /**
                 * Creates a plain object from a BlockDetachResponse message. Also converts values to other types if specified.
                 * @param message BlockDetachResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.BlockDetachResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BlockDetachResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BlockDetachResponse {

                /** Properties of a BlockDetachResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BlockDetachResponse. */
                type $Shape = hvsim.control.v1.BlockDetachResponse.$Properties;
            }

            /**
             * Properties of a BlockListRequest.
             * @deprecated Use hvsim.control.v1.BlockListRequest.$Properties instead.
             */
            interface IBlockListRequest extends hvsim.control.v1.BlockListRequest.$Properties {
            }

            /** Represents a BlockListRequest. */
            class BlockListRequest {

                /**
                 * Constructs a new BlockListRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.BlockListRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BlockListRequest domain. */
                domain: string;

                /**
                 * Creates a new BlockListRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BlockListRequest instance
                 */
                static create(properties: hvsim.control.v1.BlockListRequest.$Shape): hvsim.control.v1.BlockListRequest & hvsim.control.v1.BlockListRequest.$Shape;
                static create(properties?: hvsim.control.v1.BlockListRequest.$Properties): hvsim.control.v1.BlockListRequest;

                /**
                 * Encodes the specified BlockListRequest message. Does not implicitly {@link hvsim.control.v1.BlockListRequest.verify|verify} messages.
                 * @param message BlockListRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.BlockListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BlockListRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.BlockListRequest & hvsim.control.v1.BlockListRequest.$Shape} BlockListRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.BlockListRequest & hvsim.control.v1.BlockListRequest.$Shape;

                /**
                 * Creates a BlockListRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BlockListRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.BlockListRequest;

                /**
                 * Creates a plain object from a BlockListRequest message. Also converts values to other types if specified.
                 * @param message BlockListRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.BlockListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BlockListRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BlockListRequest {

                /** Properties of a BlockListRequest. */
                interface $Properties {

                    /** BlockListRequest domain */
                    domain?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BlockListRequest. */
                type $Shape = hvsim.control.v1.BlockListRequest.$Properties;
            }

            /**
             * Properties of a Vbd.
             * @deprecated Use hvsim.control.v1.Vbd.$Properties instead.
             */
            interface IVbd extends hvsim.control.v1.Vbd.$Properties {
            }

            /** One virtual block device, as xl block-list shows it, with xentop's counters. */
            class Vbd {

                /**
                 * Constructs a new Vbd.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.Vbd.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Vbd devid. */
                devid: number;

                /** Vbd vdev. */
                vdev: string;

                /** Vbd backendId. */
                backendId: number;

                /** Vbd frontendId. */
                frontendId: number;

                /** The frontend's XenbusState, -1 when it has none. */
                state: number;

                /** Vbd backendState. */
                backendState: number;

                /** Vbd eventChannel. */
                eventChannel: number;

                /** Vbd ringRef. */
                ringRef: number;

                /** Vbd backendPath. */
                backendPath: string;

                /** Vbd target. */
                target: string;

                /** "ro" or "rw". */
                access: string;

                /** Vbd rdReq. */
                rdReq: number;

                /** Vbd wrReq. */
                wrReq: number;

                /** Vbd ooReq. */
                ooReq: number;

                /** Vbd rdSect. */
                rdSect: number;

                /** Vbd wrSect. */
                wrSect: number;

                /** Vbd flushReq. */
                flushReq: number;

                /** Vbd discardReq. */
                discardReq: number;

                /** Vbd errors. */
                errors: number;

                /**
                 * Creates a new Vbd instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Vbd instance
                 */
                static create(properties: hvsim.control.v1.Vbd.$Shape): hvsim.control.v1.Vbd & hvsim.control.v1.Vbd.$Shape;
                static create(properties?: hvsim.control.v1.Vbd.$Properties): hvsim.control.v1.Vbd;

                /**
                 * Encodes the specified Vbd message. Does not implicitly {@link hvsim.control.v1.Vbd.verify|verify} messages.
                 * @param message Vbd message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.Vbd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Vbd message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.Vbd & hvsim.control.v1.Vbd.$Shape} Vbd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.Vbd & hvsim.control.v1.Vbd.$Shape;

                /**
                 * Creates a Vbd message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Vbd
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.Vbd;

                /**
                 * Creates a plain object from a Vbd message. Also converts values to other types if specified.
                 * @param message Vbd
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.Vbd, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Vbd to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Vbd {

                /** Properties of a Vbd. */
                interface $Properties {

                    /** Vbd devid */
                    devid?: number;

                    /** Vbd vdev */
                    vdev?: string;

                    /** Vbd backendId */
                    backendId?: number;

                    /** Vbd frontendId */
                    frontendId?: number;

                    /** The frontend's XenbusState, -1 when it has none. */
                    state?: number;

                    /** Vbd backendState */
                    backendState?: number;

                    /** Vbd eventChannel */
                    eventChannel?: number;

                    /** Vbd ringRef */
                    ringRef?: number;

                    /** Vbd backendPath */
                    backendPath?: string;

                    /** Vbd target */
                    target?: string;

                    /** "ro" or "rw". */
                    access?: string;

                    /** Vbd rdReq */
                    rdReq?: number;

                    /** Vbd wrReq */
                    wrReq?: number;

                    /** Vbd ooReq */
                    ooReq?: number;

                    /** Vbd rdSect */
                    rdSect?: number;

                    /** Vbd wrSect */
                    wrSect?: number;

                    /** Vbd flushReq */
                    flushReq?: number;

                    /** Vbd discardReq */
                    discardReq?: number;

                    /** Vbd errors */
                    errors?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Vbd. */
                type $Shape = hvsim.control.v1.Vbd.$Properties;
            }

            /**
             * Properties of a BlockListResponse.
             * @deprecated Use hvsim.control.v1.BlockListResponse.$Properties instead.
             */
            interface IBlockListResponse extends hvsim.control.v1.BlockListResponse.$Properties {
            }

            /** Represents a BlockListResponse. */
            class BlockListResponse {

                /**
                 * Constructs a new BlockListResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.BlockListResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BlockListResponse devices. */
                devices: hvsim.control.v1.Vbd[];

                /**
                 * Creates a new BlockListResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BlockListResponse instance
                 */
                static create(properties: hvsim.control.v1.BlockListResponse.$Shape): hvsim.control.v1.BlockListResponse & hvsim.control.v1.BlockListResponse.$Shape;
                static create(properties?: hvsim.control.v1.BlockListResponse.$Properties): hvsim.control.v1.BlockListResponse;

                /**
                 * Encodes the specified BlockListResponse message. Does not implicitly {@link hvsim.control.v1.BlockListResponse.verify|verify} messages.
                 * @param message BlockListResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.BlockListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BlockListResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.BlockListResponse & hvsim.control.v1.BlockListResponse.$Shape} BlockListResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.BlockListResponse & hvsim.control.v1.BlockListResponse.$Shape;

                /**
                 * Creates a BlockListResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BlockListResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.BlockListResponse;

                /**
                 * Creates a plain object from a BlockListResponse message. Also converts values to other types if specified.
                 * @param message BlockListResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.BlockListResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BlockListResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BlockListResponse {

                /** Properties of a BlockListResponse. */
                interface $Properties {

                    /** BlockListResponse devices */
                    devices?: hvsim.control.v1.Vbd.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BlockListResponse. */
                type $Shape = hvsim.control.v1.BlockListResponse.$Properties;
            }

            /**
             * Properties of a NetworkAttachRequest.
             * @deprecated Use hvsim.control.v1.NetworkAttachRequest.$Properties instead.
             */
            interface INetworkAttachRequest extends hvsim.control.v1.NetworkAttachRequest.$Properties {
            }

            /** Represents a NetworkAttachRequest. */
            class NetworkAttachRequest {

                /**
                 * Constructs a new NetworkAttachRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.NetworkAttachRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NetworkAttachRequest domain. */
                domain: string;

                /** An xl vif spec ("mac=00:16:3e:01:02:03, bridge=xenbr0, vlan=10"); empty for all defaults. */
                vifSpec: string;

                /**
                 * Creates a new NetworkAttachRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NetworkAttachRequest instance
                 */
                static create(properties: hvsim.control.v1.NetworkAttachRequest.$Shape): hvsim.control.v1.NetworkAttachRequest & hvsim.control.v1.NetworkAttachRequest.$Shape;
                static create(properties?: hvsim.control.v1.NetworkAttachRequest.$Properties): hvsim.control.v1.NetworkAttachRequest;

                /**
                 * Encodes the specified NetworkAttachRequest message. Does not implicitly {@link hvsim.control.v1.NetworkAttachRequest.verify|verify} messages.
                 * @param message NetworkAttachRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.NetworkAttachRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NetworkAttachRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.NetworkAttachRequest & hvsim.control.v1.NetworkAttachRequest.$Shape} NetworkAttachRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.NetworkAttachRequest & hvsim.control.v1.NetworkAttachRequest.$Shape;

                /**
                 * Creates a NetworkAttachRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NetworkAttachRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.NetworkAttachRequest;

                /**
                 * Creates a plain object from a NetworkAttachRequest message. Also converts values to other types if specified.
                 * @param message NetworkAttachRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.NetworkAttachRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NetworkAttachRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace NetworkAttachRequest {

                /** Properties of a NetworkAttachRequest. */
                interface $Properties {

                    /** NetworkAttachRequest domain */
                    domain?: string;

                    /** An xl vif spec ("mac=00:16:3e:01:02:03, bridge=xenbr0, vlan=10"); empty for all defaults. */
                    vifSpec?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NetworkAttachRequest. */
                type $Shape = hvsim.control.v1.NetworkAttachRequest.$Properties;
            }

            /**
             * Properties of a NetworkAttachResponse.
             * @deprecated Use hvsim.control.v1.NetworkAttachResponse.$Properties instead.
             */
            interface INetworkAttachResponse extends hvsim.control.v1.NetworkAttachResponse.$Properties {
            }

            /** Represents a NetworkAttachResponse. */
            class NetworkAttachResponse {

                /**
                 * Constructs a new NetworkAttachResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.NetworkAttachResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The device's number (its xenstore directory). */
                devid: number;

                /** Its MAC address (assigned when the spec gave none). */
                mac: string;

                /**
                 * Creates a new NetworkAttachResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NetworkAttachResponse instance
                 */
                static create(properties: hvsim.control.v1.NetworkAttachResponse.$Shape): hvsim.control.v1.NetworkAttachResponse & hvsim.control.v1.NetworkAttachResponse.$Shape;
                static create(properties?: hvsim.control.v1.NetworkAttachResponse.$Properties): hvsim.control.v1.NetworkAttachResponse;

                /**
                 * Encodes the specified NetworkAttachResponse message. Does not implicitly {@link hvsim.control.v1.NetworkAttachResponse.verify|verify} messages.
                 * @param message NetworkAttachResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.NetworkAttachResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NetworkAttachResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.NetworkAttachResponse & hvsim.control.v1.NetworkAttachResponse.$Shape} NetworkAttachResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.NetworkAttachResponse & hvsim.control.v1.NetworkAttachResponse.$Shape;

                /**
                 * Creates a NetworkAttachResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NetworkAttachResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.NetworkAttachResponse;

                /**
                 * Creates a plain object from a NetworkAttachResponse message. Also converts values to other types if specified.
                 * @param message NetworkAttachResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.NetworkAttachResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NetworkAttachResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace NetworkAttachResponse {

                /** Properties of a NetworkAttachResponse. */
                interface $Properties {

                    /** The device's number (its xenstore directory). */
                    devid?: number;

                    /** Its MAC address (assigned when the spec gave none). */
                    mac?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NetworkAttachResponse. */
                type $Shape = hvsim.control.v1.NetworkAttachResponse.$Properties;
            }

            /**
             * Properties of a NetworkDetachRequest.
             * @deprecated Use hvsim.control.v1.NetworkDetachRequest.$Properties instead.
             */
            interface INetworkDetachRequest extends hvsim.control.v1.NetworkDetachRequest.$Properties {
            }

            /** Represents a NetworkDetachRequest. */
            class NetworkDetachRequest {

                /**
                 * Constructs a new NetworkDetachRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.NetworkDetachRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NetworkDetachRequest domain. */
                domain: string;

                /** The device number or the MAC address. */
                device: string;

                /** Remove it without waiting for the guest to let go. */
                force: boolean;

                /**
                 * Creates a new NetworkDetachRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NetworkDetachRequest instance
                 */
                static create(properties: hvsim.control.v1.NetworkDetachRequest.$Shape): hvsim.control.v1.NetworkDetachRequest & hvsim.control.v1.NetworkDetachRequest.$Shape;
                static create(properties?: hvsim.control.v1.NetworkDetachRequest.$Properties): hvsim.control.v1.NetworkDetachRequest;

                /**
                 * Encodes the specified NetworkDetachRequest message. Does not implicitly {@link hvsim.control.v1.NetworkDetachRequest.verify|verify} messages.
                 * @param message NetworkDetachRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.NetworkDetachRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NetworkDetachRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.NetworkDetachRequest & hvsim.control.v1.NetworkDetachRequest.$Shape} NetworkDetachRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.NetworkDetachRequest & hvsim.control.v1.NetworkDetachRequest.$Shape;

                /**
                 * Creates a NetworkDetachRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NetworkDetachRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.NetworkDetachRequest;

                /**
                 * Creates a plain object from a NetworkDetachRequest message. Also converts values to other types if specified.
                 * @param message NetworkDetachRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.NetworkDetachRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NetworkDetachRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace NetworkDetachRequest {

                /** Properties of a NetworkDetachRequest. */
                interface $Properties {

                    /** NetworkDetachRequest domain */
                    domain?: string;

                    /** The device number or the MAC address. */
                    device?: string;

                    /** Remove it without waiting for the guest to let go. */
                    force?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NetworkDetachRequest. */
                type $Shape = hvsim.control.v1.NetworkDetachRequest.$Properties;
            }

            /**
             * Properties of a NetworkDetachResponse.
             * @deprecated Use hvsim.control.v1.NetworkDetachResponse.$Properties instead.
             */
            interface INetworkDetachResponse extends hvsim.control.v1.NetworkDetachResponse.$Properties {
            }

            /** Represents a NetworkDetachResponse. */
            class NetworkDetachResponse {

                /**
                 * Constructs a new NetworkDetachResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.NetworkDetachResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new NetworkDetachResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NetworkDetachResponse instance
                 */
                static create(properties: hvsim.control.v1.NetworkDetachResponse.$Shape): hvsim.control.v1.NetworkDetachResponse & hvsim.control.v1.NetworkDetachResponse.$Shape;
                static create(properties?: hvsim.control.v1.NetworkDetachResponse.$Properties): hvsim.control.v1.NetworkDetachResponse;

                /**
                 * Encodes the specified NetworkDetachResponse message. Does not implicitly {@link hvsim.control.v1.NetworkDetachResponse.verify|verify} messages.
                 * @param message NetworkDetachResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.NetworkDetachResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NetworkDetachResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.NetworkDetachResponse & hvsim.control.v1.NetworkDetachResponse.$Shape} NetworkDetachResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.NetworkDetachResponse & hvsim.control.v1.NetworkDetachResponse.$Shape;

                /**
                 * Creates a NetworkDetachResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NetworkDetachResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.NetworkDetachResponse;

                /**
                 * Creates a plain object from a NetworkDetachResponse message. Also converts values to other types if specified.
                 * @param message NetworkDetachResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.NetworkDetachResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NetworkDetachResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace NetworkDetachResponse {

                /** Properties of a NetworkDetachResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NetworkDetachResponse. */
                type $Shape = hvsim.control.v1.NetworkDetachResponse.$Properties;
            }

            /**
             * Properties of a NetworkListRequest.
             * @deprecated Use hvsim.control.v1.NetworkListRequest.$Properties instead.
             */
            interface INetworkListRequest extends hvsim.control.v1.NetworkListRequest.$Properties {
            }

            /** Represents a NetworkListRequest. */
            class NetworkListRequest {

                /**
                 * Constructs a new NetworkListRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.NetworkListRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NetworkListRequest domain. */
                domain: string;

                /**
                 * Creates a new NetworkListRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NetworkListRequest instance
                 */
                static create(properties: hvsim.control.v1.NetworkListRequest.$Shape): hvsim.control.v1.NetworkListRequest & hvsim.control.v1.NetworkListRequest.$Shape;
                static create(properties?: hvsim.control.v1.NetworkListRequest.$Properties): hvsim.control.v1.NetworkListRequest;

                /**
                 * Encodes the specified NetworkListRequest message. Does not implicitly {@link hvsim.control.v1.NetworkListRequest.verify|verify} messages.
                 * @param message NetworkListRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.NetworkListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NetworkListRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.NetworkListRequest & hvsim.control.v1.NetworkListRequest.$Shape} NetworkListRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.NetworkListRequest & hvsim.control.v1.NetworkListRequest.$Shape;

                /**
                 * Creates a NetworkListRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NetworkListRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.NetworkListRequest;

                /**
                 * Creates a plain object from a NetworkListRequest message. Also converts values to other types if specified.
                 * @param message NetworkListRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.NetworkListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NetworkListRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace NetworkListRequest {

                /** Properties of a NetworkListRequest. */
                interface $Properties {

                    /** NetworkListRequest domain */
                    domain?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NetworkListRequest. */
                type $Shape = hvsim.control.v1.NetworkListRequest.$Properties;
            }

            /**
             * Properties of a Vif.
             * @deprecated Use hvsim.control.v1.Vif.$Properties instead.
             */
            interface IVif extends hvsim.control.v1.Vif.$Properties {
            }

            /** One virtual network interface, as xl network-list shows it, with xentop's counters. */
            class Vif {

                /**
                 * Constructs a new Vif.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.Vif.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Vif devid. */
                devid: number;

                /** Vif mac. */
                mac: string;

                /** Vif backendId. */
                backendId: number;

                /** Vif frontendId. */
                frontendId: number;

                /** The frontend's XenbusState, -1 when it has none. */
                state: number;

                /** Vif backendState. */
                backendState: number;

                /** Vif eventChannel. */
                eventChannel: number;

                /** Vif txRingRef. */
                txRingRef: number;

                /** Vif rxRingRef. */
                rxRingRef: number;

                /** Vif backendPath. */
                backendPath: string;

                /** Vif bridge. */
                bridge: string;

                /** The 802.1Q access VLAN, 0 for none. */
                vlan: number;

                /** tx: what the guest sent; rx: what it was given. */
                txFrames: number;

                /** Vif txBytes. */
                txBytes: number;

                /** Vif txErrors. */
                txErrors: number;

                /** Vif rxFrames. */
                rxFrames: number;

                /** Vif rxBytes. */
                rxBytes: number;

                /** Vif rxDropped. */
                rxDropped: number;

                /** Vif errors. */
                errors: number;

                /**
                 * Creates a new Vif instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Vif instance
                 */
                static create(properties: hvsim.control.v1.Vif.$Shape): hvsim.control.v1.Vif & hvsim.control.v1.Vif.$Shape;
                static create(properties?: hvsim.control.v1.Vif.$Properties): hvsim.control.v1.Vif;

                /**
                 * Encodes the specified Vif message. Does not implicitly {@link hvsim.control.v1.Vif.verify|verify} messages.
                 * @param message Vif message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.Vif.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Vif message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.Vif & hvsim.control.v1.Vif.$Shape} Vif
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.Vif & hvsim.control.v1.Vif.$Shape;

                /**
                 * Creates a Vif message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Vif
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.Vif;

                /**
                 * Creates a plain object from a Vif message. Also converts values to other types if specified.
                 * @param message Vif
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.Vif, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Vif to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Vif {

                /** Properties of a Vif. */
                interface $Properties {

                    /** Vif devid */
                    devid?: number;

                    /** Vif mac */
                    mac?: string;

                    /** Vif backendId */
                    backendId?: number;

                    /** Vif frontendId */
                    frontendId?: number;

                    /** The frontend's XenbusState, -1 when it has none. */
                    state?: number;

                    /** Vif backendState */
                    backendState?: number;

                    /** Vif eventChannel */
                    eventChannel?: number;

                    /** Vif txRingRef */
                    txRingRef?: number;

                    /** Vif rxRingRef */
                    rxRingRef?: number;

                    /** Vif backendPath */
                    backendPath?: string;

                    /** Vif bridge */
                    bridge?: string;

                    /** The 802.1Q access VLAN, 0 for none. */
                    vlan?: number;

                    /** tx: what the guest sent; rx: what it was given. */
                    txFrames?: number;

                    /** Vif txBytes */
                    txBytes?: number;

                    /** Vif txErrors */
                    txErrors?: number;

                    /** Vif rxFrames */
                    rxFrames?: number;

                    /** Vif rxBytes */
                    rxBytes?: number;

                    /** Vif rxDropped */
                    rxDropped?: number;

                    /** Vif errors */
                    errors?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Vif. */
                type $Shape = hvsim.control.v1.Vif.$Properties;
            }

            /**
             * Properties of a NetworkListResponse.
             * @deprecated Use hvsim.control.v1.NetworkListResponse.$Properties instead.
             */
            interface INetworkListResponse extends hvsim.control.v1.NetworkListResponse.$Properties {
            }

            /** Represents a NetworkListResponse. */
            class NetworkListResponse {

                /**
                 * Constructs a new NetworkListResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.NetworkListResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NetworkListResponse devices. */
                devices: hvsim.control.v1.Vif[];

                /**
                 * Creates a new NetworkListResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NetworkListResponse instance
                 */
                static create(properties: hvsim.control.v1.NetworkListResponse.$Shape): hvsim.control.v1.NetworkListResponse & hvsim.control.v1.NetworkListResponse.$Shape;
                static create(properties?: hvsim.control.v1.NetworkListResponse.$Properties): hvsim.control.v1.NetworkListResponse;

                /**
                 * Encodes the specified NetworkListResponse message. Does not implicitly {@link hvsim.control.v1.NetworkListResponse.verify|verify} messages.
                 * @param message NetworkListResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.NetworkListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NetworkListResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.NetworkListResponse & hvsim.control.v1.NetworkListResponse.$Shape} NetworkListResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.NetworkListResponse & hvsim.control.v1.NetworkListResponse.$Shape;

                /**
                 * Creates a NetworkListResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NetworkListResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.NetworkListResponse;

                /**
                 * Creates a plain object from a NetworkListResponse message. Also converts values to other types if specified.
                 * @param message NetworkListResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.NetworkListResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NetworkListResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace NetworkListResponse {

                /** Properties of a NetworkListResponse. */
                interface $Properties {

                    /** NetworkListResponse devices */
                    devices?: hvsim.control.v1.Vif.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NetworkListResponse. */
                type $Shape = hvsim.control.v1.NetworkListResponse.$Properties;
            }

            /**
             * Properties of a NetCaptureRequest.
             * @deprecated Use hvsim.control.v1.NetCaptureRequest.$Properties instead.
             */
            interface INetCaptureRequest extends hvsim.control.v1.NetCaptureRequest.$Properties {
            }

            /** Represents a NetCaptureRequest. */
            class NetCaptureRequest {

                /**
                 * Constructs a new NetCaptureRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.NetCaptureRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NetCaptureRequest bridge. */
                bridge: string;

                /** End after this many frames (0: no limit). */
                count: number;

                /** End after this much virtual time, in ns (0: no limit). */
                durationNs: number;

                /** Bytes kept of each frame (0: all of it), as tcpdump's -s. */
                snaplen: number;

                /**
                 * Creates a new NetCaptureRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NetCaptureRequest instance
                 */
                static create(properties: hvsim.control.v1.NetCaptureRequest.$Shape): hvsim.control.v1.NetCaptureRequest & hvsim.control.v1.NetCaptureRequest.$Shape;
                static create(properties?: hvsim.control.v1.NetCaptureRequest.$Properties): hvsim.control.v1.NetCaptureRequest;

                /**
                 * Encodes the specified NetCaptureRequest message. Does not implicitly {@link hvsim.control.v1.NetCaptureRequest.verify|verify} messages.
                 * @param message NetCaptureRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.NetCaptureRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NetCaptureRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.NetCaptureRequest & hvsim.control.v1.NetCaptureRequest.$Shape} NetCaptureRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.NetCaptureRequest & hvsim.control.v1.NetCaptureRequest.$Shape;

                /**
                 * Creates a NetCaptureRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NetCaptureRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.NetCaptureRequest;

                /**
                 * Creates a plain object from a NetCaptureRequest message. Also converts values to other types if specified.
                 * @param message NetCaptureRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.NetCaptureRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NetCaptureRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace NetCaptureRequest {

                /** Properties of a NetCaptureRequest. */
                interface $Properties {

                    /** NetCaptureRequest bridge */
                    bridge?: string;

                    /** End after this many frames (0: no limit). */
                    count?: number;

                    /** End after this much virtual time, in ns (0: no limit). */
                    durationNs?: number;

                    /** Bytes kept of each frame (0: all of it), as tcpdump's -s. */
                    snaplen?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NetCaptureRequest. */
                type $Shape = hvsim.control.v1.NetCaptureRequest.$Properties;
            }

            /**
             * Properties of a NetCaptureResponse.
             * @deprecated Use hvsim.control.v1.NetCaptureResponse.$Properties instead.
             */
            interface INetCaptureResponse extends hvsim.control.v1.NetCaptureResponse.$Properties {
            }

            /** Represents a NetCaptureResponse. */
            class NetCaptureResponse {

                /**
                 * Constructs a new NetCaptureResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.NetCaptureResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The capture is attached (the first message; no frame). */
                attached: boolean;

                /** Virtual time the bridge accepted the frame, ns since boot. */
                timeNs: number;

                /** The frame (cut to snaplen); on a vlan-aware bridge tagged with its VLAN. */
                frame: Uint8Array;

                /** The frame's whole length. */
                origLen: number;

                /**
                 * Creates a new NetCaptureResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NetCaptureResponse instance
                 */
                static create(properties: hvsim.control.v1.NetCaptureResponse.$Shape): hvsim.control.v1.NetCaptureResponse & hvsim.control.v1.NetCaptureResponse.$Shape;
                static create(properties?: hvsim.control.v1.NetCaptureResponse.$Properties): hvsim.control.v1.NetCaptureResponse;

                /**
                 * Encodes the specified NetCaptureResponse message. Does not implicitly {@link hvsim.control.v1.NetCaptureResponse.verify|verify} messages.
                 * @param message NetCaptureResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.NetCaptureResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NetCaptureResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.NetCaptureResponse & hvsim.control.v1.NetCaptureResponse.$Shape} NetCaptureResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.NetCaptureResponse & hvsim.control.v1.NetCaptureResponse.$Shape;

                /**
                 * Creates a NetCaptureResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NetCaptureResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.NetCaptureResponse;

                /**
                 * Creates a plain object from a NetCaptureResponse message. Also converts values to other types if specified.
                 * @param message NetCaptureResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.NetCaptureResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NetCaptureResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace NetCaptureResponse {

                /** Properties of a NetCaptureResponse. */
                interface $Properties {

                    /** The capture is attached (the first message; no frame). */
                    attached?: boolean;

                    /** Virtual time the bridge accepted the frame, ns since boot. */
                    timeNs?: number;

                    /** The frame (cut to snaplen); on a vlan-aware bridge tagged with its VLAN. */
                    frame?: Uint8Array;

                    /** The frame's whole length. */
                    origLen?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NetCaptureResponse. */
                type $Shape = hvsim.control.v1.NetCaptureResponse.$Properties;
            }

            /**
             * Properties of a BridgeListRequest.
             * @deprecated Use hvsim.control.v1.BridgeListRequest.$Properties instead.
             */
            interface IBridgeListRequest extends hvsim.control.v1.BridgeListRequest.$Properties {
            }

            /** Represents a BridgeListRequest. */
            class BridgeListRequest {

                /**
                 * Constructs a new BridgeListRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.BridgeListRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new BridgeListRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BridgeListRequest instance
                 */
                static create(properties: hvsim.control.v1.BridgeListRequest.$Shape): hvsim.control.v1.BridgeListRequest & hvsim.control.v1.BridgeListRequest.$Shape;
                static create(properties?: hvsim.control.v1.BridgeListRequest.$Properties): hvsim.control.v1.BridgeListRequest;

                /**
                 * Encodes the specified BridgeListRequest message. Does not implicitly {@link hvsim.control.v1.BridgeListRequest.verify|verify} messages.
                 * @param message BridgeListRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.BridgeListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BridgeListRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.BridgeListRequest & hvsim.control.v1.BridgeListRequest.$Shape} BridgeListRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.BridgeListRequest & hvsim.control.v1.BridgeListRequest.$Shape;

                /**
                 * Creates a BridgeListRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BridgeListRequest
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.BridgeListRequest;

                /**
                 * Creates a plain object from a BridgeListRequest message. Also converts values to other types if specified.
                 * @param message BridgeListRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.BridgeListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BridgeListRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BridgeListRequest {

                /** Properties of a BridgeListRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BridgeListRequest. */
                type $Shape = hvsim.control.v1.BridgeListRequest.$Properties;
            }

            /**
             * Properties of a BridgePortInfo.
             * @deprecated Use hvsim.control.v1.BridgePortInfo.$Properties instead.
             */
            interface IBridgePortInfo extends hvsim.control.v1.BridgePortInfo.$Properties {
            }

            /**
             * A port of a bridge; rx is what its owner sent into the bridge, tx what the
             * bridge delivered to it.
             */
            class BridgePortInfo {

                /**
                 * Constructs a new BridgePortInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.BridgePortInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BridgePortInfo name. */
                name: string;

                /** Its untagged VLAN on a vlan-aware bridge (0 otherwise). */
                pvid: number;

                /** BridgePortInfo trunk. */
                trunk: boolean;

                /** BridgePortInfo rxFrames. */
                rxFrames: number;

                /** BridgePortInfo rxBytes. */
                rxBytes: number;

                /** BridgePortInfo txFrames. */
                txFrames: number;

                /** BridgePortInfo txBytes. */
                txBytes: number;

                /** BridgePortInfo dropped. */
                dropped: number;

                /**
                 * Creates a new BridgePortInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BridgePortInfo instance
                 */
                static create(properties: hvsim.control.v1.BridgePortInfo.$Shape): hvsim.control.v1.BridgePortInfo & hvsim.control.v1.BridgePortInfo.$Shape;
                static create(properties?: hvsim.control.v1.BridgePortInfo.$Properties): hvsim.control.v1.BridgePortInfo;

                /**
                 * Encodes the specified BridgePortInfo message. Does not implicitly {@link hvsim.control.v1.BridgePortInfo.verify|verify} messages.
                 * @param message BridgePortInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.BridgePortInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BridgePortInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.BridgePortInfo & hvsim.control.v1.BridgePortInfo.$Shape} BridgePortInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.BridgePortInfo & hvsim.control.v1.BridgePortInfo.$Shape;

                /**
                 * Creates a BridgePortInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BridgePortInfo
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.BridgePortInfo;

                /**
                 * Creates a plain object from a BridgePortInfo message. Also converts values to other types if specified.
                 * @param message BridgePortInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.BridgePortInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BridgePortInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BridgePortInfo {

                /** Properties of a BridgePortInfo. */
                interface $Properties {

                    /** BridgePortInfo name */
                    name?: string;

                    /** Its untagged VLAN on a vlan-aware bridge (0 otherwise). */
                    pvid?: number;

                    /** BridgePortInfo trunk */
                    trunk?: boolean;

                    /** BridgePortInfo rxFrames */
                    rxFrames?: number;

                    /** BridgePortInfo rxBytes */
                    rxBytes?: number;

                    /** BridgePortInfo txFrames */
                    txFrames?: number;

                    /** BridgePortInfo txBytes */
                    txBytes?: number;

                    /** BridgePortInfo dropped */
                    dropped?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BridgePortInfo. */
                type $Shape = hvsim.control.v1.BridgePortInfo.$Properties;
            }

            /**
             * Properties of an UplinkPathInfo.
             * @deprecated Use hvsim.control.v1.UplinkPathInfo.$Properties instead.
             */
            interface IUplinkPathInfo extends hvsim.control.v1.UplinkPathInfo.$Properties {
            }

            /** A VXLAN path of a bridge's uplink team. */
            class UplinkPathInfo {

                /**
                 * Constructs a new UplinkPathInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.UplinkPathInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** "vni N LOCAL -> REMOTE". */
                name: string;

                /** UplinkPathInfo up. */
                up: boolean;

                /** UplinkPathInfo active. */
                active: boolean;

                /** Times it went down. */
                failures: number;

                /** UplinkPathInfo txDatagrams. */
                txDatagrams: number;

                /** UplinkPathInfo rxDatagrams. */
                rxDatagrams: number;

                /** UplinkPathInfo txErrors. */
                txErrors: number;

                /**
                 * Creates a new UplinkPathInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UplinkPathInfo instance
                 */
                static create(properties: hvsim.control.v1.UplinkPathInfo.$Shape): hvsim.control.v1.UplinkPathInfo & hvsim.control.v1.UplinkPathInfo.$Shape;
                static create(properties?: hvsim.control.v1.UplinkPathInfo.$Properties): hvsim.control.v1.UplinkPathInfo;

                /**
                 * Encodes the specified UplinkPathInfo message. Does not implicitly {@link hvsim.control.v1.UplinkPathInfo.verify|verify} messages.
                 * @param message UplinkPathInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.UplinkPathInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UplinkPathInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.UplinkPathInfo & hvsim.control.v1.UplinkPathInfo.$Shape} UplinkPathInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.UplinkPathInfo & hvsim.control.v1.UplinkPathInfo.$Shape;

                /**
                 * Creates an UplinkPathInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UplinkPathInfo
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.UplinkPathInfo;

                /**
                 * Creates a plain object from an UplinkPathInfo message. Also converts values to other types if specified.
                 * @param message UplinkPathInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.UplinkPathInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UplinkPathInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace UplinkPathInfo {

                /** Properties of an UplinkPathInfo. */
                interface $Properties {

                    /** "vni N LOCAL -> REMOTE". */
                    name?: string;

                    /** UplinkPathInfo up */
                    up?: boolean;

                    /** UplinkPathInfo active */
                    active?: boolean;

                    /** Times it went down. */
                    failures?: number;

                    /** UplinkPathInfo txDatagrams */
                    txDatagrams?: number;

                    /** UplinkPathInfo rxDatagrams */
                    rxDatagrams?: number;

                    /** UplinkPathInfo txErrors */
                    txErrors?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UplinkPathInfo. */
                type $Shape = hvsim.control.v1.UplinkPathInfo.$Properties;
            }

            /**
             * Properties of a BridgeInfo.
             * @deprecated Use hvsim.control.v1.BridgeInfo.$Properties instead.
             */
            interface IBridgeInfo extends hvsim.control.v1.BridgeInfo.$Properties {
            }

            /** Represents a BridgeInfo. */
            class BridgeInfo {

                /**
                 * Constructs a new BridgeInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.BridgeInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BridgeInfo name. */
                name: string;

                /** BridgeInfo vlanAware. */
                vlanAware: boolean;

                /** BridgeInfo ports. */
                ports: hvsim.control.v1.BridgePortInfo[];

                /** BridgeInfo uplinkPaths. */
                uplinkPaths: hvsim.control.v1.UplinkPathInfo[];

                /** Stations in its MAC table. */
                macs: number;

                /** BridgeInfo forwarded. */
                forwarded: number;

                /** BridgeInfo flooded. */
                flooded: number;

                /** BridgeInfo filtered. */
                filtered: number;

                /** BridgeInfo dropped. */
                dropped: number;

                /** BridgeInfo notLearned. */
                notLearned: number;

                /**
                 * Creates a new BridgeInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BridgeInfo instance
                 */
                static create(properties: hvsim.control.v1.BridgeInfo.$Shape): hvsim.control.v1.BridgeInfo & hvsim.control.v1.BridgeInfo.$Shape;
                static create(properties?: hvsim.control.v1.BridgeInfo.$Properties): hvsim.control.v1.BridgeInfo;

                /**
                 * Encodes the specified BridgeInfo message. Does not implicitly {@link hvsim.control.v1.BridgeInfo.verify|verify} messages.
                 * @param message BridgeInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.BridgeInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BridgeInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.BridgeInfo & hvsim.control.v1.BridgeInfo.$Shape} BridgeInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.BridgeInfo & hvsim.control.v1.BridgeInfo.$Shape;

                /**
                 * Creates a BridgeInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BridgeInfo
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.BridgeInfo;

                /**
                 * Creates a plain object from a BridgeInfo message. Also converts values to other types if specified.
                 * @param message BridgeInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.BridgeInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BridgeInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BridgeInfo {

                /** Properties of a BridgeInfo. */
                interface $Properties {

                    /** BridgeInfo name */
                    name?: string;

                    /** BridgeInfo vlanAware */
                    vlanAware?: boolean;

                    /** BridgeInfo ports */
                    ports?: hvsim.control.v1.BridgePortInfo.$Properties[];

                    /** BridgeInfo uplinkPaths */
                    uplinkPaths?: hvsim.control.v1.UplinkPathInfo.$Properties[];

                    /** Stations in its MAC table. */
                    macs?: number;

                    /** BridgeInfo forwarded */
                    forwarded?: number;

                    /** BridgeInfo flooded */
                    flooded?: number;

                    /** BridgeInfo filtered */
                    filtered?: number;

                    /** BridgeInfo dropped */
                    dropped?: number;

                    /** BridgeInfo notLearned */
                    notLearned?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BridgeInfo. */
                type $Shape = hvsim.control.v1.BridgeInfo.$Properties;
            }

            /**
             * Properties of a VxlanSocketInfo.
             * @deprecated Use hvsim.control.v1.VxlanSocketInfo.$Properties instead.
             */
            interface IVxlanSocketInfo extends hvsim.control.v1.VxlanSocketInfo.$Properties {
            }

            /** A local VXLAN socket and the datagrams it dropped. */
            class VxlanSocketInfo {

                /**
                 * Constructs a new VxlanSocketInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.VxlanSocketInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VxlanSocketInfo local. */
                local: string;

                /** VxlanSocketInfo malformed. */
                malformed: number;

                /** VxlanSocketInfo unknownPeer. */
                unknownPeer: number;

                /**
                 * Creates a new VxlanSocketInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VxlanSocketInfo instance
                 */
                static create(properties: hvsim.control.v1.VxlanSocketInfo.$Shape): hvsim.control.v1.VxlanSocketInfo & hvsim.control.v1.VxlanSocketInfo.$Shape;
                static create(properties?: hvsim.control.v1.VxlanSocketInfo.$Properties): hvsim.control.v1.VxlanSocketInfo;

                /**
                 * Encodes the specified VxlanSocketInfo message. Does not implicitly {@link hvsim.control.v1.VxlanSocketInfo.verify|verify} messages.
                 * @param message VxlanSocketInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.VxlanSocketInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VxlanSocketInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.VxlanSocketInfo & hvsim.control.v1.VxlanSocketInfo.$Shape} VxlanSocketInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.VxlanSocketInfo & hvsim.control.v1.VxlanSocketInfo.$Shape;

                /**
                 * Creates a VxlanSocketInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VxlanSocketInfo
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.VxlanSocketInfo;

                /**
                 * Creates a plain object from a VxlanSocketInfo message. Also converts values to other types if specified.
                 * @param message VxlanSocketInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.VxlanSocketInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VxlanSocketInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace VxlanSocketInfo {

                /** Properties of a VxlanSocketInfo. */
                interface $Properties {

                    /** VxlanSocketInfo local */
                    local?: string;

                    /** VxlanSocketInfo malformed */
                    malformed?: number;

                    /** VxlanSocketInfo unknownPeer */
                    unknownPeer?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VxlanSocketInfo. */
                type $Shape = hvsim.control.v1.VxlanSocketInfo.$Properties;
            }

            /**
             * Properties of a BridgeListResponse.
             * @deprecated Use hvsim.control.v1.BridgeListResponse.$Properties instead.
             */
            interface IBridgeListResponse extends hvsim.control.v1.BridgeListResponse.$Properties {
            }

            /** Represents a BridgeListResponse. */
            class BridgeListResponse {

                /**
                 * Constructs a new BridgeListResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hvsim.control.v1.BridgeListResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BridgeListResponse bridges. */
                bridges: hvsim.control.v1.BridgeInfo[];

                /** BridgeListResponse vxlanSockets. */
                vxlanSockets: hvsim.control.v1.VxlanSocketInfo[];

                /**
                 * Creates a new BridgeListResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BridgeListResponse instance
                 */
                static create(properties: hvsim.control.v1.BridgeListResponse.$Shape): hvsim.control.v1.BridgeListResponse & hvsim.control.v1.BridgeListResponse.$Shape;
                static create(properties?: hvsim.control.v1.BridgeListResponse.$Properties): hvsim.control.v1.BridgeListResponse;

                /**
                 * Encodes the specified BridgeListResponse message. Does not implicitly {@link hvsim.control.v1.BridgeListResponse.verify|verify} messages.
                 * @param message BridgeListResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hvsim.control.v1.BridgeListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BridgeListResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hvsim.control.v1.BridgeListResponse & hvsim.control.v1.BridgeListResponse.$Shape} BridgeListResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hvsim.control.v1.BridgeListResponse & hvsim.control.v1.BridgeListResponse.$Shape;

                /**
                 * Creates a BridgeListResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BridgeListResponse
                 */
                static fromObject(object: { [k: string]: any }): hvsim.control.v1.BridgeListResponse;

                /**
                 * Creates a plain object from a BridgeListResponse message. Also converts values to other types if specified.
                 * @param message BridgeListResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hvsim.control.v1.BridgeListResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BridgeListResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BridgeListResponse {

                /** Properties of a BridgeListResponse. */
                interface $Properties {

                    /** BridgeListResponse bridges */
                    bridges?: hvsim.control.v1.BridgeInfo.$Properties[];

                    /** BridgeListResponse vxlanSockets */
                    vxlanSockets?: hvsim.control.v1.VxlanSocketInfo.$Properties[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BridgeListResponse. */
                type $Shape = hvsim.control.v1.BridgeListResponse.$Properties;
            }
        }
    }
}
