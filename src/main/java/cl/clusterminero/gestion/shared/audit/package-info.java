/** The audit history: who changed which record, from what to what and when (Hibernate Envers), read back as text. */
package cl.clusterminero.gestion.shared.audit;
