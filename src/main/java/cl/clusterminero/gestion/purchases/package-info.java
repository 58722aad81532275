/** The local purchases ledger: what mining companies buy from regional suppliers, against the roadmap's target. */
package cl.clusterminero.gestion.purchases;
