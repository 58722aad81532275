/** Benchmarks: separate commands (tag {@code benchmark}), never part of the README test command. */
package cl.clusterminero.gestion.bench;
