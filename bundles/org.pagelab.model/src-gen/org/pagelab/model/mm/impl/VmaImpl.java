/**
 */
package org.pagelab.model.mm.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.pagelab.model.mm.File;
import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.VmFlag;
import org.pagelab.model.mm.Vma;
import org.pagelab.model.mm.VmaKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vma</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.impl.VmaImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.VmaImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.VmaImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.VmaImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.VmaImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.VmaImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.VmaImpl#getPgoff <em>Pgoff</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VmaImpl extends MinimalEObjectImpl.Container implements Vma {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final long START_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected long start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final long END_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected long end = END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<VmFlag> flags;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final VmaKind KIND_EDEFAULT = VmaKind.ANONYMOUS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected VmaKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected File file;

	/**
	 * The default value of the '{@link #getPgoff() <em>Pgoff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPgoff()
	 * @generated
	 * @ordered
	 */
	protected static final long PGOFF_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPgoff() <em>Pgoff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPgoff()
	 * @generated
	 * @ordered
	 */
	protected long pgoff = PGOFF_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VmaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmPackage.Literals.VMA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.VMA__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(long newStart) {
		long oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.VMA__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(long newEnd) {
		long oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.VMA__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VmFlag> getFlags() {
		if (flags == null) {
			flags = new EDataTypeUniqueEList<VmFlag>(VmFlag.class, this, MmPackage.VMA__FLAGS);
		}
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmaKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(VmaKind newKind) {
		VmaKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.VMA__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public File getFile() {
		if (file != null && file.eIsProxy()) {
			InternalEObject oldFile = (InternalEObject)file;
			file = (File)eResolveProxy(oldFile);
			if (file != oldFile) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmPackage.VMA__FILE, oldFile, file));
			}
		}
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public File basicGetFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(File newFile) {
		File oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.VMA__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPgoff() {
		return pgoff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPgoff(long newPgoff) {
		long oldPgoff = pgoff;
		pgoff = newPgoff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.VMA__PGOFF, oldPgoff, pgoff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmPackage.VMA__NAME:
				return getName();
			case MmPackage.VMA__START:
				return getStart();
			case MmPackage.VMA__END:
				return getEnd();
			case MmPackage.VMA__FLAGS:
				return getFlags();
			case MmPackage.VMA__KIND:
				return getKind();
			case MmPackage.VMA__FILE:
				if (resolve) return getFile();
				return basicGetFile();
			case MmPackage.VMA__PGOFF:
				return getPgoff();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MmPackage.VMA__NAME:
				setName((String)newValue);
				return;
			case MmPackage.VMA__START:
				setStart((Long)newValue);
				return;
			case MmPackage.VMA__END:
				setEnd((Long)newValue);
				return;
			case MmPackage.VMA__FLAGS:
				getFlags().clear();
				getFlags().addAll((Collection<? extends VmFlag>)newValue);
				return;
			case MmPackage.VMA__KIND:
				setKind((VmaKind)newValue);
				return;
			case MmPackage.VMA__FILE:
				setFile((File)newValue);
				return;
			case MmPackage.VMA__PGOFF:
				setPgoff((Long)newValue);
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
			case MmPackage.VMA__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MmPackage.VMA__START:
				setStart(START_EDEFAULT);
				return;
			case MmPackage.VMA__END:
				setEnd(END_EDEFAULT);
				return;
			case MmPackage.VMA__FLAGS:
				getFlags().clear();
				return;
			case MmPackage.VMA__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MmPackage.VMA__FILE:
				setFile((File)null);
				return;
			case MmPackage.VMA__PGOFF:
				setPgoff(PGOFF_EDEFAULT);
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
			case MmPackage.VMA__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MmPackage.VMA__START:
				return start != START_EDEFAULT;
			case MmPackage.VMA__END:
				return end != END_EDEFAULT;
			case MmPackage.VMA__FLAGS:
				return flags != null && !flags.isEmpty();
			case MmPackage.VMA__KIND:
				return kind != KIND_EDEFAULT;
			case MmPackage.VMA__FILE:
				return file != null;
			case MmPackage.VMA__PGOFF:
				return pgoff != PGOFF_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", flags: ");
		result.append(flags);
		result.append(", kind: ");
		result.append(kind);
		result.append(", pgoff: ");
		result.append(pgoff);
		result.append(')');
		return result.toString();
	}

} //VmaImpl
