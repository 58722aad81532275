/** Scheduled jobs and the MariaDB lock (ShedLock) that makes each run on one application node at a time. */
package cl.clusterminero.gestion.shared.scheduling;
