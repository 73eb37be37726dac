/**
 * Parallel sweeps with one progress contract: {@link org.andreev.sweep.Sweep} runs the points of a
 * map or curve on all cores, one task per point handed out dynamically, and reports to a
 * {@link org.andreev.sweep.Progress}. Used by the cooler curve, the optimum map and the N-I-S map
 * fit; the command line's progress bar adapts the same contract.
 */
package org.andreev.sweep;
