/** The member registry: members (socios), contacts, membership lifecycle and mining-company/supplier links. */
package cl.clusterminero.gestion.member;
