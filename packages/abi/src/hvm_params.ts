/**
 * HVM parameters (public/hvm/params.h) the toolstack sets so an HVM guest can find its
 * xenstore and console rings.
 */
export const HVM_PARAM_STORE_PFN = 1;
export const HVM_PARAM_STORE_EVTCHN = 2;
export const HVM_PARAM_CONSOLE_PFN = 17;
export const HVM_PARAM_CONSOLE_EVTCHN = 18;
