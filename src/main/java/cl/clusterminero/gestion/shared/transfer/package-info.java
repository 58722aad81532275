/**
 * The one import pipeline every feature's CSV/Excel import uses: the file reader, the dry-run/commit protocol with
 * its preview and refusal, so that an importer only says how a row is checked and written.
 */
package cl.clusterminero.gestion.shared.transfer;
