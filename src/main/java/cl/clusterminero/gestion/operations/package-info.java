/**
 * Running the application safely: checks at startup that the database keeps every acknowledged commit
 * ({@link cl.clusterminero.gestion.operations.DurabilityCheck}).
 */
package cl.clusterminero.gestion.operations;
