/**
 * Operations on measured curves: numerical derivatives with local-polynomial smoothing. Reading
 * the curves is {@link org.andreev.io}'s job; models live in their physics packages.
 */
package org.andreev.data;
