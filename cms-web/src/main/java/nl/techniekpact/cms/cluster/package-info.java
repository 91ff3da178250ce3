/**
 * Running several CMS instances as one cluster on Payara Micro's Hazelcast data grid: the grid
 * itself ({@link nl.techniekpact.cms.cluster.ClusterGrid}), cluster-wide messages and the relay
 * that makes every node's {@code ContentChanged} observers run for a change made on any node. See
 * ADR 0014 and docs/operations.md.
 */
package nl.techniekpact.cms.cluster;
