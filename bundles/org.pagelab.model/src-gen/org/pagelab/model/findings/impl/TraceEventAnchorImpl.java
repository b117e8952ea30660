/**
 */
package org.pagelab.model.findings.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.pagelab.model.findings.FindingsPackage;
import org.pagelab.model.findings.TraceEventAnchor;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trace Event Anchor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.findings.impl.TraceEventAnchorImpl#getTimestamp <em>Timestamp</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.TraceEventAnchorImpl#getCpu <em>Cpu</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.TraceEventAnchorImpl#getPid <em>Pid</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.TraceEventAnchorImpl#getEvent <em>Event</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.TraceEventAnchorImpl#getPayloadHash <em>Payload Hash</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.TraceEventAnchorImpl#getPayload <em>Payload</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.TraceEventAnchorImpl#getIndex <em>Index</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TraceEventAnchorImpl extends AnchorImpl implements TraceEventAnchor {
	/**
	 * The default value of the '{@link #getTimestamp() <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final long TIMESTAMP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTimestamp() <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimestamp()
	 * @generated
	 * @ordered
	 */
	protected long timestamp = TIMESTAMP_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpu() <em>Cpu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpu()
	 * @generated
	 * @ordered
	 */
	protected static final int CPU_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCpu() <em>Cpu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpu()
	 * @generated
	 * @ordered
	 */
	protected int cpu = CPU_EDEFAULT;

	/**
	 * The default value of the '{@link #getPid() <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPid()
	 * @generated
	 * @ordered
	 */
	protected static final int PID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPid() <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPid()
	 * @generated
	 * @ordered
	 */
	protected int pid = PID_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvent() <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvent()
	 * @generated
	 * @ordered
	 */
	protected static final String EVENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvent() <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvent()
	 * @generated
	 * @ordered
	 */
	protected String event = EVENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPayloadHash() <em>Payload Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayloadHash()
	 * @generated
	 * @ordered
	 */
	protected static final String PAYLOAD_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPayloadHash() <em>Payload Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayloadHash()
	 * @generated
	 * @ordered
	 */
	protected String payloadHash = PAYLOAD_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPayload() <em>Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayload()
	 * @generated
	 * @ordered
	 */
	protected static final String PAYLOAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPayload() <em>Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayload()
	 * @generated
	 * @ordered
	 */
	protected String payload = PAYLOAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TraceEventAnchorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FindingsPackage.Literals.TRACE_EVENT_ANCHOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTimestamp() {
		return timestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimestamp(long newTimestamp) {
		long oldTimestamp = timestamp;
		timestamp = newTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.TRACE_EVENT_ANCHOR__TIMESTAMP, oldTimestamp, timestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpu() {
		return cpu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpu(int newCpu) {
		int oldCpu = cpu;
		cpu = newCpu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.TRACE_EVENT_ANCHOR__CPU, oldCpu, cpu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPid() {
		return pid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPid(int newPid) {
		int oldPid = pid;
		pid = newPid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.TRACE_EVENT_ANCHOR__PID, oldPid, pid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvent() {
		return event;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvent(String newEvent) {
		String oldEvent = event;
		event = newEvent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.TRACE_EVENT_ANCHOR__EVENT, oldEvent, event));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPayloadHash() {
		return payloadHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPayloadHash(String newPayloadHash) {
		String oldPayloadHash = payloadHash;
		payloadHash = newPayloadHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.TRACE_EVENT_ANCHOR__PAYLOAD_HASH, oldPayloadHash, payloadHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPayload() {
		return payload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPayload(String newPayload) {
		String oldPayload = payload;
		payload = newPayload;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.TRACE_EVENT_ANCHOR__PAYLOAD, oldPayload, payload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.TRACE_EVENT_ANCHOR__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FindingsPackage.TRACE_EVENT_ANCHOR__TIMESTAMP:
				return getTimestamp();
			case FindingsPackage.TRACE_EVENT_ANCHOR__CPU:
				return getCpu();
			case FindingsPackage.TRACE_EVENT_ANCHOR__PID:
				return getPid();
			case FindingsPackage.TRACE_EVENT_ANCHOR__EVENT:
				return getEvent();
			case FindingsPackage.TRACE_EVENT_ANCHOR__PAYLOAD_HASH:
				return getPayloadHash();
			case FindingsPackage.TRACE_EVENT_ANCHOR__PAYLOAD:
				return getPayload();
			case FindingsPackage.TRACE_EVENT_ANCHOR__INDEX:
				return getIndex();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FindingsPackage.TRACE_EVENT_ANCHOR__TIMESTAMP:
				setTimestamp((Long)newValue);
				return;
			case FindingsPackage.TRACE_EVENT_ANCHOR__CPU:
				setCpu((Integer)newValue);
				return;
			case FindingsPackage.TRACE_EVENT_ANCHOR__PID:
				setPid((Integer)newValue);
				return;
			case FindingsPackage.TRACE_EVENT_ANCHOR__EVENT:
				setEvent((String)newValue);
				return;
			case FindingsPackage.TRACE_EVENT_ANCHOR__PAYLOAD_HASH:
				setPayloadHash((String)newValue);
				return;
			case FindingsPackage.TRACE_EVENT_ANCHOR__PAYLOAD:
				setPayload((String)newValue);
				return;
			case FindingsPackage.TRACE_EVENT_ANCHOR__INDEX:
				setIndex((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FindingsPackage.TRACE_EVENT_ANCHOR__TIMESTAMP:
				setTimestamp(TIMESTAMP_EDEFAULT);
				return;
			case FindingsPackage.TRACE_EVENT_ANCHOR__CPU:
				setCpu(CPU_EDEFAULT);
				return;
			case FindingsPackage.TRACE_EVENT_ANCHOR__PID:
				setPid(PID_EDEFAULT);
				return;
			case FindingsPackage.TRACE_EVENT_ANCHOR__EVENT:
				setEvent(EVENT_EDEFAULT);
				return;
			case FindingsPackage.TRACE_EVENT_ANCHOR__PAYLOAD_HASH:
				setPayloadHash(PAYLOAD_HASH_EDEFAULT);
				return;
			case FindingsPackage.TRACE_EVENT_ANCHOR__PAYLOAD:
				setPayload(PAYLOAD_EDEFAULT);
				return;
			case FindingsPackage.TRACE_EVENT_ANCHOR__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FindingsPackage.TRACE_EVENT_ANCHOR__TIMESTAMP:
				return timestamp != TIMESTAMP_EDEFAULT;
			case FindingsPackage.TRACE_EVENT_ANCHOR__CPU:
				return cpu != CPU_EDEFAULT;
			case FindingsPackage.TRACE_EVENT_ANCHOR__PID:
				return pid != PID_EDEFAULT;
			case FindingsPackage.TRACE_EVENT_ANCHOR__EVENT:
				return EVENT_EDEFAULT == null ? event != null : !EVENT_EDEFAULT.equals(event);
			case FindingsPackage.TRACE_EVENT_ANCHOR__PAYLOAD_HASH:
				return PAYLOAD_HASH_EDEFAULT == null ? payloadHash != null : !PAYLOAD_HASH_EDEFAULT.equals(payloadHash);
			case FindingsPackage.TRACE_EVENT_ANCHOR__PAYLOAD:
				return PAYLOAD_EDEFAULT == null ? payload != null : !PAYLOAD_EDEFAULT.equals(payload);
			case FindingsPackage.TRACE_EVENT_ANCHOR__INDEX:
				return index != INDEX_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (timestamp: ");
		result.append(timestamp);
		result.append(", cpu: ");
		result.append(cpu);
		result.append(", pid: ");
		result.append(pid);
		result.append(", event: ");
		result.append(event);
		result.append(", payloadHash: ");
		result.append(payloadHash);
		result.append(", payload: ");
		result.append(payload);
		result.append(", index: ");
		result.append(index);
		result.append(')');
		return result.toString();
	}

} //TraceEventAnchorImpl
