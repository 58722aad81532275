/** The global search's contract: each feature answers its own part of a search through a {@link SearchSource}. */
package cl.clusterminero.gestion.shared.search;
