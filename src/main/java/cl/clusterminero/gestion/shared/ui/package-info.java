/**
 * UI pieces every feature's views share: the import screen, the peso field, how a refused change is shown (invalid
 * fields, a stale save with its reload offer), a record page's route id, phone columns, change history and the
 * member page's tab contract.
 */
package cl.clusterminero.gestion.shared.ui;
