/**
 * Start-up work so the first event does not pay for it: the {@link dev.precis.warmup.Warmup} at
 * initialization and its {@link dev.precis.warmup.Rehearsal} of one whole request with canned replies.
 * Nothing in the order of work depends on this package; removing it changes only the first event's time.
 */
package dev.precis.warmup;
